//! The staff passphrase through the commands (Tauri's IPC on its mock runtime, real
//! commands, real journal file): the first run chooses it before anyone is on the staff
//! list; a restarted Hearth is locked until it is typed, with pauses after wrong tries; the
//! recovery code opens it and sets a new one; only an administrator who knows the current
//! passphrase changes it; every step is in the audit log.

#![allow(clippy::unwrap_used)] // a test that unwraps fails loudly, which is what it is for

mod common;

use common::{app, audit_lines, call, kind, switch_to};
use hearth_core::store::{Secret, Store};
use serde_json::{json, Value};

const FIRST: &str = "tea in the garden at four";

fn journal_state(w: &tauri::WebviewWindow<tauri::test::MockRuntime>) -> Value {
    call(w, "app_status", json!({})).unwrap()["journal"].clone()
}

fn unlock(
    w: &tauri::WebviewWindow<tauri::test::MockRuntime>,
    passphrase: &str,
) -> Result<Value, Value> {
    call(
        w,
        "unlock_journal",
        json!({ "args": { "passphrase": passphrase } }),
    )
}

#[test]
fn the_journal_opens_only_with_the_staff_passphrase_or_the_recovery_code() {
    let data = tempfile::tempdir().unwrap();
    let code = {
        let (_app, w) = app(data.path());
        assert_eq!(journal_state(&w)["protected"], false);
        // First run: nobody may be added before the passphrase is chosen.
        let ada = json!({ "args": { "name": "Ada", "role": "admin", "pin": "139742" } });
        assert_eq!(kind(call(&w, "add_staff", ada.clone())), "refused");
        let weak = json!({ "args": { "passphrase": "tea" } });
        let refused = call(&w, "protect_journal", weak).unwrap_err();
        assert_eq!(refused["kind"], "weak_passphrase");
        assert_eq!(refused["why"], "short");
        let chosen = json!({ "args": { "passphrase": FIRST } });
        let code = call(&w, "protect_journal", chosen.clone()).unwrap()["code"]
            .as_str()
            .unwrap()
            .to_string();
        assert_eq!(code.len(), 35, "{code}");
        assert_eq!(journal_state(&w)["protected"], true);
        // Once chosen, it is not chosen again by just anyone.
        assert_eq!(kind(call(&w, "protect_journal", chosen)), "refused");
        call(&w, "add_staff", ada).unwrap();
        let sam = json!({ "args": { "name": "Sam", "role": "caregiver", "pin": "2580" } });
        assert_eq!(kind(call(&w, "add_staff", sam.clone())), "sign_in_needed");
        switch_to(&w, 1, "139742");
        call(&w, "add_staff", sam).unwrap();
        code
    };

    // Restarted: locked, and every command that needs the journal says so.
    let (_app, w) = app(data.path());
    assert_eq!(journal_state(&w)["state"], "locked");
    assert_eq!(kind(call(&w, "residents", json!({}))), "journal_locked");
    assert_eq!(kind(call(&w, "staff", json!({}))), "journal_locked");
    // Wrong tries count down, then pause; a right one after a wrong one opens it.
    let wrong = unlock(&w, "tea in the garden at five").unwrap_err();
    assert_eq!(wrong["kind"], "wrong_passphrase");
    assert_eq!(wrong["tries_left"], 2);
    unlock(&w, FIRST).unwrap();
    assert_eq!(journal_state(&w)["state"], "ready");
    assert!(call(&w, "residents", json!({})).is_ok());
    assert_eq!(kind(unlock(&w, FIRST)), "refused"); // already open

    // Changing it: administrators only, and only with the current one.
    let change =
        |current: &str, new: &str| json!({ "args": { "current": current, "new_passphrase": new } });
    assert_eq!(
        kind(call(
            &w,
            "change_passphrase",
            change(FIRST, "a second long passphrase")
        )),
        "sign_in_needed"
    );
    switch_to(&w, 2, "2580");
    assert_eq!(
        kind(call(
            &w,
            "change_passphrase",
            change(FIRST, "a second long passphrase")
        )),
        "not_allowed"
    );
    switch_to(&w, 1, "139742");
    assert_eq!(
        kind(call(
            &w,
            "change_passphrase",
            change("not it at all", "a second long passphrase")
        )),
        "wrong_passphrase"
    );
    let second = call(
        &w,
        "change_passphrase",
        change(FIRST, "a second long passphrase"),
    )
    .unwrap()["code"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(second, code);
    drop((_app, w));

    // Forgotten: the first code no longer works; the second opens it with a new passphrase.
    let (_app, w) = app(data.path());
    assert_eq!(kind(unlock(&w, FIRST)), "wrong_passphrase");
    let recover = |code: &str| json!({ "args": { "recovery_code": code, "new_passphrase": "the third and last one" } });
    let old = call(&w, "recover_journal", recover(&code)).unwrap_err();
    assert_eq!(old["kind"], "wrong_recovery_code");
    assert_eq!(old["tries_left"], 1);
    // The third wrong try in a row brings a pause, which holds even for the right code.
    assert_eq!(
        kind(call(&w, "recover_journal", recover(&code))),
        "locked_out"
    );
    assert_eq!(
        kind(call(&w, "recover_journal", recover(&second))),
        "locked_out"
    );
    assert_eq!(journal_state(&w)["state"], "locked");
    drop((_app, w));

    // A restart does not reset the count (it is kept beside the key box).
    let (_app, w) = app(data.path());
    assert_eq!(
        kind(call(&w, "recover_journal", recover(&second))),
        "locked_out"
    );
    // Thirty seconds later (the kept pause ends in the past), the right code opens it.
    let tries = data.path().join("journal.keybox.tries");
    let kept = std::fs::read_to_string(&tries).unwrap();
    let failed = kept.split_whitespace().next().unwrap();
    std::fs::write(&tries, format!("{failed} 0\n")).unwrap();
    let third = call(&w, "recover_journal", recover(&second.to_lowercase())).unwrap()["code"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(third, second);
    assert_eq!(journal_state(&w)["state"], "ready");
    switch_to(&w, 1, "139742");
    let log = audit_lines(&w);
    for line in [
        r#""first run" "protect_journal" "journal""#,
        r#""staff passphrase" "unlock_journal" "journal""#,
        r#""Ada" "change_passphrase" "journal""#,
        r#""recovery code" "recover_journal" "journal""#,
    ] {
        assert!(log.iter().any(|l| l == line), "{line} not in {log:#?}");
    }
    drop((_app, w));
    let (_app, w) = app(data.path());
    unlock(&w, "the third and last one").unwrap();

    // Ada, the only administrator, typed ten wrong PINs over a day: her PIN is blocked, and
    // nobody can give her a new one. The staff passphrase unblocks it.
    {
        use hearth_core::access::staff;
        let path = data.path().join("journal.sqlite");
        let mut store = Store::unlock(&path, Secret::Passphrase("the third and last one")).unwrap();
        for n in 1..=staff::BLOCK_AFTER {
            let _ = staff::sign_in(&mut store, 1, "000111", i64::from(n) * 16 * 60_000);
        }
    }
    let ada = json!({ "args": { "staff_id": 1, "pin": "139742" } });
    assert_eq!(kind(call(&w, "sign_in", ada.clone())), "pin_blocked");
    let with = |p: &str| json!({ "args": { "staff_id": 1, "passphrase": p } });
    assert_eq!(
        kind(call(&w, "unblock_staff", with("not it at all"))),
        "wrong_passphrase"
    );
    call(&w, "unblock_staff", with("the third and last one")).unwrap();
    call(&w, "sign_in", ada).unwrap();
    let log = audit_lines(&w);
    let line = r#""staff passphrase" "unblock_staff" "Ada""#;
    assert!(log.iter().any(|l| l == line), "{line} not in {log:#?}");
}

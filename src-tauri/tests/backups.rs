//! Backups through the commands (Tauri's IPC on its mock runtime, real journal file): only
//! administrators back up or restore; a backup goes only where the screen offered and needs
//! the staff passphrase first; it is checked, listed and in the audit log; a restore needs
//! the administrator's yes, one of the backups found, and the passphrase it was made under.
//! (A whole restore, which starts Hearth again, is tested in the core: backup.rs.)

#![allow(clippy::unwrap_used)] // a test that unwraps fails loudly, which is what it is for

mod common;

use common::{app, audit_lines, call, kind, sam_and_ada, switch_to};
use serde_json::{json, Value};

const PASSPHRASE: &str = "the garden gate is green";

fn refused_code(answer: Result<Value, Value>) -> String {
    let e = answer.unwrap_err();
    assert_eq!(e["kind"], "refused", "{e}");
    e["code"].as_str().unwrap().to_string()
}

#[test]
fn backups_are_for_administrators_go_where_offered_and_restore_only_when_meant() {
    let data = tempfile::tempdir().unwrap();
    let (sam, ada) = sam_and_ada(data.path());
    let stick = data.path().join("stick");
    std::fs::create_dir_all(&stick).unwrap();
    std::env::set_var("HEARTH_IMPORT_DIRS", &stick);
    let (_app, w) = app(data.path());
    let to = |place: &std::path::Path| json!({ "args": place.display().to_string() });
    let restore = |path: &str, passphrase: &str, replace: bool| json!({ "args": { "path": path, "passphrase": passphrase, "replace": replace } });

    switch_to(&w, sam, "2580");
    for (cmd, args) in [
        ("backups", json!({})),
        ("make_backup", to(&stick)),
        ("restore_backup", restore("x", PASSPHRASE, true)),
    ] {
        assert_eq!(kind(call(&w, cmd, args)), "not_allowed", "{cmd}");
    }

    switch_to(&w, ada, "139742");
    let listed = call(&w, "backups", json!({})).unwrap();
    let own = data.path().join("backups").display().to_string();
    assert_eq!(
        listed["places"],
        json!([stick.display().to_string(), own]),
        "{listed}"
    );
    assert_eq!(listed["found"], json!([]));
    // Without the staff passphrase a backup could not be opened anywhere else.
    assert_eq!(
        refused_code(call(&w, "make_backup", to(&stick))),
        "passphrase-first"
    );
    let chosen = json!({ "args": { "passphrase": PASSPHRASE } });
    call(&w, "protect_journal", chosen).unwrap();
    // Only a place the screen offered.
    assert_eq!(
        refused_code(call(&w, "make_backup", to(data.path()))),
        "backup-place-not-found"
    );
    let made = call(&w, "make_backup", to(&stick)).unwrap();
    let made = made.as_str().unwrap().to_string();
    assert!(made.starts_with(&stick.display().to_string()), "{made}");
    assert!(std::path::Path::new(&made).join("manifest.json").exists());
    let listed = call(&w, "backups", json!({})).unwrap();
    assert_eq!(listed["found"][0]["path"], made.as_str(), "{listed}");
    assert_eq!(listed["found"][0]["hearth"], env!("CARGO_PKG_VERSION"));
    assert_eq!(listed["found"][0]["problem"], Value::Null);
    // A copy cut short is listed with why, as a problem the screen says in its language.
    let cut = stick.join("hearth-backup-cut-short");
    std::fs::create_dir_all(&cut).unwrap();
    for file in std::fs::read_dir(&made).unwrap() {
        let file = file.unwrap().path();
        std::fs::copy(&file, cut.join(file.file_name().unwrap())).unwrap();
    }
    let journal = cut.join("journal.sqlite");
    let len = std::fs::metadata(&journal).unwrap().len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&journal)
        .unwrap()
        .set_len(len / 2)
        .unwrap();
    let listed = call(&w, "backups", json!({})).unwrap();
    let damaged = listed["found"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["path"] == cut.display().to_string().as_str())
        .unwrap_or_else(|| panic!("the cut-short copy is not listed: {listed}"));
    assert_eq!(damaged["problem"]["kind"], "backup_damaged", "{damaged}");
    std::fs::remove_dir_all(&cut).unwrap();
    assert!(
        audit_lines(&w).iter().any(|l| l.contains("\"backup\"")),
        "{:?}",
        audit_lines(&w)
    );

    assert_eq!(
        refused_code(call(
            &w,
            "restore_backup",
            restore(&made, PASSPHRASE, false)
        )),
        "restore-not-confirmed"
    );
    assert_eq!(
        refused_code(call(&w, "restore_backup", restore(&own, PASSPHRASE, true))),
        "backup-not-found"
    );
    assert_eq!(
        refused_code(call(
            &w,
            "restore_backup",
            restore(&made, "not the one it was made under", true)
        )),
        "backup-wrong-passphrase"
    );
    // Nothing was replaced by the refusals: the journal is the one in use, and still open.
    assert!(!data.path().read_dir().unwrap().any(|e| e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .starts_with("replaced-")));
    call(&w, "backups", json!({})).unwrap();

    // Daily backups: only where offered, a count in range; switched on, the first is made at
    // once (in the background) and listed; switched off, the ones made stay.
    let daily = |folder: &std::path::Path, keep: u32| json!({ "args": { "folder": folder.display().to_string(), "keep": keep } });
    assert_eq!(
        refused_code(call(&w, "set_daily_backup", daily(data.path(), 7))),
        "backup-place-not-found"
    );
    assert_eq!(
        refused_code(call(&w, "set_daily_backup", daily(&stick, 0))),
        "daily-backups-kept"
    );
    call(&w, "set_daily_backup", daily(&stick, 7)).unwrap();
    let started = std::time::Instant::now();
    let status = loop {
        let listed = call(&w, "backups", json!({})).unwrap();
        if !listed["daily"]["last_ms"].is_null() {
            break listed["daily"].clone();
        }
        assert!(
            started.elapsed().as_secs() < 20,
            "no daily backup came: {listed}"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    assert_eq!(status["setting"]["keep"], 7, "{status}");
    assert_eq!(status["problem"], Value::Null, "{status}");
    let made_daily = stick.join("hearth-daily").read_dir().unwrap().count();
    assert_eq!(made_daily, 1);
    let lines = audit_lines(&w);
    assert!(
        lines.iter().any(|l| l.contains("change_daily_backup")),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|l| l.contains("daily backup")),
        "{lines:?}"
    );
    call(&w, "set_daily_backup", json!({ "args": null })).unwrap();
    let listed = call(&w, "backups", json!({})).unwrap();
    assert_eq!(listed["daily"]["setting"], Value::Null, "{listed}");
    assert_eq!(stick.join("hearth-daily").read_dir().unwrap().count(), 1);
}

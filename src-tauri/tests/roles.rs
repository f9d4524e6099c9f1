//! The role checks, through the commands themselves: each call goes through Tauri's own IPC
//! (on its mock runtime, with the real commands and a real journal file), as the window's
//! would — so a hidden button is never what stands between a resident's screen and the notes.

#![allow(clippy::unwrap_used)] // a test that unwraps fails loudly, which is what it is for

mod common;

use common::{app, audit_lines, call, kind, sam_and_ada};
use serde_json::{json, Value};

#[test]
fn every_protected_command_checks_the_role_in_the_backend() {
    let data = tempfile::tempdir().unwrap();
    let (sam, ada) = sam_and_ada(data.path());
    let (_app, w) = app(data.path());

    let day = json!({ "args": { "from_ms": 0, "to_ms": 4_102_444_800_000_i64 } });
    let notes =
        json!({ "args": { "resident_id": null, "from_ms": 0, "to_ms": 4_102_444_800_000_i64 } });
    let search = json!({ "args": {
        "words": "knee", "resident_id": null, "from_ms": null, "to_ms": null, "signal": null } });
    let export = json!({ "args": {
        "resident_id": 1, "from_ms": 0, "to_ms": 1, "format": "csv", "language": "en" } });
    let review = json!({ "args": { "signal_id": 1, "decision": { "action": "confirm" } } });
    let protected = [
        ("notes", notes.clone()),
        ("board", day.clone()),
        ("handover", day.clone()),
        ("search", search),
        (
            "trends",
            json!({ "args": { "resident_id": 1, "bounds": [0, 1] } }),
        ),
        ("note_history", json!({ "args": 1 })),
        ("review_signal", review),
        (
            "add_note",
            json!({ "args": { "resident_id": 1, "text": "x" } }),
        ),
        (
            "revise_note",
            json!({ "args": { "note_id": 1, "text": "x" } }),
        ),
        ("export", export),
        ("start_dictation", json!({ "args": { "language": "en" } })),
        // The only way out of a kiosk: never for whoever stands at the tablet.
        ("close_hearth", json!({})),
        ("open_file", json!({ "args": "/etc/passwd" })),
    ];
    // Nobody signed in: every one refuses, and says why.
    for (cmd, args) in &protected {
        assert_eq!(kind(call(&w, cmd, args.clone())), "sign_in_needed", "{cmd}");
    }
    // What a resident's screen needs stays open (how the device is used, too: a locked
    // window opens by it).
    assert!(call(&w, "residents", json!({})).is_ok());
    assert_eq!(
        call(&w, "device_mode", json!({})).unwrap()["mode"],
        "shared"
    );
    let names = call(&w, "staff", json!({})).unwrap();
    assert_eq!(names.as_array().unwrap().len(), 2);
    assert!(
        !names.to_string().contains("argon2"),
        "no PIN material leaves"
    );

    // A wrong PIN is refused and counted; the right one opens the caregiver's commands.
    let wrong = json!({ "args": { "staff_id": sam, "pin": "1111" } });
    assert_eq!(kind(call(&w, "sign_in", wrong)), "wrong_pin");
    let right = json!({ "args": { "staff_id": sam, "pin": "2580" } });
    assert_eq!(call(&w, "sign_in", right).unwrap()["name"], "Sam");
    assert!(call(&w, "board", day.clone()).is_ok());
    assert!(call(&w, "notes", notes).is_ok());
    // Only what Hearth wrote is handed to the system's viewer: not the journal, not a way out.
    let journal = data.path().join("journal.sqlite").display().to_string();
    let exports_up = data.path().join("exports/../journal.sqlite");
    for path in [journal, exports_up.display().to_string()] {
        let e = call(&w, "open_file", json!({ "args": path })).unwrap_err();
        assert_eq!(e["code"], "not-an-export", "{e}");
    }
    // …but not an administrator's.
    let newcomer = json!({ "args": { "name": "Eve", "role": "caregiver", "pin": "4826" } });
    assert_eq!(kind(call(&w, "add_staff", newcomer.clone())), "not_allowed");
    let reset = json!({ "args": { "staff_id": ada, "pin": "4826" } });
    assert_eq!(kind(call(&w, "reset_pin", reset)), "not_allowed");
    assert_eq!(
        kind(call(&w, "archive_staff", json!({ "args": ada }))),
        "not_allowed"
    );
    assert_eq!(kind(call(&w, "audit_log", json!({}))), "not_allowed");
    let big = json!({ "args": {
        "text_percent": 200, "high_contrast": true, "reduced_motion": false } });
    assert_eq!(kind(call(&w, "set_display", big.clone())), "not_allowed");
    let french = json!({ "args": "fr" });
    assert_eq!(
        kind(call(&w, "set_device_language", french.clone())),
        "not_allowed"
    );
    let kiosk = json!({ "args": { "mode": "kiosk", "resident": null } });
    assert_eq!(kind(call(&w, "set_device_mode", kiosk)), "not_allowed");

    // Signing out closes them again.
    call(&w, "sign_out", json!({})).unwrap();
    assert_eq!(kind(call(&w, "board", day)), "sign_in_needed");
    assert_eq!(call(&w, "signed_in", json!({})).unwrap(), Value::Null);

    // An administrator may add a caregiver; a weak PIN is refused with the reason.
    let admin = json!({ "args": { "staff_id": ada, "pin": "139742" } });
    call(&w, "sign_in", admin).unwrap();
    assert_eq!(
        call(&w, "add_staff", newcomer).unwrap()["role"],
        "caregiver"
    );
    call(&w, "set_display", big).unwrap();
    call(&w, "set_device_language", french).unwrap();
    let unknown = json!({ "args": "xx" });
    assert_eq!(kind(call(&w, "set_device_language", unknown)), "refused");
    // Everyone's screen reads them, signed in or not.
    call(&w, "sign_out", json!({})).unwrap();
    assert_eq!(call(&w, "display", json!({})).unwrap()["text_percent"], 200);
    assert_eq!(call(&w, "device_language", json!({})).unwrap(), "fr");
    let again = json!({ "args": { "staff_id": ada, "pin": "139742" } });
    call(&w, "sign_in", again).unwrap();
    let weak = json!({ "args": { "name": "Tom", "role": "caregiver", "pin": "1234" } });
    assert_eq!(kind(call(&w, "add_staff", weak)), "weak_pin");

    // Eve forgot her PIN: Ada gives her a new one; then Eve leaves, and cannot sign in.
    let eve = call(&w, "staff", json!({}))
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "Eve")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    call(
        &w,
        "reset_pin",
        json!({ "args": { "staff_id": eve, "pin": "7391" } }),
    )
    .unwrap();
    call(&w, "archive_staff", json!({ "args": eve })).unwrap();
    assert_eq!(
        kind(call(&w, "archive_staff", json!({ "args": ada }))),
        "refused",
        "the last administrator stays"
    );
    call(&w, "sign_out", json!({})).unwrap();
    let eve_in = json!({ "args": { "staff_id": eve, "pin": "7391" } });
    assert_eq!(kind(call(&w, "sign_in", eve_in)), "refused");
    let again = json!({ "args": { "staff_id": ada, "pin": "139742" } });
    call(&w, "sign_in", again).unwrap();

    // What the window sends is checked: times out of range or backwards, a language Hearth
    // has no words for (it would reach whisper.cpp), are refused, not wrapped or passed on.
    let backwards = json!({ "args": { "from_ms": 2_000, "to_ms": 1_000 } });
    assert_eq!(kind(call(&w, "board", backwards)), "refused");
    let wrapped = json!({ "args": { "resident_id": null, "from_ms": 0, "to_ms": i64::MIN } });
    assert_eq!(kind(call(&w, "notes", wrapped)), "refused");
    let klingon = json!({ "args": {
        "resident_id": 1, "from_ms": 0, "to_ms": 1, "format": "pdf", "language": "tlh" } });
    assert_eq!(kind(call(&w, "export", klingon)), "language_not_supported");
    let years = json!({ "args": { "resident_id": 1, "bounds": [0, i64::MAX] } });
    assert_eq!(kind(call(&w, "trends", years)), "refused");

    // The audit log has every step, and only an administrator reads it.
    let lines = audit_lines(&w);
    for line in [
        r#""Sam" "sign_in_refused" "Sam""#,
        r#""Sam" "sign_in" "Sam""#,
        r#""Sam" "view_board" "everyone""#,
        r#""Sam" "view_notes" "everyone""#,
        r#""Sam" "sign_out" "Sam""#,
        r#""Ada" "add_staff" "Eve""#,
        r#""Ada" "reset_pin" "Eve""#,
        r#""Ada" "archive_staff" "Eve""#,
    ] {
        assert!(lines.iter().any(|l| l == line), "{line} not in {lines:#?}");
    }
}

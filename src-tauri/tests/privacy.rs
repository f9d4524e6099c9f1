//! Data protection through the commands (Tauri's IPC on its mock runtime, real commands,
//! real journal file): only administrators set retention, export everything about a
//! resident or erase them; a clock Hearth does not believe deletes nothing until an
//! administrator confirms it; a shorter period says what it deletes and waits for a yes; the
//! copy holds their words; an erasure needs their name typed, removes their words and their
//! exports, and leaves only a tombstone in the log.

#![allow(clippy::unwrap_used)] // a test that unwraps fails loudly, which is what it is for

mod common;

use common::{app, audit_lines, call, kind, sam_and_ada, switch_to};
use hearth_core::journal::residents::{self, NewResident};
use hearth_core::journal::{consent, notes};
use hearth_core::signals::{extract, Lexicon};
use hearth_core::store::Store;
use serde_json::{json, Value};

#[test]
fn retention_subject_access_and_erasure_are_for_administrators_and_complete() {
    let data = tempfile::tempdir().unwrap();
    let (sam, ada) = sam_and_ada(data.path());
    let rose = {
        let mut store = Store::open(&data.path().join("journal.sqlite")).unwrap();
        let new = NewResident {
            preferred_name: "Rose".into(),
            language: "en".into(),
            is_demo: false,
        };
        let rose = residents::add(&mut store, &new).unwrap().id;
        consent::give_all(&store, rose, "Rose herself", 0).unwrap();
        let now = hearth_core::clock::now_ms();
        let day = 24 * 60 * 60 * 1000;
        for (at, words) in [
            (now, "My knee hurts, about a seven"),
            (now - 3 * 366 * day, "I slept well, three years ago"),
            // Written while the clock was three days ahead: now looks earlier than the
            // journal's last record, so the clock is not believed.
            (now + 3 * day, "A note from a clock that ran ahead"),
        ] {
            let read = extract(words, &Lexicon::builtin("en").unwrap());
            notes::record_check_in(&mut store, rose, at, "en", words, &read).unwrap();
        }
        rose
    };
    let (_app, w) = app(data.path());
    let sign_in = |id: i64, pin: &str| switch_to(&w, id, pin);
    let two_years = json!({ "transcripts_days": 30, "notes_years": 2 });
    let policy = json!({ "args": { "policy": two_years, "confirmed": false } });
    let copy = json!({ "args": { "resident_id": rose, "language": "en" } });
    let erase = |name: &str| json!({ "args": { "id": rose, "confirm_name": name } });

    sign_in(sam, "2580");
    for (cmd, args) in [
        ("retention", json!({})),
        ("retention_preview", json!({ "args": two_years })),
        ("set_retention", policy.clone()),
        ("confirm_clock", json!({ "args": 0 })),
        ("subject_access", copy.clone()),
        ("erase_resident", erase("Rose")),
        ("save_support_report", json!({})),
        (
            "make_paper",
            json!({ "args": { "kind": "dpia", "language": "en" } }),
        ),
    ] {
        assert_eq!(kind(call(&w, cmd, args)), "not_allowed", "{cmd}");
    }

    sign_in(ada, "139742");
    // The papers a home needs follow this device's settings: the DPIA as it stands, then
    // after the retention below changes (checked further on).
    let dpia = json!({ "args": { "kind": "dpia", "language": "en" } });
    let paper = |args: &Value| -> String {
        let paths = call(&w, "make_paper", args.clone()).unwrap();
        let md = paths[0].as_str().unwrap();
        assert!(md.ends_with(".md") && paths[1].as_str().unwrap().ends_with(".pdf"));
        std::fs::read_to_string(md).unwrap()
    };
    let before = paper(&dpia);
    assert!(
        before.contains("90 days") && before.contains("5 years"),
        "{before}"
    );
    assert!(!before.contains("Rose"), "no resident's name in a paper");
    let sheet = paper(&json!({ "args": { "kind": "ai_transparency", "language": "fr" } }));
    assert!(sheet.contains("programme informatique"), "{sheet}");
    // At start the clock looked wrong: nothing was deleted, and administrators are told.
    let status = purged(&w);
    assert_eq!(status["purge"]["state"], "skipped", "{status}");
    assert_eq!(status["clock"]["state"], "behind", "{status}");
    assert_eq!(status["policy"]["transcripts_days"], 90);
    let now = status["now_ms"].as_i64().unwrap();
    // A stale screen's time is not a confirmation.
    let stale = json!({ "args": now - 60 * 60 * 1000 });
    assert_eq!(kind(call(&w, "confirm_clock", stale)), "clock_moved");
    call(&w, "confirm_clock", json!({ "args": now })).unwrap();
    let status = purged(&w);
    assert_eq!(status["clock"]["state"], "plausible", "{status}");
    assert_eq!(status["purge"]["state"], "done", "{status}");
    assert_eq!(
        status["purge"]["removed"]["notes"], 0,
        "nothing was past five years"
    );

    let silly = json!({ "args": {
        "policy": { "transcripts_days": 1, "notes_years": 2 }, "confirmed": true } });
    assert_eq!(kind(call(&w, "set_retention", silly)), "refused");
    // Two years would delete the note of three years ago: said first, then only with a yes.
    let preview = call(&w, "retention_preview", json!({ "args": two_years })).unwrap();
    assert_eq!(preview["notes"], 1, "{preview}");
    let refused = call(&w, "set_retention", policy).unwrap_err();
    assert_eq!(refused["kind"], "must_confirm");
    assert_eq!(refused["counts"]["notes"], 1, "{refused}");
    assert_eq!(
        call(&w, "retention", json!({})).unwrap()["policy"]["notes_years"],
        5
    );
    let yes = json!({ "args": { "policy": two_years, "confirmed": true } });
    call(&w, "set_retention", yes).unwrap();
    let status = purged(&w);
    assert_eq!(status["policy"]["notes_years"], 2);
    assert_eq!(status["purge"]["removed"]["notes"], 1, "{status}");
    let after = paper(&dpia);
    assert!(
        after.contains("30 days") && after.contains("2 years"),
        "{after}"
    );

    // Ada corrects the pain Hearth read and looks at the note's history: the log says who
    // did what to which resident's record, never the reading (no place, no score).
    let today =
        json!({ "args": { "resident_id": rose, "from_ms": now - 60_000, "to_ms": now + 60_000 } });
    let list = call(&w, "notes", today).unwrap();
    let note = &list[0];
    let pain = note["signals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["kind"] == "pain")
        .unwrap()["id"]
        .clone();
    let fix = json!({ "args": { "signal_id": pain, "decision": {
        "action": "correct", "value": null, "location": "hip", "severity": 4 } } });
    call(&w, "review_signal", fix).unwrap();
    call(&w, "note_history", json!({ "args": note["id"] })).unwrap();
    let log = call(&w, "audit_log", json!({})).unwrap();
    let about_rose: Vec<&Value> = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| ["decide", "view_history"].contains(&e["action"].as_str().unwrap()))
        .collect();
    assert_eq!(about_rose.len(), 2, "{log}");
    for e in &about_rose {
        assert_eq!(e["subject"], "Rose", "{e}");
        let detail = e["detail"].as_str().unwrap().to_lowercase();
        for health in ["hip", "knee", "pain", "severity"] {
            assert!(!detail.contains(health), "{health} in {e}");
        }
    }

    // A support report: beside the exports, in the log, with the figures and nothing of
    // anyone (no resident, no staff name or PIN, no word said).
    let report = call(&w, "save_support_report", json!({})).unwrap();
    let report = std::path::PathBuf::from(report.as_str().unwrap());
    assert!(
        report.starts_with(data.path().join("exports")),
        "{report:?}"
    );
    let text = std::fs::read_to_string(&report).unwrap();
    for said in [
        "Residents: 1",
        "Staff: 2",
        "Retention: transcripts 30 days, notes 2 years",
    ] {
        assert!(text.contains(said), "{said:?} not in:\n{text}");
    }
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).collect();
    for private in [
        "Rose", "Sam", "Ada", "knee", "seven", "slept", "2580", "139742",
    ] {
        assert!(!words.contains(&private), "{private:?} in:\n{text}");
    }
    assert!(
        audit_lines(&w).iter().any(|l| l.contains("support_report")),
        "the report is in the log"
    );

    // Her copy: JSON and PDF, with her words.
    let files = call(&w, "subject_access", copy).unwrap();
    let files: Vec<String> = serde_json::from_value(files).unwrap();
    assert_eq!(files.len(), 2);
    let json_copy = std::fs::read_to_string(&files[0]).unwrap();
    assert!(json_copy.contains("about a seven"), "{json_copy}");
    // Every line about her record is in it, decisions and reads of a note's history too.
    for action in ["\"decide\"", "\"view_history\"", "\"view_notes\""] {
        assert!(json_copy.contains(action), "{action} not in her copy");
    }
    assert!(std::fs::read(&files[1]).unwrap().starts_with(b"%PDF-"));

    // Erasure: her name typed exactly, then nothing of her is left but the tombstone.
    assert_eq!(kind(call(&w, "erase_resident", erase("rose"))), "refused");
    let gone = call(&w, "erase_resident", erase("Rose")).unwrap();
    assert_eq!(
        (gone["notes"].as_u64(), gone["files"].as_u64()),
        (Some(2), Some(2))
    );
    assert!(files.iter().all(|f| !std::path::Path::new(f).exists()));
    assert!(!call(&w, "residents", json!({}))
        .unwrap()
        .to_string()
        .contains("Rose"));
    let profiles = call(&w, "resident_profiles", json!({}))
        .unwrap()
        .to_string();
    assert!(!profiles.contains("Rose"), "{profiles}");
    assert_eq!(
        kind(call(&w, "erase_resident", erase("Rose"))),
        "unknown_resident"
    );

    let lines = audit_lines(&w);
    for line in [
        format!(r#""Ada" "erase_resident" "erased resident ({rose})""#),
        format!(r#""Ada" "subject_access" "erased resident ({rose})""#),
        r#""Ada" "change_retention" "everyone""#.to_string(),
        r#""Ada" "confirm_clock" "everyone""#.to_string(),
        r#""Hearth" "retention_skipped" "everyone""#.to_string(),
        r#""Hearth" "retention_purge_started" "everyone""#.to_string(),
        r#""Hearth" "retention_purge" "everyone""#.to_string(),
    ] {
        assert!(lines.contains(&line), "{line} not in {lines:#?}");
    }
    assert!(!lines.concat().contains("Rose"), "no name left in the log");
    drop(w);
    let store = Store::open(&data.path().join("journal.sqlite")).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

/// The retention status once the purge in the background has settled (skipped or done).
fn purged(w: &tauri::WebviewWindow<tauri::test::MockRuntime>) -> serde_json::Value {
    for _ in 0..600 {
        let status = call(w, "retention", json!({})).unwrap();
        if !matches!(
            status["purge"]["state"].as_str(),
            Some("not_yet" | "running")
        ) {
            return status;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("the purge did not finish in 30 s");
}

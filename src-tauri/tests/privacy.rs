//! Data protection through the commands (Tauri's IPC on its mock runtime, real commands,
//! real journal file): only administrators set retention, export everything about a
//! resident or erase them; the copy holds their words; an erasure needs their name typed,
//! removes their words and their exports, and leaves only a tombstone in the log.

#![allow(clippy::unwrap_used)] // a test that unwraps fails loudly, which is what it is for

mod common;

use common::{app, audit_lines, call, kind, sam_and_ada, switch_to};
use hearth_core::journal::residents::{self, NewResident};
use hearth_core::journal::{consent, notes};
use hearth_core::store::Store;
use serde_json::json;

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
        let now = hearth_core::journal::now_ms();
        notes::record_check_in(
            &mut store,
            rose,
            now,
            "en",
            "My knee hurts, about a seven",
            &[],
        )
        .unwrap();
        rose
    };
    let (_app, w) = app(data.path());
    let sign_in = |id: i64, pin: &str| switch_to(&w, id, pin);
    let policy = json!({ "policy": { "transcripts_days": 30, "notes_years": 2 } });
    let copy = json!({ "request": { "resident_id": rose, "language": "en" } });
    let erase = |name: &str| json!({ "request": { "id": rose, "confirm_name": name } });

    sign_in(sam, "2580");
    for (cmd, args) in [
        ("retention", json!({})),
        ("set_retention", policy.clone()),
        ("subject_access", copy.clone()),
        ("erase_resident", erase("Rose")),
    ] {
        assert_eq!(kind(call(&w, cmd, args)), "not_allowed", "{cmd}");
    }

    sign_in(ada, "139742");
    assert_eq!(
        call(&w, "retention", json!({})).unwrap()["transcripts_days"],
        90
    );
    let silly = json!({ "policy": { "transcripts_days": 1, "notes_years": 2 } });
    assert_eq!(kind(call(&w, "set_retention", silly)), "refused");
    call(&w, "set_retention", policy).unwrap();
    assert_eq!(call(&w, "retention", json!({})).unwrap()["notes_years"], 2);

    // Her copy: JSON and PDF, with her words.
    let files = call(&w, "subject_access", copy).unwrap();
    let files: Vec<String> = serde_json::from_value(files).unwrap();
    assert_eq!(files.len(), 2);
    let json_copy = std::fs::read_to_string(&files[0]).unwrap();
    assert!(json_copy.contains("about a seven"), "{json_copy}");
    assert!(std::fs::read(&files[1]).unwrap().starts_with(b"%PDF-"));

    // Erasure: her name typed exactly, then nothing of her is left but the tombstone.
    assert_eq!(kind(call(&w, "erase_resident", erase("rose"))), "refused");
    let gone = call(&w, "erase_resident", erase("Rose")).unwrap();
    assert_eq!(
        (gone["notes"].as_u64(), gone["files"].as_u64()),
        (Some(1), Some(2))
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
        r#""Hearth" "retention_purge" "everyone""#.to_string(),
    ] {
        assert!(lines.contains(&line), "{line} not in {lines:#?}");
    }
    assert!(!lines.concat().contains("Rose"), "no name left in the log");
    drop(w);
    let store = Store::open(&data.path().join("journal.sqlite")).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

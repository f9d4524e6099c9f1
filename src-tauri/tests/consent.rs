//! Residents and consent, through the commands themselves (Tauri's IPC on its mock runtime,
//! real commands, real journal file): only administrators change profiles and consent;
//! nothing opens the microphone for a resident without consent; a withdrawal counts at once.

#![allow(clippy::unwrap_used)] // a test that unwraps fails loudly, which is what it is for

mod common;

use common::{app, audit_lines, call, kind, sam_and_ada, switch_to};
use serde_json::{json, Value};

fn rose(w: &tauri::WebviewWindow<tauri::test::MockRuntime>) -> Option<Value> {
    let list = call(w, "residents", json!({})).unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "Rose")
        .cloned()
}

#[test]
fn consent_gates_the_microphone_and_only_administrators_record_it() {
    let data = tempfile::tempdir().unwrap();
    let (sam, ada) = sam_and_ada(data.path());
    let (_app, w) = app(data.path());
    let sign_in = |id: i64, pin: &str| switch_to(&w, id, pin);
    let mut prefs = json!({
        "speech_rate_wpm": 110, "volume_percent": 70, "input": "tap", "pause": "long",
        "captions": true, "spoken": true, "one_button": true,
        "display": { "text_percent": 200, "high_contrast": true, "reduced_motion": true } });
    let new_rose = json!({ "args": {
        "id": null, "name": " Rose ", "language": "en", "enjoys": ["gardening"],
        "avoids": ["loneliness"], "preferences": prefs } });
    let consent = |purpose: &str, given: bool| {
        json!({ "args": {
            "resident_id": rose(&w).map_or(0, |r| r["id"].as_i64().unwrap()),
            "purpose": purpose, "given": given, "given_by": "Rose herself" } })
    };

    // Nobody signed in, then a caregiver: profiles and consent are refused.
    for (who, expected) in [(None, "sign_in_needed"), (Some(sam), "not_allowed")] {
        if let Some(id) = who {
            sign_in(id, "2580");
        }
        assert_eq!(kind(call(&w, "save_resident", new_rose.clone())), expected);
        assert_eq!(kind(call(&w, "resident_profiles", json!({}))), expected);
        assert_eq!(
            kind(call(
                &w,
                "record_consent",
                consent("keep_transcripts", true)
            )),
            expected
        );
    }
    assert!(rose(&w).is_none());

    // An administrator adds Rose: on the residents' screen, but Hearth may not listen yet.
    sign_in(ada, "139742");
    let added = call(&w, "save_resident", new_rose.clone()).unwrap();
    assert_eq!(added["name"], "Rose");
    assert_eq!(added["preferences"], prefs);
    let id = added["id"].as_i64().unwrap();
    assert_eq!(rose(&w).unwrap()["may_listen"], false);
    call(&w, "sign_out", json!({})).unwrap();
    let talk = json!({ "args": { "resident_id": id } });
    for cmd in ["start_listening", "start_check_in"] {
        assert_eq!(kind(call(&w, cmd, talk.clone())), "no_consent", "{cmd}");
    }

    // Consent to listening alone is not enough to keep what is said.
    sign_in(ada, "139742");
    call(&w, "record_consent", consent("speech_recognition", true)).unwrap();
    assert_eq!(rose(&w).unwrap()["may_listen"], false);
    call(&w, "record_consent", consent("keep_transcripts", true)).unwrap();
    assert_eq!(rose(&w).unwrap()["may_listen"], true);
    call(&w, "sign_out", json!({})).unwrap();
    // Past the gate: what stops it now is only the speech model this test does not load.
    for cmd in ["start_listening", "start_check_in"] {
        assert_eq!(
            kind(call(&w, cmd, talk.clone())),
            "model_not_ready",
            "{cmd}"
        );
    }

    // Withdrawn: at once.
    sign_in(ada, "139742");
    call(&w, "record_consent", consent("speech_recognition", false)).unwrap();
    assert_eq!(rose(&w).unwrap()["may_listen"], false);
    assert_eq!(kind(call(&w, "start_check_in", talk.clone())), "no_consent");

    // The profile holds every answer, who gave it and who recorded it.
    let all = call(&w, "resident_profiles", json!({})).unwrap();
    let profile = all
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["resident"]["id"] == id)
        .unwrap()
        .clone();
    assert_eq!(profile["avoids"], json!(["loneliness"]));
    assert_eq!(profile["consent_history"].as_array().unwrap().len(), 3);
    assert_eq!(profile["consent"][0]["purpose"], "speech_recognition");
    assert_eq!(profile["consent"][0]["given"], false);
    assert_eq!(profile["consent"][0]["recorded_by"], "Ada");

    // Edits are checked: a language Hearth has no words for, a silent companion.
    let mut edit = new_rose.clone();
    edit["args"]["id"] = json!(id);
    edit["args"]["language"] = json!("xx");
    assert_eq!(kind(call(&w, "save_resident", edit.clone())), "refused");
    edit["args"]["language"] = json!("fr");
    prefs["spoken"] = json!(false);
    prefs["captions"] = json!(false);
    edit["args"]["preferences"] = prefs.clone();
    assert_eq!(kind(call(&w, "save_resident", edit.clone())), "refused");
    prefs["captions"] = json!(true);
    edit["args"]["preferences"] = prefs.clone();
    edit["args"]["name"] = json!("Rosie");
    assert_eq!(call(&w, "save_resident", edit).unwrap()["language"], "fr");

    // Archived: off the residents' screen, kept for staff; and back.
    let archive = |archived: bool| json!({ "args": { "id": id, "archived": archived } });
    call(&w, "archive_resident", archive(true)).unwrap();
    let on_screen = call(&w, "residents", json!({})).unwrap();
    assert!(!on_screen.to_string().contains("Rosie"));
    let kept = call(&w, "resident_profiles", json!({})).unwrap();
    assert!(kept
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["resident"]["id"] == id && p["archived"] == true));
    call(&w, "archive_resident", archive(false)).unwrap();
    assert!(call(&w, "residents", json!({}))
        .unwrap()
        .to_string()
        .contains("Rosie"));

    let log = audit_lines(&w).join("\n");
    for action in [
        "add_resident",
        "consent_given",
        "consent_withdrawn",
        "change_resident",
        "archive_resident",
        "restore_resident",
        "view_residents",
    ] {
        assert!(log.contains(action), "{action} not in the audit log");
    }
}

//! Killing Hearth mid-save loses nothing already saved and leaves a healthy database: a
//! child process writes notes as fast as it can and is killed with SIGKILL at a random point.

#![allow(clippy::unwrap_used)] // a test that unwraps fails loudly, which is what it is for

use std::process::Command;
use std::time::{Duration, Instant};

use hearth_core::journal::{self, NewResident, NewUtterance};
use hearth_core::store::Store;

const CHILD_ENV: &str = "HEARTH_CRASH_TEST_DB";

/// Not a test on its own: the writer the crash test runs in a child process and kills.
#[test]
fn crash_writer() {
    let Some(path) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let mut store = Store::open(std::path::Path::new(&path)).unwrap();
    let r = journal::residents::add(
        &mut store,
        &NewResident {
            preferred_name: "Rose".into(),
            language: "en".into(),
            is_demo: false,
        },
    )
    .unwrap();
    hearth_core::journal::consent::give_all(&store, r.id, "the resident", 0).unwrap();
    for i in 0.. {
        let now = hearth_core::clock::now_ms();
        let text = format!("note {i}: {}", "words ".repeat(i % 50));
        let u = NewUtterance {
            resident_id: r.id,
            started_ms: now - 1000,
            ended_ms: now,
            text,
            language: "en".into(),
            model: "base".into(),
        };
        journal::notes::record_spoken(&mut store, &u).unwrap();
    }
}

#[test]
fn killing_mid_save_keeps_every_saved_note_and_a_healthy_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journal.sqlite");
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["crash_writer", "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, &db)
        .spawn()
        .unwrap();
    // Let it save a few hundred notes, then pull the plug.
    let started = Instant::now();
    let saved_before_kill = loop {
        std::thread::sleep(Duration::from_millis(50));
        let n = Store::open(&db)
            .ok()
            .and_then(|s| {
                journal::notes::list(
                    &s,
                    &journal::NoteFilter {
                        resident_id: None,
                        from_ms: 0,
                        to_ms: i64::MAX,
                    },
                )
                .ok()
            })
            .map_or(0, |v| v.len());
        if n >= 300 || started.elapsed() > Duration::from_secs(60) {
            break n;
        }
    };
    child.kill().unwrap(); // SIGKILL: no destructor, no flush
    child.wait().unwrap();
    assert!(
        saved_before_kill >= 300,
        "the writer saved only {saved_before_kill} notes"
    );

    let store = Store::open(&db).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let notes = journal::notes::list(
        &store,
        &journal::NoteFilter {
            resident_id: None,
            from_ms: 0,
            to_ms: i64::MAX,
        },
    )
    .unwrap();
    assert!(
        notes.len() >= saved_before_kill,
        "{} notes after the crash, {saved_before_kill} before",
        notes.len()
    );
    // Each note was saved with its utterance, or neither was.
    for n in &notes {
        assert!(n.original.starts_with("note "), "{n:?}");
    }
    let totals = journal::notes::totals(&store).unwrap();
    assert_eq!(
        totals.notes, totals.utterances,
        "notes and utterances must come in pairs"
    );
}

//! Small journals for tests: residents by name, and notes read as the app reads them.

use super::consent;
use super::notes::{self, Note};
use super::residents::{self, NewResident};
use crate::signals::{extract, Lexicon};
use crate::store::Store;

/// A fresh journal with these residents (name, language), who agreed to be listened to and
/// to have their words kept; their ids in the same order.
pub fn journal(people: &[(&str, &str)]) -> (tempfile::TempDir, Store, Vec<i64>) {
    let (dir, store, ids) = journal_without_consent(people);
    for id in &ids {
        consent::give_all(&store, *id, "the resident", 0).expect("consent recorded");
    }
    (dir, store, ids)
}

/// As [`journal`], with no consent on file.
pub fn journal_without_consent(people: &[(&str, &str)]) -> (tempfile::TempDir, Store, Vec<i64>) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut store = Store::open(&dir.path().join("j.sqlite")).expect("a journal");
    let ids = people
        .iter()
        .map(|(name, language)| {
            residents::add(
                &mut store,
                &NewResident {
                    preferred_name: (*name).into(),
                    language: (*language).into(),
                    is_demo: false,
                },
            )
            .expect("a resident")
            .id
        })
        .collect();
    (dir, store, ids)
}

/// A note of what `who` said at `at`, with the signals the `language` lexicon reads in it.
pub fn say(store: &mut Store, who: i64, at: i64, language: &str, text: &str) -> Note {
    let lexicon = Lexicon::builtin(language).expect("a lexicon");
    notes::record_check_in(store, who, at, language, text, &extract(text, &lexicon)).expect("saved")
}

/// An answer about `purpose`, given or withdrawn, by Rose herself, recorded by Ada.
pub fn answer(purpose: consent::Purpose, given: bool, at_ms: i64) -> consent::Answer {
    consent::Answer {
        purpose,
        given,
        given_by: "Rose herself".into(),
        recorded_by: "Ada".into(),
        at_ms,
    }
}

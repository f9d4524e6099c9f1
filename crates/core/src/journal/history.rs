//! Everything that happened to a note, for anyone who asks "who changed this?": its words
//! as first saved, each revision, and each decision on each reading — with who and when.

use crate::journal::JournalError;
use serde::{Deserialize, Serialize};

use super::notes::{self, Revision};
use super::reviews::{self, Reading};
use crate::store::Store;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decided {
    pub signal_id: i64,
    pub action: reviews::Action,
    pub author: String,
    pub created_ms: i64,
    /// The reading as this decision left it (none: dismissed).
    pub reading: Option<Reading>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoteHistory {
    pub original: String,
    pub revisions: Vec<Revision>,
    /// Oldest first, across the note's readings.
    pub decisions: Vec<Decided>,
}

pub fn of_note(store: &Store, note_id: i64) -> Result<NoteHistory, JournalError> {
    let note = notes::get(store, note_id)?;
    let mut decisions = Vec::new();
    for s in &note.signals {
        for r in reviews::history(store, s.id)? {
            decisions.push(Decided {
                signal_id: s.id,
                reading: Reading::of(&s.read, Some(&r)),
                action: r.action,
                author: r.author,
                created_ms: r.created_ms,
            });
        }
    }
    decisions.sort_by_key(|d| d.created_ms);
    Ok(NoteHistory {
        original: note.original,
        revisions: notes::revisions(store, note_id)?,
        decisions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::reviews::Decision;
    use crate::journal::testing;

    #[test]
    fn the_original_every_revision_and_every_decision() {
        let (_d, mut s, ids) = testing::journal(&[("Rose", "en")]);
        let n = testing::say(&mut s, ids[0], 10, "en", "My nee hurts, about a seven.");
        let pain = n.signals[0].id;
        reviews::decide(&mut s, pain, &Decision::Confirm, "Sam", 20).unwrap();
        let fix = Decision::Correct {
            value: None,
            location: None,
            severity: Some(5),
        };
        reviews::decide(&mut s, pain, &fix, "Alex", 30).unwrap();
        notes::revise(&mut s, n.id, "Alex", "My knee hurts, about a seven.").unwrap();
        let h = of_note(&s, n.id).unwrap();
        assert_eq!(h.original, "My nee hurts, about a seven.");
        assert_eq!(h.revisions[0].text, "My knee hurts, about a seven.");
        let steps: Vec<_> = h
            .decisions
            .iter()
            .map(|d| {
                (
                    d.action.as_str(),
                    d.author.as_str(),
                    d.reading.as_ref().unwrap().severity,
                )
            })
            .collect();
        assert_eq!(
            steps,
            [("confirm", "Sam", Some(7)), ("correct", "Alex", Some(5))]
        );
    }
}

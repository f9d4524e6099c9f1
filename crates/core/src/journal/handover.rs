//! The shift handover: since the shift began, each resident's flags and readings in one
//! line (the board over the shift), and every reading nobody has decided on yet — urgent
//! first, then oldest first — for the next shift to pick up.

use crate::journal::JournalError;
use rusqlite::params;
use serde::{Deserialize, Serialize};

use super::board::{self, BoardRow};
use super::notes::{signal_row, signals_with_reviews, NoteSignal, EXTRA};
use crate::store::Store;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToConfirm {
    pub resident_id: i64,
    pub resident_name: String,
    pub note_id: i64,
    pub created_ms: i64,
    pub signal: NoteSignal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Handover {
    pub from_ms: i64,
    pub to_ms: i64,
    /// Every resident, most pressing first.
    pub residents: Vec<BoardRow>,
    pub to_confirm: Vec<ToConfirm>,
}

/// The handover for notes made in [from_ms, to_ms).
pub fn between(store: &Store, from_ms: i64, to_ms: i64) -> Result<Handover, JournalError> {
    let residents = board::between(store, from_ms, to_ms)?;
    let mut stmt = store.conn().prepare_cached(&format!(
        "{} JOIN notes n ON n.id = s.note_id JOIN residents p ON p.id = n.resident_id
         WHERE n.created_ms >= ?1 AND n.created_ms < ?2 AND r.id IS NULL
           AND p.archived_ms IS NULL
         ORDER BY s.kind != 'urgent', n.created_ms, s.id",
        signals_with_reviews(", n.resident_id, p.preferred_name, n.created_ms")
    ))?;
    let to_confirm = stmt
        .query_map(params![from_ms, to_ms], |r| {
            let (note_id, signal) = signal_row(r)?;
            Ok(ToConfirm {
                resident_id: r.get(EXTRA)?,
                resident_name: r.get(EXTRA + 1)?,
                note_id,
                created_ms: r.get(EXTRA + 2)?,
                signal,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(Handover {
        from_ms,
        to_ms,
        residents,
        to_confirm,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::reviews::{self, Decision};
    use crate::journal::testing;

    #[test]
    fn what_the_next_shift_must_confirm_urgent_first() {
        let (_d, mut s, ids) = testing::journal(&[("Rose", "en")]);
        let rose = ids[0];
        let mut say = |at: i64, text: &str| testing::say(&mut s, rose, at, "en", text);
        say(50, "I slept badly."); // before the shift
        let sad = say(100, "I'm feeling sad today.");
        say(200, "My back hurts.");
        say(300, "I had a fall this morning.");
        reviews::decide(&mut s, sad.signals[0].id, &Decision::Confirm, "Sam", 400).unwrap();

        let h = between(&s, 100, 1_000).unwrap();
        let left: Vec<_> = h
            .to_confirm
            .iter()
            .map(|t| {
                (
                    t.signal.read.kind.as_str(),
                    t.created_ms,
                    t.resident_name.as_str(),
                )
            })
            .collect();
        assert_eq!(left, [("urgent", 300, "Rose"), ("pain", 200, "Rose")]);
        assert_eq!(h.residents.len(), 1);
        assert_eq!(h.residents[0].notes, 3);
        assert_eq!(h.residents[0].to_review, 2);
    }
}

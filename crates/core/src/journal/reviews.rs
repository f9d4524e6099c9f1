//! Humans decide: a caregiver confirms, corrects or dismisses what the machine inferred.
//! Each decision is a new row with its author and time; the latest one counts, and the
//! signal as first read is never changed.

use rusqlite::{params, OptionalExtension};

use crate::store::{Store, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    Confirm,
    /// Only what is given changes (pain 7 → 4 keeps the place; knee → hip keeps the score).
    Correct {
        value: Option<String>,
        location: Option<String>,
        severity: Option<u8>,
    },
    Dismiss,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub id: i64,
    pub signal_id: i64,
    /// "confirm", "correct" or "dismiss".
    pub action: String,
    pub value: Option<String>,
    pub location: Option<String>,
    pub severity: Option<u8>,
    pub author: String,
    pub created_ms: i64,
}

/// Records `decision` on a signal by `author`, in one transaction.
pub fn decide(
    store: &mut Store,
    signal_id: i64,
    decision: &Decision,
    author: &str,
    at_ms: i64,
) -> Result<Review, StoreError> {
    if author.trim().is_empty() {
        return Err(StoreError::Invalid(
            "a review needs the name of who made it".into(),
        ));
    }
    let (action, value, location, severity) = match decision {
        Decision::Confirm => ("confirm", None, None, None),
        Decision::Dismiss => ("dismiss", None, None, None),
        Decision::Correct {
            value,
            location,
            severity,
        } => {
            if value.is_none() && location.is_none() && severity.is_none() {
                return Err(StoreError::Invalid(
                    "a correction must change the reading, the place or the score".into(),
                ));
            }
            if severity.is_some_and(|s| s > 10) {
                return Err(StoreError::Invalid("a pain score is from 0 to 10".into()));
            }
            ("correct", value.clone(), location.clone(), *severity)
        }
    };
    let tx = store.conn_mut().transaction()?;
    let known: Option<i64> = tx
        .query_row("SELECT id FROM signals WHERE id = ?1", [signal_id], |r| {
            r.get(0)
        })
        .optional()?;
    if known.is_none() {
        return Err(StoreError::Invalid(format!(
            "there is no signal {signal_id}"
        )));
    }
    tx.execute(
        "INSERT INTO signal_reviews (signal_id, action, value, location, severity, author, created_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![signal_id, action, value, location, severity, author.trim(), at_ms],
    )?;
    let id = tx.last_insert_rowid();
    tx.commit()?;
    Ok(Review {
        id,
        signal_id,
        action: action.into(),
        value,
        location,
        severity,
        author: author.trim().into(),
        created_ms: at_ms,
    })
}

/// Every decision on a signal, oldest first: what was decided, by whom, when.
pub fn history(store: &Store, signal_id: i64) -> Result<Vec<Review>, StoreError> {
    let mut stmt = store.conn().prepare(
        "SELECT id, signal_id, action, value, location, severity, author, created_ms
         FROM signal_reviews WHERE signal_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([signal_id], |r| {
        Ok(Review {
            id: r.get(0)?,
            signal_id: r.get(1)?,
            action: r.get(2)?,
            value: r.get(3)?,
            location: r.get(4)?,
            severity: r.get(5)?,
            author: r.get(6)?,
            created_ms: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{notes, residents};
    use crate::signals::{extract, Lexicon};

    fn journal_with_pain() -> (tempfile::TempDir, Store, i64) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("j.sqlite")).unwrap();
        let r = residents::add(
            &mut store,
            &residents::NewResident {
                preferred_name: "Rose".into(),
                language: "en".into(),
                is_demo: false,
            },
        )
        .unwrap();
        let text = "My knee hurts, about a seven";
        let signals = extract(text, &Lexicon::builtin("en").unwrap());
        notes::record_check_in(&mut store, r.id, 1, "en", text, &signals).unwrap();
        let id = store
            .conn()
            .query_row("SELECT id FROM signals WHERE kind = 'pain'", [], |r| {
                r.get(0)
            })
            .unwrap();
        (dir, store, id)
    }

    #[test]
    fn a_correction_is_added_beside_the_machines_reading() {
        let (_d, mut store, id) = journal_with_pain();
        let fix = Decision::Correct {
            value: None,
            location: Some("hip".into()),
            severity: Some(4),
        };
        decide(&mut store, id, &fix, "Sam (carer)", 10).unwrap();
        decide(&mut store, id, &Decision::Confirm, "Alex (nurse)", 20).unwrap();
        let h = history(&store, id).unwrap();
        assert_eq!(
            h.iter().map(|r| r.action.as_str()).collect::<Vec<_>>(),
            ["correct", "confirm"]
        );
        assert_eq!(
            (h[0].location.as_deref(), h[0].severity),
            (Some("hip"), Some(4))
        );
        assert_eq!(h[1].author, "Alex (nurse)");
        // The machine's first reading is untouched, and cannot be changed.
        let (loc, sev): (Option<String>, Option<u8>) = store
            .conn()
            .query_row(
                "SELECT location, severity FROM signals WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!((loc.as_deref(), sev), (Some("knee"), Some(7)));
        assert!(store
            .conn()
            .execute("UPDATE signals SET severity = 1 WHERE id = ?1", [id])
            .is_err());
        assert!(store
            .conn()
            .execute("UPDATE signal_reviews SET severity = 1", [])
            .is_err());
    }

    #[test]
    fn empty_corrections_unknown_signals_and_nameless_reviews_are_refused() {
        let (_d, mut store, id) = journal_with_pain();
        let empty = Decision::Correct {
            value: None,
            location: None,
            severity: None,
        };
        for (signal, d, who) in [
            (id, &empty, "Sam"),
            (id + 100, &Decision::Confirm, "Sam"),
            (id, &Decision::Dismiss, "  "),
        ] {
            assert!(matches!(
                decide(&mut store, signal, d, who, 1),
                Err(StoreError::Invalid(_))
            ));
        }
        let too_bad = Decision::Correct {
            value: None,
            location: None,
            severity: Some(11),
        };
        assert!(decide(&mut store, id, &too_bad, "Sam", 1).is_err());
        assert!(history(&store, id).unwrap().is_empty());
    }
}

//! Humans decide: a caregiver confirms, corrects or dismisses what the machine inferred.
//! Each decision is a new row with its author and time; the latest one counts, and the
//! signal as first read is never changed.

use crate::journal::JournalError;
use crate::refusal::Refusal;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::store::Store;

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

impl Decision {
    pub fn action(&self) -> Action {
        match self {
            Self::Confirm => Action::Confirm,
            Self::Correct { .. } => Action::Correct,
            Self::Dismiss => Action::Dismiss,
        }
    }
}

/// What a decision did, as the journal keeps it (without a correction's new values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Confirm,
    Correct,
    Dismiss,
}

impl Action {
    /// How the journal's rows and the audit log name it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Confirm => "confirm",
            Self::Correct => "correct",
            Self::Dismiss => "dismiss",
        }
    }
}

impl rusqlite::types::FromSql for Action {
    fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        match v.as_str()? {
            "confirm" => Ok(Self::Confirm),
            "correct" => Ok(Self::Correct),
            "dismiss" => Ok(Self::Dismiss),
            other => Err(rusqlite::types::FromSqlError::Other(
                format!("unknown review action {other:?}").into(),
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub id: i64,
    pub signal_id: i64,
    pub action: Action,
    pub value: Option<String>,
    pub location: Option<String>,
    pub severity: Option<u8>,
    pub author: String,
    pub created_ms: i64,
}

/// Who has the last word on a reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Only the machine has read it.
    Inferred,
    Confirmed,
    Corrected,
}

/// The reading that counts for a signal: a caregiver's correction over the machine's
/// reading. A dismissed signal has none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reading {
    pub kind: String,
    pub value: String,
    pub location: Option<String>,
    pub severity: Option<u8>,
    pub mild: bool,
    pub status: Status,
}

impl Reading {
    /// How much this reading asks for attention, to pick the one that stands for a day:
    /// higher is worse (low mood over so-so over good; pain by its score).
    pub fn concern(&self) -> u8 {
        match (self.kind.as_str(), self.value.as_str()) {
            ("urgent", _) => 20,
            ("pain", "present") => 2 + self.severity.unwrap_or(0),
            ("mood", "low") | ("sleep" | "appetite", "poor") | ("loneliness", "present") => 2,
            ("mood", "neutral") => 1,
            _ => 0,
        }
    }

    /// `read` (the machine's reading) as `latest` (the last decision on it) leaves it.
    pub fn of(read: &crate::signals::Signal, latest: Option<&Review>) -> Option<Reading> {
        let mut reading = Reading {
            kind: read.kind.clone(),
            value: read.value.clone(),
            location: read.location.clone(),
            severity: read.severity,
            mild: read.mild,
            status: Status::Inferred,
        };
        match latest.map(|r| (r, r.action)) {
            None => {}
            Some((_, Action::Dismiss)) => return None,
            Some((_, Action::Confirm)) => reading.status = Status::Confirmed,
            Some((r, Action::Correct)) => {
                reading.status = Status::Corrected;
                if let Some(v) = &r.value {
                    reading.value = v.clone();
                }
                if r.location.is_some() {
                    reading.location = r.location.clone();
                }
                if r.severity.is_some() {
                    reading.severity = r.severity;
                    reading.mild = false; // a caregiver's score is exact
                }
            }
        }
        Some(reading)
    }
}

/// Records `decision` on a signal by `author`, in one transaction.
pub fn decide(
    store: &mut Store,
    signal_id: i64,
    decision: &Decision,
    author: &str,
    at_ms: i64,
) -> Result<Review, JournalError> {
    if author.trim().is_empty() {
        return Err(Refusal::AuthorNeeded.into());
    }
    let action = decision.action();
    let (value, location, severity) = match decision {
        Decision::Confirm | Decision::Dismiss => (None, None, None),
        Decision::Correct {
            value,
            location,
            severity,
        } => {
            if value.is_none() && location.is_none() && severity.is_none() {
                return Err(Refusal::CorrectionChangesNothing.into());
            }
            if severity.is_some_and(|s| s > 10) {
                return Err(Refusal::PainScoreRange.into());
            }
            if let Some(place) = location.as_deref() {
                if !hearth_i18n::BODY_PLACES.contains(&place) {
                    return Err(Refusal::UnknownPlace {
                        place: place.into(),
                    }
                    .into());
                }
            }
            (value.clone(), location.clone(), *severity)
        }
    };
    let tx = store.write()?;
    let kind: Option<String> = tx
        .query_row("SELECT kind FROM signals WHERE id = ?1", [signal_id], |r| {
            r.get(0)
        })
        .optional()?;
    let Some(kind) = kind else {
        return Err(Refusal::NoSuchSignal { id: signal_id }.into());
    };
    if let Some(v) = value.as_deref() {
        if !hearth_i18n::signal_values(&kind).contains(&v) {
            return Err(Refusal::WrongValueForKind {
                kind: kind.to_string(),
                value: v.to_string(),
            }
            .into());
        }
    }
    tx.execute(
        "INSERT INTO signal_reviews (signal_id, action, value, location, severity, author, created_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![signal_id, action.as_str(), value, location, severity, author.trim(), at_ms],
    )?;
    let id = tx.last_insert_rowid();
    tx.commit()?;
    Ok(Review {
        id,
        signal_id,
        action,
        value,
        location,
        severity,
        author: author.trim().into(),
        created_ms: at_ms,
    })
}

/// Every decision on a signal, oldest first: what was decided, by whom, when.
pub fn history(store: &Store, signal_id: i64) -> Result<Vec<Review>, JournalError> {
    let mut stmt = store.conn().prepare(&format!(
        "SELECT {REVIEW_COLUMNS} FROM signal_reviews r WHERE r.signal_id = ?1 ORDER BY r.id"
    ))?;
    let rows = stmt.query_map([signal_id], |r| review_at(r, 0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The columns [`review_at`] reads, for a review aliased `r`.
pub(crate) const REVIEW_COLUMNS: &str =
    "r.id, r.signal_id, r.action, r.value, r.location, r.severity, r.author, r.created_ms";

/// A review from REVIEW_COLUMNS starting at column `at`.
pub(crate) fn review_at(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<Review> {
    Ok(Review {
        id: r.get(at)?,
        signal_id: r.get(at + 1)?,
        action: r.get(at + 2)?,
        value: r.get(at + 3)?,
        location: r.get(at + 4)?,
        severity: r.get(at + 5)?,
        author: r.get(at + 6)?,
        created_ms: r.get(at + 7)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::notes;
    use crate::signals::{extract, Lexicon};

    fn journal_with_pain() -> (tempfile::TempDir, Store, i64) {
        let (dir, mut store, ids) = crate::journal::testing::journal(&[("Rose", "en")]);
        let text = "My knee hurts, about a seven";
        let signals = extract(text, &Lexicon::builtin("en").unwrap());
        notes::record_check_in(&mut store, ids[0], 1, "en", text, &signals).unwrap();
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
    fn the_reading_that_counts_is_the_latest_decision() {
        let (_d, mut store, id) = journal_with_pain();
        let read = extract(
            "My knee hurts, about a seven",
            &Lexicon::builtin("en").unwrap(),
        )
        .into_iter()
        .find(|s| s.kind == "pain")
        .unwrap();
        let now = |store: &Store| {
            let latest = history(store, id).unwrap().pop();
            Reading::of(&read, latest.as_ref())
        };
        let r = now(&store).unwrap();
        assert_eq!(
            (r.status, r.location.as_deref(), r.severity),
            (Status::Inferred, Some("knee"), Some(7))
        );
        let fix = Decision::Correct {
            value: None,
            location: Some("hip".into()),
            severity: None,
        };
        decide(&mut store, id, &fix, "Sam", 1).unwrap();
        let r = now(&store).unwrap();
        assert_eq!(
            (r.status, r.location.as_deref(), r.severity),
            (Status::Corrected, Some("hip"), Some(7))
        );
        decide(&mut store, id, &Decision::Dismiss, "Sam", 2).unwrap();
        assert_eq!(now(&store), None);
        decide(&mut store, id, &Decision::Confirm, "Alex", 3).unwrap();
        assert_eq!(now(&store).unwrap().status, Status::Confirmed);
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
                Err(JournalError::Refused(_))
            ));
        }
        let too_bad = Decision::Correct {
            value: None,
            location: None,
            severity: Some(11),
        };
        assert!(decide(&mut store, id, &too_bad, "Sam", 1).is_err());
        let nonsense = Decision::Correct {
            value: Some("happy".into()),
            location: None,
            severity: None,
        };
        assert!(decide(&mut store, id, &nonsense, "Sam", 1).is_err());
        let nowhere = Decision::Correct {
            value: None,
            location: Some("wing".into()),
            severity: None,
        };
        assert!(decide(&mut store, id, &nowhere, "Sam", 1).is_err());
        assert!(history(&store, id).unwrap().is_empty());
    }
}

//! How long Hearth keeps what residents said, and the purge that enforces it. Transcripts
//! (what the recogniser heard in each turn, with its timing and model) go first; notes (the
//! words, their revisions, what was read in them and the decisions on it) after some years.
//! Hearth keeps no recordings of voices. Each purge is one transaction with its audit line.

use serde::{Deserialize, Serialize};

use crate::audit::{self, Entry};
use crate::journal::notes;
use crate::settings;
use crate::store::{Store, StoreError};

const DAY_MS: i64 = 24 * 60 * 60 * 1000;
const KEY: &str = "retention";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Policy {
    /// Days a turn's transcript is kept (the note made of it may stay longer).
    pub transcripts_days: u32,
    /// Years a note, with its readings and decisions, is kept.
    pub notes_years: u32,
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            transcripts_days: 90,
            notes_years: 5,
        }
    }
}

impl Policy {
    pub fn check(&self) -> Result<(), StoreError> {
        if !(7..=3650).contains(&self.transcripts_days) {
            return Err(StoreError::Invalid(
                "transcripts are kept from 7 days to 10 years".into(),
            ));
        }
        if !(1..=30).contains(&self.notes_years) {
            return Err(StoreError::Invalid(
                "notes are kept from 1 to 30 years".into(),
            ));
        }
        if i64::from(self.transcripts_days) > i64::from(self.notes_years) * 365 {
            return Err(StoreError::Invalid(
                "transcripts cannot be kept longer than the notes".into(),
            ));
        }
        Ok(())
    }
}

pub fn policy(store: &Store) -> Result<Policy, StoreError> {
    settings::read(store, KEY)
}

pub fn set_policy(store: &Store, p: &Policy, by: &str, at_ms: i64) -> Result<(), StoreError> {
    p.check()?;
    settings::write(store, KEY, p, by, at_ms)
}

/// What one purge removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    pub transcripts: usize,
    pub notes: usize,
}

/// Removes what the policy no longer keeps at `now_ms`, and logs it (also when nothing was
/// due, so the log shows the purge ran).
pub fn purge(store: &mut Store, now_ms: i64) -> Result<Purged, StoreError> {
    let p = policy(store)?;
    let transcripts_before = now_ms - i64::from(p.transcripts_days) * DAY_MS;
    let notes_before = now_ms - i64::from(p.notes_years) * 365 * DAY_MS;
    let mut purged = Purged::default();
    let entry = |purged: &Purged| {
        Entry::new(
            "Hearth",
            "retention_purge",
            "everyone",
            format!(
                "{} transcripts older than {} days, {} notes older than {} years",
                purged.transcripts, p.transcripts_days, purged.notes, p.notes_years
            ),
        )
    };
    let tx = store.conn_mut().savepoint()?;
    // Notes first: a note still pointing at its transcript keeps it until the note goes.
    purged.notes = notes::delete_where(&tx, "created_ms < ?1", notes_before)?.notes;
    // A transcript's words live on in its note; the turn's own record (timing, model, the
    // recogniser's text) goes, and the note no longer points at it.
    let old = "SELECT id FROM utterances WHERE ended_ms < ?1";
    // The one change a note allows (schema 11): unlinking a purged transcript.
    tx.execute(
        &format!("UPDATE notes SET utterance_id = NULL WHERE utterance_id IN ({old})"),
        [transcripts_before],
    )?;
    purged.transcripts = tx.execute(
        "DELETE FROM utterances WHERE ended_ms < ?1",
        [transcripts_before],
    )?;
    audit::record_in(&tx, &entry(&purged))?;
    tx.commit()?;
    Ok(purged)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::notes::{record_spoken, NewUtterance};
    use crate::journal::testing::{journal, say};

    fn said(store: &mut Store, who: i64, at: i64) {
        let u = NewUtterance {
            resident_id: who,
            started_ms: at - 1_000,
            ended_ms: at,
            text: "My knee hurts".into(),
            language: "en".into(),
            model: "base".into(),
        };
        record_spoken(store, &u).unwrap();
    }

    fn count(s: &Store, table: &str) -> i64 {
        s.conn()
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn old_transcripts_then_old_notes_go_and_the_purge_is_logged() {
        let (_d, mut s, ids) = journal(&[("Rose", "en")]);
        let now = 3_000 * DAY_MS;
        said(&mut s, ids[0], now - 100 * DAY_MS); // transcript past 90 days
        said(&mut s, ids[0], now - DAY_MS); // recent
        say(
            &mut s,
            ids[0],
            now - 6 * 365 * DAY_MS,
            "en",
            "My knee hurts",
        ); // note past 5 years
        let p = purge(&mut s, now).unwrap();
        assert_eq!(
            p,
            Purged {
                transcripts: 1,
                notes: 1
            }
        );
        assert_eq!((count(&s, "utterances"), count(&s, "notes")), (1, 2));
        assert_eq!(
            count(&s, "signals"),
            0,
            "the old note's readings went with it"
        );
        let unlinked: i64 = s
            .conn()
            .query_row(
                "SELECT count(*) FROM notes WHERE utterance_id IS NULL",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            unlinked, 1,
            "the note of the purged transcript stays, unlinked"
        );
        // Still append-only afterwards.
        assert!(s.conn().execute("UPDATE notes SET text = 'x'", []).is_err());
        assert!(s
            .conn()
            .execute("UPDATE notes SET utterance_id = 5", [])
            .is_err());
        let log = audit::recent(&s, 1).unwrap();
        assert_eq!(log[0].action, "retention_purge");
        assert!(
            log[0].detail.starts_with("1 transcripts"),
            "{}",
            log[0].detail
        );
        assert_eq!(purge(&mut s, now).unwrap(), Purged::default());
    }

    #[test]
    fn a_policy_is_checked_and_kept() {
        let (_d, s, _) = journal(&[]);
        assert_eq!(policy(&s).unwrap(), Policy::default());
        let short = Policy {
            transcripts_days: 30,
            notes_years: 2,
        };
        set_policy(&s, &short, "Ada", 1).unwrap();
        assert_eq!(policy(&s).unwrap(), short);
        for bad in [
            Policy {
                transcripts_days: 1,
                ..short
            },
            Policy {
                notes_years: 0,
                ..short
            },
            Policy {
                transcripts_days: 800,
                notes_years: 1,
            },
        ] {
            assert!(set_policy(&s, &bad, "Ada", 2).is_err());
        }
        assert_eq!(policy(&s).unwrap(), short);
    }
}

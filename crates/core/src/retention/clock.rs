//! Is this device's clock right enough to delete by? An offline tablet's clock can jump (a
//! flat RTC battery, a year typed wrong), and a purge trusting it would wipe years of notes.
//! The purge runs only when the clock is not earlier than what was last written, nor further
//! past the last trusted moment (the last purge, or an administrator's word) than the days in
//! between explain. Otherwise nothing is deleted until an administrator confirms the date.

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};

use crate::audit::{self, Entry};
use crate::settings;
use crate::store::{Store, StoreError};

const DAY_MS: i64 = 24 * 60 * 60 * 1000;
/// Clocks are set by hand on offline devices: a little earlier than the last line is normal.
const SLACK_BEHIND_MS: i64 = 60 * 60 * 1000;
/// How far past the last trusted moment the clock may be with nothing to explain the gap (a
/// weekend switched off).
pub const GRACE_MS: i64 = 2 * DAY_MS;
const KEY: &str = "clock_trusted";
/// The audit action of a purge that ran: it ran because the clock was trusted then.
pub(crate) const PURGE_ACTION: &str = "retention_purge";
pub(crate) const SKIP_ACTION: &str = "retention_skipped";
const CONFIRM_ACTION: &str = "confirm_clock";

/// The last moment the clock was trusted, and how far the journal had got then (ids grow
/// with every row, whatever the clock says).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
struct Trusted {
    at_ms: i64,
    note_id: i64,
    audit_id: i64,
}

/// What the check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Plausible,
    /// Earlier than a note or audit line written since the clock was last trusted.
    Behind {
        newest_ms: i64,
    },
    /// Further past the last trusted moment (`trusted_ms`) than the days Hearth was used
    /// since explain (`allowed_ms` is the latest time that would have been believed).
    Ahead {
        trusted_ms: i64,
        allowed_ms: i64,
    },
}

impl Verdict {
    pub fn plausible(&self) -> bool {
        matches!(self, Self::Plausible)
    }
}

/// Judges `now_ms` against what the journal holds.
pub fn check(store: &Store, now_ms: i64) -> Result<Verdict, StoreError> {
    let trusted = trusted(store)?;
    let since = trusted.unwrap_or_default();
    let conn = store.conn();
    // The latest rows written (by id: the order they were written in, whatever their time).
    let last = |sql: &str, after: i64| -> Result<Option<i64>, StoreError> {
        Ok(conn.query_row(sql, [after], |r| r.get(0)).optional()?)
    };
    let note = last(
        "SELECT created_ms FROM notes WHERE id > ?1 ORDER BY id DESC LIMIT 1",
        since.note_id,
    )?;
    let line = last(
        "SELECT at_ms FROM audit WHERE id > ?1 ORDER BY id DESC LIMIT 1",
        since.audit_id,
    )?;
    if let Some(newest_ms) = note.into_iter().chain(line).max() {
        if now_ms + SLACK_BEHIND_MS < newest_ms {
            return Ok(Verdict::Behind { newest_ms });
        }
    }
    let Some(t) = trusted else {
        // Never purged: nothing says what the time was, and nothing old was kept by an
        // earlier purge's judgement either.
        return Ok(Verdict::Plausible);
    };
    // Each day Hearth was used since (a note or an audit line dated between then and now)
    // explains one more day of gap. A jump forward shows as a few days far from the others.
    let used_days: i64 = conn.query_row(
        "SELECT count(DISTINCT d) FROM (
            SELECT at_ms / ?4 AS d FROM audit
            WHERE id > ?1 AND at_ms > ?3 AND at_ms <= ?5 AND action NOT IN (?6, ?7)
            UNION
            SELECT created_ms / ?4 FROM notes WHERE id > ?2 AND created_ms > ?3 AND created_ms <= ?5)",
        rusqlite::params![
            t.audit_id,
            t.note_id,
            t.at_ms,
            DAY_MS,
            now_ms,
            PURGE_ACTION,
            SKIP_ACTION
        ],
        |r| r.get(0),
    )?;
    let allowed_ms = t.at_ms + GRACE_MS + used_days * DAY_MS;
    if now_ms > allowed_ms {
        return Ok(Verdict::Ahead {
            trusted_ms: t.at_ms,
            allowed_ms,
        });
    }
    Ok(Verdict::Plausible)
}

/// The last trusted moment: kept since this version, else the last purge an earlier Hearth
/// logged (every earlier version purged at each start and daily).
fn trusted(store: &Store) -> Result<Option<Trusted>, StoreError> {
    let kept: Option<Trusted> = settings::read(store, KEY)?;
    if kept.is_some() {
        return Ok(kept);
    }
    Ok(store
        .conn()
        .query_row(
            "SELECT id, at_ms FROM audit WHERE action = ?1 ORDER BY id DESC LIMIT 1",
            [PURGE_ACTION],
            |r| {
                Ok(Trusted {
                    at_ms: r.get(1)?,
                    note_id: 0,
                    audit_id: r.get(0)?,
                })
            },
        )
        .optional()?)
}

/// Marks `now_ms` as a trusted moment (a purge judged the clock plausible, or an
/// administrator confirmed it), inside the caller's transaction.
pub(crate) fn trust(conn: &rusqlite::Connection, by: &str, now_ms: i64) -> Result<(), StoreError> {
    let max = |table: &str| -> Result<i64, StoreError> {
        Ok(conn.query_row(
            &format!("SELECT coalesce(max(id), 0) FROM {table}"),
            [],
            |r| r.get(0),
        )?)
    };
    let t = Trusted {
        at_ms: now_ms,
        note_id: max("notes")?,
        audit_id: max("audit")?,
    };
    settings::write_in(conn, KEY, &t, by, now_ms)
}

/// An administrator says the device's date and time (`now_ms`, as shown to them) are right:
/// from now on the purge judges the clock from here. Logged with the date they saw.
pub fn confirm(store: &mut Store, by: &str, now_ms: i64) -> Result<(), StoreError> {
    let tx = store.write()?;
    audit::record_in(
        &tx,
        &Entry {
            at_ms: now_ms,
            actor: by.into(),
            action: CONFIRM_ACTION.into(),
            subject: "everyone".into(),
            detail: crate::export::local(now_ms),
        },
    )?;
    trust(&tx, by, now_ms)?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::testing::{journal, say};

    const NOW: i64 = 1_800_000_000_000;

    fn line(s: &Store, action: &str, at_ms: i64) {
        audit::record(
            s,
            &Entry {
                at_ms,
                actor: "Sam".into(),
                action: action.into(),
                subject: "everyone".into(),
                detail: String::new(),
            },
        )
        .unwrap();
    }

    #[test]
    fn a_fresh_journal_trusts_the_clock() {
        let (_d, s, _) = journal(&[]);
        assert_eq!(check(&s, NOW).unwrap(), Verdict::Plausible);
    }

    #[test]
    fn a_clock_earlier_than_the_last_note_is_not_believed_until_confirmed() {
        let (_d, mut s, ids) = journal(&[("Rose", "en")]);
        say(&mut s, ids[0], NOW, "en", "I slept well");
        assert_eq!(check(&s, NOW + 1000).unwrap(), Verdict::Plausible);
        assert_eq!(
            check(&s, NOW - 30 * 60 * 1000).unwrap(),
            Verdict::Plausible,
            "half an hour back is a clock set by hand"
        );
        let back = NOW - 3 * DAY_MS;
        assert_eq!(check(&s, back).unwrap(), Verdict::Behind { newest_ms: NOW });
        confirm(&mut s, "Ada", back).unwrap();
        assert_eq!(check(&s, back + 1000).unwrap(), Verdict::Plausible);
    }

    #[test]
    fn a_jump_forward_is_caught_and_days_of_use_explain_a_gap() {
        let (_d, mut s, ids) = journal(&[("Rose", "en")]);
        trust(s.conn(), "Hearth", NOW).unwrap();
        // A day later, or a weekend switched off: believed.
        assert!(check(&s, NOW + DAY_MS).unwrap().plausible());
        assert!(check(&s, NOW + GRACE_MS).unwrap().plausible());
        // A year typed wrong.
        let jump = NOW + 365 * DAY_MS;
        assert_eq!(
            check(&s, jump).unwrap(),
            Verdict::Ahead {
                trusted_ms: NOW,
                allowed_ms: NOW + GRACE_MS
            }
        );
        // Writing at the wrong time does not make it believed: those days are far off.
        say(&mut s, ids[0], jump, "en", "I slept well");
        line(&s, "view_board", jump + 60_000);
        line(&s, SKIP_ACTION, jump + 120_000);
        assert!(!check(&s, jump + DAY_MS).unwrap().plausible());
        // An administrator's word resets the reference.
        confirm(&mut s, "Ada", jump + DAY_MS).unwrap();
        assert!(check(&s, jump + 2 * DAY_MS).unwrap().plausible());
        let log = audit::recent(&s, 1).unwrap();
        assert_eq!(
            (log[0].action.as_str(), log[0].actor.as_str()),
            (CONFIRM_ACTION, "Ada")
        );
    }

    #[test]
    fn days_of_use_since_the_last_purge_explain_as_many_days_of_gap() {
        let (_d, s, _) = journal(&[]);
        trust(s.conn(), "Hearth", NOW).unwrap();
        // The purge could not run for a while, but Hearth was used every day.
        for day in 1..=5 {
            line(&s, "view_board", NOW + day * DAY_MS);
            line(&s, SKIP_ACTION, NOW + day * DAY_MS + 1);
        }
        assert!(check(&s, NOW + 7 * DAY_MS).unwrap().plausible());
        assert!(!check(&s, NOW + 8 * DAY_MS).unwrap().plausible());
        assert!(!check(&s, NOW + 30 * DAY_MS).unwrap().plausible());
    }

    #[test]
    fn an_earlier_hearths_last_purge_is_the_reference() {
        let (_d, s, _) = journal(&[]);
        line(&s, PURGE_ACTION, NOW);
        assert!(check(&s, NOW + DAY_MS).unwrap().plausible());
        assert!(!check(&s, NOW + 400 * DAY_MS).unwrap().plausible());
    }
}

//! The audit log: who viewed, decided, exported or changed what, and when. Append-only (the
//! database refuses changes and deletions); staff administrators read it. A change and its
//! log line are written together or not at all.

use rusqlite::params;
use serde::{Deserialize, Serialize};

use crate::store::{Store, StoreError};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub at_ms: i64,
    /// Who: a staff member's name, or "resident" / "Hearth".
    pub actor: String,
    /// What, as a short code: sign_in, decide, export, view_notes…
    pub action: String,
    /// About what or whom: "resident:3" (see `resident_subject`), "everyone", "Sam".
    pub subject: String,
    pub detail: String,
}

impl Entry {
    pub fn new(actor: &str, action: &str, subject: &str, detail: impl Into<String>) -> Self {
        Self {
            at_ms: crate::clock::now_ms(),
            actor: actor.into(),
            action: action.into(),
            subject: subject.into(),
            detail: detail.into(),
        }
    }
}

pub fn record(store: &Store, e: &Entry) -> Result<(), StoreError> {
    record_in(store.conn(), e)
}

/// As [`record`], inside a transaction the caller holds.
pub(crate) fn record_in(conn: &rusqlite::Connection, e: &Entry) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO audit (at_ms, actor, action, subject, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![e.at_ms, e.actor, e.action, e.subject, e.detail],
    )?;
    Ok(())
}

/// As [`logged`], with the line made from what the change gave (a new resident's number).
pub fn logged_as<T, E: From<StoreError>>(
    store: &mut Store,
    change: impl FnOnce(&mut Store) -> Result<T, E>,
    entry: impl FnOnce(&T) -> Entry,
) -> Result<T, E> {
    let sql = |s: &Store, q: &str| s.conn().execute_batch(q).map_err(|e| E::from(e.into()));
    // On its own, the write lock from the start (see `Store::write`); inside another write,
    // a savepoint of it.
    let alone = store.conn().is_autocommit();
    sql(
        store,
        if alone {
            "BEGIN IMMEDIATE"
        } else {
            "SAVEPOINT audited"
        },
    )?;
    let done = change(store).and_then(|v| record(store, &entry(&v)).map(|()| v).map_err(E::from));
    let end = match (&done, alone) {
        (Ok(_), true) => "COMMIT",
        (Err(_), true) => "ROLLBACK",
        (Ok(_), false) => "RELEASE audited",
        (Err(_), false) => "ROLLBACK TO audited; RELEASE audited",
    };
    sql(store, end)?;
    done
}

/// Runs `change` and logs `entry` in one transaction: both are kept, or neither.
pub fn logged<T, E: From<StoreError>>(
    store: &mut Store,
    entry: &Entry,
    change: impl FnOnce(&mut Store) -> Result<T, E>,
) -> Result<T, E> {
    logged_as(store, change, |_| entry.clone())
}

/// How the log names a resident: by number, never by name, so that an erasure leaves no
/// name behind in the log (the window shows the name while the resident is on file).
pub fn resident_subject(id: i64) -> String {
    format!("resident:{id}")
}

/// The resident a subject names, if it names one.
pub fn subject_resident(subject: &str) -> Option<i64> {
    subject.strip_prefix("resident:")?.parse().ok()
}

/// Every line about one resident, oldest first (for a subject access request).
pub fn about(store: &Store, resident_id: i64) -> Result<Vec<Entry>, StoreError> {
    let mut stmt = store.conn().prepare(
        "SELECT at_ms, actor, action, subject, detail FROM audit WHERE subject = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([resident_subject(resident_id)], entry)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn entry(r: &rusqlite::Row<'_>) -> rusqlite::Result<Entry> {
    Ok(Entry {
        at_ms: r.get(0)?,
        actor: r.get(1)?,
        action: r.get(2)?,
        subject: r.get(3)?,
        detail: r.get(4)?,
    })
}

/// The newest `limit` entries, newest first.
pub fn recent(store: &Store, limit: usize) -> Result<Vec<Entry>, StoreError> {
    let mut stmt = store.conn().prepare(
        "SELECT at_ms, actor, action, subject, detail FROM audit ORDER BY id DESC LIMIT ?1",
    )?;
    let rows = stmt.query_map([limit as i64], entry)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{notes, testing};

    #[test]
    fn a_change_and_its_line_together_or_neither_and_never_edited() {
        let (_d, mut s, ids) = testing::journal(&[("Rose", "en")]);
        let entry = Entry::new("Sam", "add_note", "Rose", "typed");
        let n = logged(&mut s, &entry, |s| {
            notes::record_typed(s, ids[0], 1, "Sam", "Walked.")
        })
        .unwrap();
        assert_eq!(recent(&s, 10).unwrap(), std::slice::from_ref(&entry));
        // A refused change leaves no line, and no note.
        let refused = logged(&mut s, &entry, |s| {
            notes::record_typed(s, ids[0], 2, "Sam", " ")
        });
        assert!(refused.is_err());
        assert_eq!(recent(&s, 10).unwrap().len(), 1);
        assert_eq!(notes::totals(&s).unwrap().notes, 1);
        assert_eq!(n.author.as_deref(), Some("Sam"));
        for sql in ["UPDATE audit SET actor = 'x'", "DELETE FROM audit"] {
            let err = s.conn().execute(sql, []).unwrap_err();
            assert!(err.to_string().contains("audit"), "{err}");
        }
    }

    #[test]
    fn a_staff_change_whose_line_cannot_be_written_is_not_kept() {
        use crate::access::{staff, AccessError, Role};
        let (_d, mut s, _) = testing::journal(&[]);
        // The log refuses every new line (a full disk, say): the change goes with it.
        s.conn()
            .execute_batch(
                "CREATE TEMP TRIGGER no_more_lines BEFORE INSERT ON audit
                 BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
            )
            .unwrap();
        let added: Result<staff::Staff, AccessError> = logged_as(
            &mut s,
            |s| staff::add(s, "Eve", Role::Caregiver, "7391"),
            |a| Entry::new("Ada", "add_staff", &a.name, "caregiver"),
        );
        assert!(added.is_err());
        assert!(
            staff::list(&s).unwrap().is_empty(),
            "no one added without a line"
        );
        // With the log writable again, the change (a write of its own, within this one) and
        // its line are kept together.
        s.conn()
            .execute_batch("DROP TRIGGER temp.no_more_lines")
            .unwrap();
        let added: Result<staff::Staff, AccessError> = logged_as(
            &mut s,
            |s| staff::add(s, "Eve", Role::Caregiver, "7391"),
            |a| Entry::new("Ada", "add_staff", &a.name, "caregiver"),
        );
        assert!(added.is_ok(), "{added:?}");
        assert_eq!(staff::list(&s).unwrap().len(), 1);
        assert_eq!(recent(&s, 10).unwrap().len(), 1);
    }
}

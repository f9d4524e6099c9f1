//! Residents: who talks to Hearth.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::store::{Store, StoreError};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Resident {
    pub id: i64,
    pub preferred_name: String,
    pub language: String,
    pub is_demo: bool,
}

#[derive(Debug, Clone)]
pub struct NewResident {
    pub preferred_name: String,
    pub language: String,
    pub is_demo: bool,
}

pub fn add(store: &mut Store, r: &NewResident) -> Result<Resident, StoreError> {
    let conn = store.conn();
    conn.execute(
        "INSERT INTO residents (preferred_name, language, is_demo, created_ms) VALUES (?1, ?2, ?3, ?4)",
        params![r.preferred_name.trim(), r.language, r.is_demo, super::now_ms()],
    )?;
    Ok(Resident {
        id: conn.last_insert_rowid(),
        preferred_name: r.preferred_name.trim().to_string(),
        language: r.language.clone(),
        is_demo: r.is_demo,
    })
}

/// Residents not archived, by name.
pub fn list(store: &Store) -> Result<Vec<Resident>, StoreError> {
    let mut stmt = store.conn().prepare(
        "SELECT id, preferred_name, language, is_demo FROM residents WHERE archived_ms IS NULL ORDER BY preferred_name COLLATE NOCASE, id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Resident {
            id: r.get(0)?,
            preferred_name: r.get(1)?,
            language: r.get(2)?,
            is_demo: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn get(store: &Store, id: i64) -> Result<Option<Resident>, StoreError> {
    Ok(store
        .conn()
        .query_row(
            "SELECT id, preferred_name, language, is_demo FROM residents WHERE id = ?1",
            [id],
            |r| {
                Ok(Resident {
                    id: r.get(0)?,
                    preferred_name: r.get(1)?,
                    language: r.get(2)?,
                    is_demo: r.get(3)?,
                })
            },
        )
        .optional()?)
}

/// The resident's code outside Hearth (exports): a salted hash of their id, with a salt
/// drawn when this journal was made — no name, and not the same in another journal.
pub fn pseudonym(store: &Store, id: i64) -> Result<String, StoreError> {
    use sha2::{Digest, Sha256};
    let salt: String = store.conn().query_row(
        "SELECT value FROM journal_info WHERE key = 'pseudonym_salt'",
        [],
        |r| r.get(0),
    )?;
    let digest = Sha256::digest(format!("{salt}:resident:{id}"));
    Ok(hex::encode(&digest[..10]))
}

/// On the very first run (no resident ever added), two clearly marked demo residents, so a
/// new care home can try Hearth at once. Staff can archive them later.
pub fn ensure_demo(store: &mut Store, demo: &[(&str, &str)]) -> Result<Vec<Resident>, StoreError> {
    let tx = store.conn_mut().savepoint()?;
    let ever: i64 = tx.query_row("SELECT count(*) FROM residents", [], |r| r.get(0))?;
    if ever == 0 {
        for (name, lang) in demo {
            tx.execute(
                "INSERT INTO residents (preferred_name, language, is_demo, created_ms) VALUES (?1, ?2, 1, ?3)",
                params![name, lang, super::now_ms()],
            )?;
        }
    }
    tx.commit()?;
    list(store)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_residents_only_on_first_run() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("j.sqlite")).unwrap();
        let demo = [("Marie (demo)", "fr"), ("Arthur (demo)", "en")];
        let first = ensure_demo(&mut s, &demo).unwrap();
        assert_eq!(first.len(), 2);
        assert!(first.iter().all(|r| r.is_demo));
        assert_eq!(first[0].preferred_name, "Arthur (demo)"); // by name
        assert_eq!(ensure_demo(&mut s, &demo).unwrap().len(), 2);
        let added = add(
            &mut s,
            &NewResident {
                preferred_name: "  Rose ".into(),
                language: "en".into(),
                is_demo: false,
            },
        )
        .unwrap();
        assert_eq!(added.preferred_name, "Rose");
        let code = pseudonym(&s, added.id).unwrap();
        assert_eq!(
            (code.len(), code.clone()),
            (20, pseudonym(&s, added.id).unwrap())
        );
        assert_ne!(code, pseudonym(&s, added.id + 1).unwrap());
        let other = tempfile::tempdir().unwrap();
        let mut elsewhere = Store::open(&other.path().join("j.sqlite")).unwrap();
        ensure_demo(&mut elsewhere, &demo).unwrap();
        assert_ne!(pseudonym(&elsewhere, 1).unwrap(), pseudonym(&s, 1).unwrap());
        assert_eq!(get(&s, added.id).unwrap(), Some(added));
        assert!(add(
            &mut s,
            &NewResident {
                preferred_name: "  ".into(),
                language: "en".into(),
                is_demo: false
            }
        )
        .is_err());
    }
}

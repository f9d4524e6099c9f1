//! The SQLite file that holds residents and what they said: opened with WAL and foreign
//! keys, brought to the current schema by migrations, and failures told in plain words.

mod migrations;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};

/// What can go wrong with the database, in words a person can act on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the journal {path} is in use by another program; close it and try again")]
    Locked { path: String },
    #[error(
        "the journal {path} cannot be written (read-only file or folder, or the disk is full)"
    )]
    ReadOnly { path: String },
    #[error("the journal {path} is damaged; restore it from a backup (Hearth has not changed it)")]
    Corrupt { path: String },
    #[error("the journal {path} was made by a newer Hearth (schema {found}); update Hearth")]
    TooNew { path: String, found: i64 },
    #[error("cannot open the journal {path}: {why}")]
    Open { path: String, why: String },
    #[error("the journal is in use by another program; close it and try again")]
    Busy,
    #[error("the journal cannot be written (read-only file or folder, or the disk is full)")]
    Full,
    /// Nothing is recorded for a resident without their consent for it.
    #[error("no consent on file for {}", .0.as_str())]
    NoConsent(crate::journal::consent::Purpose),
    /// A request the journal refuses as it stands (an unknown signal, an empty correction).
    #[error("{0}")]
    Invalid(String),
    #[error("the journal could not save: {0}")]
    Sql(rusqlite::Error),
}

/// A failed read or write after opening: the causes a person can act on get their words.
impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Self::Busy,
            Some(ErrorCode::ReadOnly | ErrorCode::DiskFull) => Self::Full,
            _ => Self::Sql(e),
        }
    }
}

/// An open journal database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and migrates it.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let p = path.display().to_string();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::Open {
                path: p.clone(),
                why: e.to_string(),
            })?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags).map_err(|e| classify(e, &p))?;
        conn.busy_timeout(Duration::from_secs(5))
            .map_err(|e| classify(e, &p))?;
        // WAL: readers never block the writer, and a crash mid-write loses only that write.
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| classify(e, &p))?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(|e| classify(e, &p))?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(|e| classify(e, &p))?;
        // What is deleted (a purge, an erasure) is overwritten on disk, not just unlinked.
        conn.pragma_update(None, "secure_delete", "ON")
            .map_err(|e| classify(e, &p))?;
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| classify(e, &p))?;
        if version > migrations::latest() {
            return Err(StoreError::TooNew {
                path: p,
                found: version,
            });
        }
        migrations::all()
            .to_latest(&mut conn)
            .map_err(|e| match e {
                rusqlite_migration::Error::RusqliteError { err, .. } => classify(err, &p),
                other => StoreError::Open {
                    path: p.clone(),
                    why: other.to_string(),
                },
            })?;
        Ok(Self {
            conn,
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// SQLite's own check of the file, "ok" when healthy.
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

/// Turns SQLite's codes into the errors a caregiver can act on.
fn classify(e: rusqlite::Error, path: &str) -> StoreError {
    let path = path.to_string();
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Locked { path },
        Some(ErrorCode::ReadOnly | ErrorCode::DiskFull | ErrorCode::CannotOpen)
            if path_is_readonly(&path) =>
        {
            StoreError::ReadOnly { path }
        }
        Some(ErrorCode::ReadOnly | ErrorCode::DiskFull) => StoreError::ReadOnly { path },
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => StoreError::Corrupt { path },
        _ => StoreError::Open {
            path,
            why: e.to_string(),
        },
    }
}

fn path_is_readonly(path: &str) -> bool {
    std::fs::metadata(path)
        .map(|m| m.permissions().readonly())
        .unwrap_or(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn creates_migrates_and_reopens() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/journal.sqlite");
        let s = Store::open(&path).unwrap();
        let mode: String = s
            .conn()
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: i64 = s
            .conn()
            .pragma_query_value(None, "foreign_keys", |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
        assert_eq!(s.integrity_check().unwrap(), "ok");
        drop(s);
        let s = Store::open(&path).unwrap();
        let v: i64 = s
            .conn()
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, migrations::latest());
    }

    #[test]
    fn a_file_that_is_not_a_database_is_reported_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.sqlite");
        let junk =
            b"this is a note, not a database, and it is long enough to have a header...........";
        std::fs::write(&path, junk).unwrap();
        let err = Store::open(&path).err().unwrap();
        assert!(matches!(err, StoreError::Corrupt { .. }), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), junk);
    }

    #[test]
    fn a_save_while_another_program_holds_the_journal_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.sqlite");
        let mut s = Store::open(&path).unwrap();
        s.conn.busy_timeout(Duration::from_millis(200)).unwrap();
        let other = Connection::open(&path).unwrap();
        other.execute_batch("BEGIN EXCLUSIVE").unwrap();
        let new = crate::journal::NewResident {
            preferred_name: "Rose".into(),
            language: "en".into(),
            is_demo: false,
        };
        let err = crate::journal::residents::add(&mut s, &new).unwrap_err();
        assert!(matches!(err, StoreError::Busy), "{err:?}");
        assert!(
            err.to_string().contains("in use by another program"),
            "{err}"
        );
        other.execute_batch("ROLLBACK").unwrap();
        assert!(
            crate::journal::residents::add(&mut s, &new).is_ok(),
            "usable once released"
        );
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.sqlite");
        drop(Store::open(&path).unwrap());
        let c = Connection::open(&path).unwrap();
        c.pragma_update(None, "user_version", migrations::latest() + 1)
            .unwrap();
        drop(c);
        assert!(matches!(
            Store::open(&path).err().unwrap(),
            StoreError::TooNew { .. }
        ));
    }
}

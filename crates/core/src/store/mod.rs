//! The SQLite file that holds residents and what they said: encrypted at rest (SQLCipher,
//! with this device's key), opened with WAL and foreign keys, brought to the current schema
//! by migrations, and failures told in plain words. A journal made by an earlier Hearth, not
//! yet encrypted, is encrypted in place the first time it is opened.

mod copy;
pub mod key;
pub mod key_box;
mod migrations;
mod passphrase;

use std::path::{Path, PathBuf};
use std::time::Duration;

pub use key::{key_file, Key, KeyError};
pub use key_box::{passphrase_weakness, PassphraseWeakness, RecoveryCode};
pub use passphrase::{is_protected, Secret};
use rusqlite::{
    params, Connection, ErrorCode, OpenFlags, Savepoint, Transaction, TransactionBehavior,
};

/// What can go wrong with the database, in words a person can act on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the journal {path} is in use by another program; close it and try again")]
    Locked { path: String },
    #[error(
        "the journal {path} cannot be written (read-only file or folder, or the disk is full)"
    )]
    ReadOnly { path: String },
    #[error(
        "the journal {path} cannot be read: it is damaged, or this device's key file is not the \
         one it was made with; restore the journal or the key from a backup (Hearth has not \
         changed it)"
    )]
    Corrupt { path: String },
    #[error("{0}")]
    Key(#[from] KeyError),
    #[error("the journal is locked: it opens with the staff passphrase or the recovery code")]
    NeedsPassphrase,
    #[error("the journal {path} was made by a newer Hearth (schema {found}); update Hearth")]
    TooNew { path: String, found: i64 },
    #[error("cannot open the journal {path}: {why}")]
    Open { path: String, why: String },
    #[error("the journal is in use by another program; close it and try again")]
    Busy,
    #[error("the journal cannot be written (read-only file or folder, or the disk is full)")]
    Full,
    /// A request refused as it stands (a passphrase set twice, a setting out of range): a
    /// reason the window says in the person's language.
    #[error("{0}")]
    Refused(crate::refusal::Refusal),
    /// A thread panicked while it held the journal; what it was writing was rolled back.
    #[error("an earlier save crashed; restart Hearth")]
    Crashed,
    #[error("the journal could not save: {0}")]
    Sql(rusqlite::Error),
}

impl From<crate::refusal::Refusal> for StoreError {
    fn from(r: crate::refusal::Refusal) -> Self {
        Self::Refused(r)
    }
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
    /// What the file is encrypted with: a copy of it (a backup) is made under the same key.
    key: Key,
}

impl Store {
    /// Opens (creating if needed) the database at `path` with this device's key (see
    /// `key_file`) and migrates it. A journal under the staff passphrase opens with
    /// [`Store::unlock`] instead.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        if is_protected(path) {
            return Err(StoreError::NeedsPassphrase);
        }
        let key = Key::load_or_create(&key_file())?;
        let opened = Self::open_with(path, &key);
        if passphrase::settle(path, &opened) {
            return Err(StoreError::NeedsPassphrase);
        }
        opened
    }

    /// As [`Store::open`], with `key`.
    pub fn open_with(path: &Path, key: &Key) -> Result<Self, StoreError> {
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
        if is_plaintext(path) {
            encrypt_in_place(path, key).map_err(|e| classify(e, &p))?;
        }
        let mut conn = Connection::open_with_flags(path, flags).map_err(|e| classify(e, &p))?;
        // Migrations' transactions take the write lock when they begin (see `Store::write`).
        conn.set_transaction_behavior(TransactionBehavior::Immediate);
        // The key comes before anything else reads the file.
        conn.pragma_update(None, "key", key.pragma().as_str())
            .map_err(|e| classify(e, &p))?;
        conn.busy_timeout(Duration::from_secs(5))
            .map_err(|e| classify(e, &p))?;
        // A wrong key (or a damaged file) shows at the first read: say so before changing
        // anything.
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })
        .map_err(|e| classify(e, &p))?;
        // WAL: readers never block the writer, and a crash mid-write loses only that write.
        // FULL: a note Hearth said it wrote down is on disk, even if the power goes next.
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| classify(e, &p))?;
        conn.pragma_update(None, "synchronous", "FULL")
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
            key: key.clone(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Begins a write: committed whole or not at all. On its own it takes the write lock at
    /// once: a deferred transaction that reads first (consent, say) and then writes fails
    /// at once, busy timeout or not, if another connection wrote in between
    /// (SQLITE_BUSY_SNAPSHOT), and the save would be lost. Inside a larger write (an audited
    /// change) it is a savepoint of that write.
    pub(crate) fn write(&mut self) -> rusqlite::Result<Write<'_>> {
        if self.conn.is_autocommit() {
            self.conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map(Write::Alone)
        } else {
            self.conn.savepoint().map(Write::Within)
        }
    }

    /// For the benchmarks only (`hearth bench-purge`, `bench-backup`): the journal as schema
    /// 11 left it (no purge indexes, no erased-resident triggers, no reader beside a signal),
    /// so the next open times the upgrade on a big journal.
    #[doc(hidden)]
    pub fn as_schema_11(&self) -> Result<(), StoreError> {
        Ok(self.conn.execute_batch(
            "ALTER TABLE signals DROP COLUMN sounds_like; ALTER TABLE signals DROP COLUMN reader;
             DROP INDEX utterances_by_end; DROP INDEX notes_by_utterance;
             DROP TRIGGER erased_residents_stay_erased; DROP TRIGGER no_consent_for_the_erased;
             DROP TRIGGER no_notes_for_the_erased; DROP TRIGGER no_words_for_the_erased;
             PRAGMA user_version = 11;",
        )?)
    }

    /// For the package test only: the journal as a newer Hearth would leave it (a schema
    /// past this one's), to show an older Hearth refuses it and changes nothing.
    #[doc(hidden)]
    pub fn as_newer_schema(&self) -> Result<(), StoreError> {
        Ok(self
            .conn
            .pragma_update(None, "user_version", migrations::latest() + 1)?)
    }

    /// SQLite's own check of the file, "ok" when healthy.
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

/// The schema this Hearth makes and reads (a journal's `user_version`).
pub fn schema_version() -> i64 {
    migrations::latest()
}

/// A write under way (see [`Store::write`]); dropped without `commit`, it is undone.
pub(crate) enum Write<'a> {
    Alone(Transaction<'a>),
    Within(Savepoint<'a>),
}

impl Write<'_> {
    pub(crate) fn commit(self) -> rusqlite::Result<()> {
        match self {
            Write::Alone(t) => t.commit(),
            Write::Within(s) => s.commit(),
        }
    }
}

impl std::ops::Deref for Write<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        match self {
            Write::Alone(t) => t,
            Write::Within(s) => s,
        }
    }
}

/// A journal made before encryption: SQLite's own header in clear.
fn is_plaintext(path: &Path) -> bool {
    let mut head = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head))
        .is_ok_and(|()| &head == b"SQLite format 3\0")
}

/// Encrypts an earlier Hearth's journal: copied whole into an encrypted file beside it
/// (SQLCipher's `sqlcipher_export`), which then replaces it in one rename. Nothing is lost if
/// this stops half-way: the clear journal stays until the encrypted one is complete.
fn encrypt_in_place(path: &Path, key: &Key) -> Result<(), rusqlite::Error> {
    let encrypted = path.with_extension("sqlite.encrypting");
    let _ = std::fs::remove_file(&encrypted);
    let clear = Connection::open(path)?;
    // Everything in the WAL into the file, and no other program using it meanwhile.
    clear.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    clear.pragma_update(None, "journal_mode", "DELETE")?;
    clear.execute_batch("BEGIN EXCLUSIVE; COMMIT;")?;
    clear.execute(
        "ATTACH DATABASE ?1 AS encrypted KEY ?2",
        params![encrypted.display().to_string(), key.pragma().as_str()],
    )?;
    clear.query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))?;
    let version: i64 = clear.pragma_query_value(None, "user_version", |r| r.get(0))?;
    clear.execute_batch(&format!(
        "PRAGMA encrypted.user_version = {version}; DETACH DATABASE encrypted;"
    ))?;
    drop(clear);
    std::fs::rename(&encrypted, path).map_err(|e| {
        rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
            Some(format!("could not replace the clear journal: {e}")),
        )
    })?;
    log::info!("journal {} encrypted", path.display());
    Ok(())
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

    /// Another program's connection to the journal, with this device's key.
    fn keyed(path: &Path) -> Connection {
        let c = Connection::open(path).unwrap();
        let key = Key::load_or_create(&key_file()).unwrap();
        c.pragma_update(None, "key", key.pragma().as_str()).unwrap();
        c
    }

    fn test_key(dir: &Path, name: &str) -> Key {
        Key::load_or_create(&dir.join(name)).unwrap()
    }

    /// The benchmarks' schema-11 journal is what schema 11 really was: the next open runs
    /// every later step on it and ends with the schema a fresh journal has.
    #[test]
    fn a_journal_put_back_to_schema_11_upgrades_to_the_latest() {
        let dir = tempfile::tempdir().unwrap();
        let key = test_key(dir.path(), "a.key");
        let fresh = dir.path().join("fresh.sqlite");
        let older = dir.path().join("older.sqlite");
        let schema = |s: &Store| -> Vec<String> {
            let mut q = s
                .conn()
                .prepare("SELECT coalesce(sql, name) FROM sqlite_master ORDER BY name")
                .unwrap();
            q.query_map([], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect()
        };
        let want = schema(&Store::open_with(&fresh, &key).unwrap());
        Store::open_with(&older, &key)
            .unwrap()
            .as_schema_11()
            .unwrap();
        let upgraded = Store::open_with(&older, &key).unwrap();
        let version: i64 = upgraded
            .conn()
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, schema_version());
        assert_eq!(
            schema(&upgraded),
            want,
            "the same tables, indexes and triggers"
        );
        assert_eq!(upgraded.integrity_check().unwrap(), "ok");
    }

    #[test]
    fn the_file_is_encrypted_and_a_wrong_key_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.sqlite");
        let key = test_key(dir.path(), "a.key");
        let mut s = Store::open_with(&path, &key).unwrap();
        let new = crate::journal::NewResident {
            preferred_name: "Rosalind".into(),
            language: "en".into(),
            is_demo: false,
        };
        crate::journal::residents::add(&mut s, &new).unwrap();
        drop(s);
        let bytes = std::fs::read(&path).unwrap();
        assert!(!bytes.starts_with(b"SQLite format 3"), "no clear header");
        assert!(
            !bytes.windows(8).any(|w| w == b"Rosalind"),
            "no name in clear"
        );
        let other = test_key(dir.path(), "b.key");
        let err = Store::open_with(&path, &other).err().unwrap();
        assert!(matches!(err, StoreError::Corrupt { .. }), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "left as it was");
        let s = Store::open_with(&path, &key).unwrap();
        assert_eq!(crate::journal::residents::list(&s).unwrap().len(), 1);
    }

    #[test]
    fn a_journal_from_before_encryption_is_encrypted_in_place_and_keeps_everything() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.sqlite");
        {
            // An earlier Hearth's journal: clear, in WAL mode, with a resident in it.
            let c = Connection::open(&path).unwrap();
            c.pragma_update(None, "journal_mode", "WAL").unwrap();
            migrations::all().to_latest(&mut { c }).unwrap();
        }
        {
            let c = Connection::open(&path).unwrap();
            c.execute(
                "INSERT INTO residents (preferred_name, language, is_demo, created_ms)
                 VALUES ('Rosalind', 'en', 0, 1)",
                [],
            )
            .unwrap();
        }
        assert!(is_plaintext(&path));
        let key = test_key(dir.path(), "a.key");
        let s = Store::open_with(&path, &key).unwrap();
        assert_eq!(
            crate::journal::residents::list(&s).unwrap()[0].preferred_name,
            "Rosalind"
        );
        assert_eq!(s.integrity_check().unwrap(), "ok");
        drop(s);
        assert!(!is_plaintext(&path));
        assert!(!std::fs::read(&path)
            .unwrap()
            .windows(8)
            .any(|w| w == b"Rosalind"));
        assert!(!path.with_extension("sqlite.encrypting").exists());
    }

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
        let sync: i64 = s
            .conn()
            .pragma_query_value(None, "synchronous", |r| r.get(0))
            .unwrap();
        assert_eq!(
            sync, 2,
            "FULL: a commit is on disk before Hearth says it is saved"
        );
        // Every foreign key has an index that starts with it: deleting a row a purge or an
        // erasure walks must not scan the whole child table.
        let unindexed: Vec<String> = s
            .conn()
            .prepare(
                "SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f
                 WHERE m.type = 'table' AND NOT EXISTS (
                     SELECT 1 FROM pragma_index_list(m.name) i, pragma_index_info(i.name) c
                     WHERE c.seqno = 0 AND c.name = f.\"from\")",
            )
            .unwrap()
            .query_map([], |r| {
                Ok(format!(
                    "{}.{}",
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?
                ))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(
            unindexed.is_empty(),
            "foreign keys without an index: {unindexed:?}"
        );
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
        let other = keyed(&path);
        other.execute_batch("BEGIN EXCLUSIVE").unwrap();
        let new = crate::journal::NewResident {
            preferred_name: "Rose".into(),
            language: "en".into(),
            is_demo: false,
        };
        let err = crate::journal::residents::add(&mut s, &new).unwrap_err();
        assert!(
            matches!(err, crate::journal::JournalError::Store(StoreError::Busy)),
            "{err:?}"
        );
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

    /// The crash test's failure on CI: a save that read consent, then found another writer
    /// holding the journal, failed with "busy" at once instead of waiting its turn.
    #[test]
    fn a_save_waits_for_another_writer_instead_of_failing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.sqlite");
        let mut s = Store::open(&path).unwrap();
        let r = crate::journal::residents::add(
            &mut s,
            &crate::journal::NewResident {
                preferred_name: "Rose".into(),
                language: "en".into(),
                is_demo: false,
            },
        )
        .unwrap();
        crate::journal::consent::give_all(&s, r.id, "the resident", 0).unwrap();
        let (holding, held) = std::sync::mpsc::channel();
        let other = std::thread::spawn({
            let path = path.clone();
            move || {
                let c = keyed(&path);
                c.execute_batch(
                    "BEGIN IMMEDIATE;
                     INSERT INTO residents (preferred_name, created_ms) VALUES ('Paul', 0);",
                )
                .unwrap();
                holding.send(()).unwrap();
                std::thread::sleep(Duration::from_millis(300));
                c.execute_batch("COMMIT").unwrap();
            }
        });
        held.recv().unwrap();
        let said = crate::journal::NewUtterance {
            resident_id: r.id,
            started_ms: 0,
            ended_ms: 1000,
            text: "I slept well".into(),
            language: "en".into(),
            model: "base".into(),
        };
        let saved = crate::journal::notes::record_spoken(&mut s, &said);
        other.join().unwrap();
        assert!(saved.is_ok(), "{saved:?}");
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.sqlite");
        drop(Store::open(&path).unwrap());
        let c = keyed(&path);
        c.pragma_update(None, "user_version", migrations::latest() + 1)
            .unwrap();
        drop(c);
        assert!(matches!(
            Store::open(&path).err().unwrap(),
            StoreError::TooNew { .. }
        ));
    }
}

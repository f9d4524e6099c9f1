//! A whole copy of the open journal, taken while it stays in use (SQLite's online backup,
//! page by page), encrypted with the journal's own key: a copy plus the key box opens with
//! the staff passphrase or the recovery code, like the journal itself.

use std::path::Path;
use std::time::Duration;

use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};

use super::{classify, Store, StoreError};

/// Pages copied a step: between steps others may write (the copy then restarts its pass,
/// which SQLite does by itself), so a save never waits long on a backup.
const PAGES_A_STEP: std::os::raw::c_int = 1024;

impl Store {
    /// Writes a consistent copy of the journal to `dest` (a new file; an existing one is
    /// replaced), under the same key.
    pub fn copy_to(&self, dest: &Path) -> Result<(), StoreError> {
        let p = dest.display().to_string();
        let mut copy = Connection::open(dest).map_err(|e| classify(e, &p))?;
        copy.pragma_update(None, "key", self.key.pragma().as_str())
            .map_err(|e| classify(e, &p))?;
        Backup::new(&self.conn, &mut copy)
            .and_then(|b| b.run_to_completion(PAGES_A_STEP, Duration::from_millis(5), None))
            .map_err(|e| classify(e, &p))?;
        // The copy is a file of its own: everything in it, nothing left in a WAL beside it.
        copy.pragma_update(None, "journal_mode", "DELETE")
            .map_err(|e| classify(e, &p))?;
        Ok(())
    }

    /// Opens the copy at `path` read-only under this journal's key and runs SQLite's
    /// integrity check: what it answers ("ok" for a sound copy). Read-only, so the file's
    /// checksum is the same after as before.
    pub fn check_copy(&self, path: &Path) -> Result<String, StoreError> {
        let p = path.display().to_string();
        let copy = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| classify(e, &p))?;
        copy.pragma_update(None, "key", self.key.pragma().as_str())
            .map_err(|e| classify(e, &p))?;
        copy.query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .map_err(|e| classify(e, &p))
    }
}

#[cfg(test)]
mod tests {
    use crate::journal::testing;
    use crate::store::{Secret, Store};

    #[test]
    fn a_copy_opens_with_the_passphrase_and_holds_everything() {
        let (dir, mut store, _) = testing::journal(&[("Arthur", "en"), ("Marie", "fr")]);
        store.protect("the garden gate is green").unwrap();
        let dest = dir.path().join("copy.sqlite");
        store.copy_to(&dest).unwrap();
        // One file: nothing left in a WAL beside it.
        assert!(!dest.with_extension("sqlite-wal").exists());
        std::fs::copy(
            crate::store::key_box::box_file(store.path()),
            crate::store::key_box::box_file(&dest),
        )
        .unwrap();
        let copy = Store::unlock(&dest, Secret::Passphrase("the garden gate is green")).unwrap();
        assert_eq!(copy.integrity_check().unwrap(), "ok");
        let names: Vec<String> = crate::journal::residents::list(&copy)
            .unwrap()
            .into_iter()
            .map(|r| r.preferred_name)
            .collect();
        assert_eq!(names, ["Arthur", "Marie"]);
        // Encrypted: the file holds no name in clear.
        let bytes = std::fs::read(&dest).unwrap();
        assert!(!bytes.windows(6).any(|w| w == b"Arthur"));
    }

    /// The check opens the copy under the key without changing a byte of it, and a copy
    /// with a damaged page is not "ok".
    #[test]
    fn a_copy_is_checked_read_only_and_damage_is_found() {
        let (dir, mut store, ids) = testing::journal(&[("Arthur", "en")]);
        store.protect("the garden gate is green").unwrap();
        for i in 0..200 {
            testing::say(
                &mut store,
                ids[0],
                i,
                "en",
                &"my knee hurts today ".repeat(20),
            );
        }
        let dest = dir.path().join("copy.sqlite");
        store.copy_to(&dest).unwrap();
        let before = std::fs::read(&dest).unwrap();
        assert_eq!(store.check_copy(&dest).unwrap(), "ok");
        assert_eq!(std::fs::read(&dest).unwrap(), before, "read-only");
        // A page in the middle scribbled over: SQLCipher's page check or SQLite's finds it.
        let mut bytes = before;
        let page = bytes.len() / 4096 / 2 * 4096;
        bytes[page + 100..page + 400].fill(0x5a);
        std::fs::write(&dest, &bytes).unwrap();
        let verdict = store.check_copy(&dest);
        assert!(!matches!(verdict.as_deref(), Ok("ok")), "{verdict:?}");
    }
}

//! A whole copy of the open journal, taken while it stays in use (SQLite's online backup,
//! page by page), encrypted with the journal's own key: a copy plus the key box opens with
//! the staff passphrase or the recovery code, like the journal itself.

use std::path::Path;
use std::time::Duration;

use rusqlite::backup::Backup;
use rusqlite::Connection;

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
}

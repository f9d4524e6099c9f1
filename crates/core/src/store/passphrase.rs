//! Putting the journal under the staff passphrase, opening it with the passphrase or the
//! recovery code, and changing the passphrase. Protecting draws a new key that exists only
//! in the key box, and re-encrypts the journal with it (SQLCipher's rekey): this device's
//! key file, which other journals may share, stays as it was and no longer opens this one.

use crate::refusal::Refusal;
use std::path::{Path, PathBuf};

use super::key::{Key, KeyError};
use super::key_box::{box_file, KeyBox, RecoveryCode};
use super::{Store, StoreError};

/// What a member of staff typed to open the journal.
#[derive(Clone, Copy)]
pub enum Secret<'a> {
    Passphrase(&'a str),
    RecoveryCode(&'a str),
}

impl Secret<'_> {
    fn open(self, key_box: &KeyBox) -> Result<Key, KeyError> {
        match self {
            Self::Passphrase(p) => key_box.open(p),
            Self::RecoveryCode(c) => key_box.open_with_recovery(c),
        }
    }
}

/// The box written before the journal is re-encrypted, renamed into place after: which of
/// the two exists after a crash tells which key the journal is under (see `settle`).
fn pending_box_file(journal: &Path) -> PathBuf {
    journal.with_extension("keybox.pending")
}

/// Whether the journal at `path` is under the staff passphrase.
pub fn is_protected(journal: &Path) -> bool {
    box_file(journal).exists()
}

/// After a crash while protecting: if the device key still opens the journal, the rekey never
/// happened and the pending box is dropped; otherwise it happened and the box is put in place.
pub(super) fn settle(journal: &Path, opened: &Result<Store, StoreError>) -> bool {
    let pending = pending_box_file(journal);
    if !pending.exists() {
        return false;
    }
    match opened {
        Ok(_) => {
            let _ = std::fs::remove_file(&pending);
            false
        }
        Err(StoreError::Corrupt { .. }) => std::fs::rename(&pending, box_file(journal)).is_ok(),
        Err(_) => false,
    }
}

impl Store {
    /// Opens a journal that is under the staff passphrase, with it or the recovery code.
    pub fn unlock(path: &Path, secret: Secret<'_>) -> Result<Self, StoreError> {
        let Some(key_box) = KeyBox::load(&box_file(path))? else {
            return Self::open(path);
        };
        Self::open_with(path, &secret.open(&key_box)?)
    }

    pub fn is_protected(&self) -> bool {
        is_protected(&self.path)
    }

    /// Puts this journal under `passphrase`: answers the recovery code, to be shown once.
    pub fn protect(&mut self, passphrase: &str) -> Result<RecoveryCode, StoreError> {
        if self.is_protected() {
            return Err(Refusal::PassphraseAlreadySet.into());
        }
        let key = Key::random();
        let (sealed, code) = KeyBox::seal(&key, passphrase)?;
        let pending = pending_box_file(&self.path);
        sealed.save(&pending)?;
        if let Err(e) = rekey(&self.conn, &key) {
            // Not rekeyed (another program holds the file, say): the device key still opens it.
            let _ = std::fs::remove_file(&pending);
            return Err(e.into());
        }
        self.key = key;
        std::fs::rename(&pending, box_file(&self.path)).map_err(|e| KeyError::Io {
            path: pending.display().to_string(),
            why: e.to_string(),
        })?;
        log::info!(
            "journal {} put under the staff passphrase",
            self.path.display()
        );
        Ok(code)
    }

    /// A new passphrase (and recovery code: the old one stops working), given the current
    /// passphrase or the recovery code. The journal's key does not change.
    pub fn change_passphrase(
        &self,
        current: Secret<'_>,
        new: &str,
    ) -> Result<RecoveryCode, StoreError> {
        let path = box_file(&self.path);
        let Some(key_box) = KeyBox::load(&path)? else {
            return Err(Refusal::NoPassphraseYet.into());
        };
        let key = current.open(&key_box)?;
        let (sealed, code) = KeyBox::seal(&key, new)?;
        sealed.save(&path)?;
        Ok(code)
    }
}

/// Re-encrypts every page with `key`. SQLCipher rekeys only outside WAL: everything goes
/// into the main file first, and WAL comes back after, whether the rekey worked or not.
fn rekey(conn: &rusqlite::Connection, key: &Key) -> Result<(), rusqlite::Error> {
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    conn.pragma_update(None, "journal_mode", "DELETE")?;
    let rekeyed = conn.pragma_update(None, "rekey", key.pragma().as_str());
    conn.pragma_update(None, "journal_mode", "WAL")?;
    rekeyed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::testing;

    #[test]
    fn a_protected_journal_opens_only_with_the_passphrase_or_the_code_and_keeps_everything() {
        let (dir, mut store, _) = testing::journal(&[("Arthur", "en")]);
        let path = store.path().to_path_buf();
        let names = |s: &Store| -> Vec<String> {
            let list = crate::journal::residents::list(s).unwrap();
            list.into_iter().map(|r| r.preferred_name).collect()
        };
        assert_eq!(names(&store), ["Arthur"]);
        assert!(!store.is_protected());
        let code = store.protect("the garden gate is green").unwrap();
        assert!(store.is_protected());
        // Still usable as it is, and after the rekey the file is whole.
        assert_eq!(store.integrity_check().unwrap(), "ok");
        drop(store);
        assert!(!pending_box_file(&path).exists());

        // The device key no longer opens it; Store::open says a passphrase is needed.
        assert!(matches!(
            Store::open(&path),
            Err(StoreError::NeedsPassphrase)
        ));
        let device = Key::load_or_create(&crate::store::key_file()).unwrap();
        assert!(matches!(
            Store::open_with(&path, &device),
            Err(StoreError::Corrupt { .. })
        ));
        assert!(matches!(
            Store::unlock(&path, Secret::Passphrase("the garden gate is red")),
            Err(StoreError::Key(KeyError::WrongPassphrase))
        ));
        let s = Store::unlock(&path, Secret::Passphrase("the garden gate is green")).unwrap();
        assert_eq!(names(&s), ["Arthur"]);
        drop(s);
        let s = Store::unlock(&path, Secret::RecoveryCode(&code.grouped())).unwrap();

        // A new passphrase, from the recovery code: the old passphrase and code stop working.
        let new_code = s
            .change_passphrase(
                Secret::RecoveryCode(&code.grouped()),
                "a new gate, painted blue",
            )
            .unwrap();
        assert!(matches!(
            s.change_passphrase(
                Secret::Passphrase("the garden gate is green"),
                "whatever it is"
            ),
            Err(StoreError::Key(KeyError::WrongPassphrase))
        ));
        drop(s);
        assert!(Store::unlock(&path, Secret::RecoveryCode(&code.grouped())).is_err());
        assert!(Store::unlock(&path, Secret::Passphrase("a new gate, painted blue")).is_ok());
        assert!(Store::unlock(&path, Secret::RecoveryCode(&new_code.grouped())).is_ok());
        drop(dir);
    }

    #[test]
    fn a_crash_while_protecting_leaves_the_journal_openable_either_way() {
        let (_dir, store, _) = testing::journal(&[("Arthur", "en")]);
        let path = store.path().to_path_buf();
        drop(store);
        // Box written, rekey not done: the device key still opens it; the box is dropped.
        let (sealed, _) = KeyBox::seal(&Key::random(), "written before the crash").unwrap();
        sealed.save(&pending_box_file(&path)).unwrap();
        assert!(Store::open(&path).is_ok());
        assert!(!pending_box_file(&path).exists());
        assert!(!is_protected(&path));

        // Rekey done, rename not: the pending box is put in place and opens the journal.
        let mut store = Store::open(&path).unwrap();
        store.protect("rekeyed before the crash").unwrap();
        drop(store);
        std::fs::rename(box_file(&path), pending_box_file(&path)).unwrap();
        assert!(matches!(
            Store::open(&path),
            Err(StoreError::NeedsPassphrase)
        ));
        assert!(is_protected(&path));
        assert!(Store::unlock(&path, Secret::Passphrase("rekeyed before the crash")).is_ok());
    }

    #[test]
    fn a_journal_another_program_is_reading_is_not_half_locked() {
        let (_dir, mut store, _) = testing::journal(&[("Arthur", "en")]);
        let other = Store::open(store.path()).unwrap();
        other.conn().execute_batch("BEGIN").unwrap();
        let n: i64 = other
            .conn()
            .query_row("SELECT count(*) FROM residents", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1);
        assert!(store.protect("while someone reads").is_err());
        assert!(!store.is_protected());
        assert!(!pending_box_file(store.path()).exists());
        other.conn().execute_batch("COMMIT").unwrap();
        drop(other);
        // Still whole, still under this device's key, and lockable now.
        assert_eq!(store.integrity_check().unwrap(), "ok");
        let path = store.path().to_path_buf();
        assert!(Store::open(&path).is_ok());
        store.protect("while nobody reads").unwrap();
    }

    #[test]
    fn weak_passphrases_change_nothing() {
        let (_dir, mut store, _) = testing::journal(&[("Arthur", "en")]);
        assert!(matches!(
            store.protect("short"),
            Err(StoreError::Key(KeyError::WeakPassphrase(
                crate::store::PassphraseWeakness::Short
            )))
        ));
        assert!(!store.is_protected());
        assert!(!pending_box_file(store.path()).exists());
    }
}

//! The journal's encryption key (SQLCipher, AES-256): 32 random bytes. Until staff choose a
//! passphrase (see `key_box`), it is this device's key, kept in a file readable only by this
//! user, in the configuration folder — not beside the journal, so a copy of the data folder
//! alone cannot be read.

use std::path::{Path, PathBuf};

use rand_core::{OsRng, RngCore};

/// `HEARTH_KEY_FILE`, else `journal.key` in the OS's per-user configuration folder
/// (`~/.config/hearth/` on Linux).
pub fn key_file() -> PathBuf {
    if let Some(f) = std::env::var_os("HEARTH_KEY_FILE").filter(|f| !f.is_empty()) {
        return PathBuf::from(f);
    }
    directories::ProjectDirs::from("eu", "Hearth", "hearth")
        .map(|p| p.config_dir().join("journal.key"))
        .unwrap_or_else(|| PathBuf::from(".hearth-journal.key"))
}

#[derive(Clone, PartialEq, Eq)]
pub struct Key([u8; 32]);

impl Drop for Key {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.0);
    }
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(…)") // never in a log
    }
}

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("the journal's key file {path} cannot be read or written: {why}")]
    Io { path: String, why: String },
    #[error("the journal's key file {path} is damaged (it should hold 64 hexadecimal digits)")]
    Damaged { path: String },
    #[error(
        "the staff passphrase's key box is damaged ({0}); restore journal.keybox from a backup"
    )]
    BoxDamaged(String),
    #[error("that is not the staff passphrase")]
    WrongPassphrase,
    #[error("that is not the recovery code")]
    WrongRecoveryCode,
    #[error("the passphrase cannot be used ({0:?})")]
    WeakPassphrase(super::key_box::PassphraseWeakness),
}

impl Key {
    /// The key in `path`, drawn and saved there (0600, whole or not at all) if there is none.
    pub fn load_or_create(path: &Path) -> Result<Self, KeyError> {
        let io = |e: std::io::Error| KeyError::Io {
            path: path.display().to_string(),
            why: e.to_string(),
        };
        match Self::load(path) {
            Ok(Some(key)) => Ok(key),
            Ok(None) => {
                let key = Self::random();
                // Not replacing keeps a key another Hearth may have written meanwhile.
                if crate::files::write_new(
                    path,
                    zeroize::Zeroizing::new(format!("{}\n", key.hex().as_str())).as_bytes(),
                )
                .map_err(io)?
                {
                    Ok(key)
                } else {
                    Self::load_or_create(path)
                }
            }
            Err(e) => Err(e),
        }
    }

    pub(crate) fn random() -> Self {
        let mut bytes = [0u8; 32];
        OsRng.fill_bytes(&mut bytes);
        Self(bytes)
    }

    pub(crate) fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    pub(crate) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The key in `path`, if there is one (a damaged file is an error).
    pub fn load(path: &Path) -> Result<Option<Self>, KeyError> {
        match std::fs::read_to_string(path) {
            Ok(text) => Self::parse(text.trim())
                .map(Some)
                .ok_or_else(|| KeyError::Damaged {
                    path: path.display().to_string(),
                }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(KeyError::Io {
                path: path.display().to_string(),
                why: e.to_string(),
            }),
        }
    }

    fn parse(hex_text: &str) -> Option<Self> {
        let bytes = hex::decode(hex_text).ok()?;
        Some(Self(bytes.try_into().ok()?))
    }

    fn hex(&self) -> zeroize::Zeroizing<String> {
        zeroize::Zeroizing::new(hex::encode(self.0))
    }

    /// The `PRAGMA key` value: a raw key, so SQLCipher skips its own passphrase derivation.
    /// Wiped once used, like the key.
    pub(crate) fn pragma(&self) -> zeroize::Zeroizing<String> {
        zeroize::Zeroizing::new(format!("x'{}'", self.hex().as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_drawn_once_kept_private_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("conf/journal.key");
        let a = Key::load_or_create(&path).unwrap();
        let b = Key::load_or_create(&path).unwrap();
        assert_eq!(a, b);
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(format!("{a:?}"), "Key(…)");
        let other = Key::load_or_create(&dir.path().join("other.key")).unwrap();
        assert_ne!(a, other);
        std::fs::write(&path, "not a key").unwrap();
        assert!(matches!(
            Key::load_or_create(&path),
            Err(KeyError::Damaged { .. })
        ));
    }
}

//! The staff passphrase's lock on the journal key. The key that encrypts the journal is
//! random; once staff choose a passphrase, this box holds it twice, sealed
//! (XChaCha20-Poly1305) under a key derived with argon2id from the passphrase, and under one
//! derived from a recovery code shown once, to be printed and kept apart. The box lives beside
//! the journal: without the passphrase or the code it opens nothing, and a copy of the data
//! folder plus either of them is a whole backup.

use std::path::{Path, PathBuf};

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand_core::{OsRng, RngCore};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::key::{Key, KeyError};

/// `journal.keybox` beside `journal.sqlite`.
pub fn box_file(journal: &Path) -> PathBuf {
    journal.with_extension("keybox")
}

/// Passphrases guessing lists try first: refused however long they are.
const COMMON: &str = include_str!("../../../../assets/passphrases/common.txt");

/// Letters and digits only, in lower case: "Pass word-123" and "password123" are one guess.
fn bare(passphrase: &str) -> String {
    passphrase
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The passphrase as the key is derived from it: Unicode NFC, so an accent typed as one
/// character or as a letter plus a combining mark opens the same box.
fn normalised(passphrase: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    passphrase.nfc().collect()
}

/// Why a passphrase cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassphraseWeakness {
    /// Under 10 characters.
    Short,
    /// Over 200 characters.
    Long,
    /// One character repeated.
    Repeated,
    /// One of the first anyone guessing would try (`assets/passphrases/common.txt`).
    Common,
}

impl PassphraseWeakness {
    pub const ALL: [PassphraseWeakness; 4] =
        [Self::Short, Self::Long, Self::Repeated, Self::Common];
}

/// Why a passphrase cannot be used; none if it can. Length is what makes a passphrase
/// strong: a few ordinary words are enough.
pub fn passphrase_weakness(passphrase: &str) -> Option<PassphraseWeakness> {
    let chars: Vec<char> = normalised(passphrase).chars().collect();
    if chars.len() < 10 {
        return Some(PassphraseWeakness::Short);
    }
    if chars.len() > 200 {
        return Some(PassphraseWeakness::Long);
    }
    if chars.iter().all(|c| *c == chars[0]) {
        return Some(PassphraseWeakness::Repeated);
    }
    let bare = bare(passphrase);
    let listed = COMMON
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .any(|l| bare == self::bare(l));
    if listed {
        return Some(PassphraseWeakness::Common);
    }
    None
}

/// The cost of turning a passphrase into a key: 64 MiB and under 0.2 s here (`hearth
/// bench-journal`), which makes guessing slow without making staff wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kdf {
    memory_kib: u32,
    passes: u32,
    lanes: u32,
}

impl Kdf {
    pub const STANDARD: Self = Self {
        memory_kib: 64 * 1024,
        passes: 3,
        lanes: 1,
    };
    /// For tests only: the same algorithm, cheap.
    pub const QUICK: Self = Self {
        memory_kib: 1024,
        passes: 1,
        lanes: 1,
    };

    /// The costs a box may ask for: read from the file, so a tampered box must not make
    /// unlocking take gigabytes or minutes.
    fn check(&self) -> Result<(), KeyError> {
        let fits = (Self::QUICK.memory_kib..=256 * 1024).contains(&self.memory_kib)
            && (1..=8).contains(&self.passes)
            && (1..=8).contains(&self.lanes);
        if fits {
            Ok(())
        } else {
            Err(KeyError::BoxDamaged(
                "its cost parameters are out of bounds".into(),
            ))
        }
    }

    fn derive(&self, secret: &[u8], salt: &[u8]) -> Result<Zeroizing<[u8; 32]>, KeyError> {
        self.check()?;
        let params = Params::new(self.memory_kib, self.passes, self.lanes, Some(32))
            .map_err(|e| KeyError::BoxDamaged(format!("its parameters: {e}")))?;
        let mut out = Zeroizing::new([0u8; 32]);
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(secret, salt, out.as_mut())
            .map_err(|e| KeyError::BoxDamaged(format!("its parameters: {e}")))?;
        Ok(out)
    }
}

/// The journal key sealed under one secret.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Sealed {
    salt: String,
    nonce: String,
    sealed_key: String,
}

impl Sealed {
    fn new(key: &Key, secret: &[u8], kdf: &Kdf) -> Result<Self, KeyError> {
        let mut salt = [0u8; 16];
        let mut nonce = [0u8; 24];
        OsRng.fill_bytes(&mut salt);
        OsRng.fill_bytes(&mut nonce);
        let wrapping = kdf.derive(secret, &salt)?;
        let sealed = XChaCha20Poly1305::new(wrapping.as_ref().into())
            .encrypt(XNonce::from_slice(&nonce), key.bytes().as_slice())
            .map_err(|_| KeyError::BoxDamaged("sealing failed".into()))?;
        Ok(Self {
            salt: hex::encode(salt),
            nonce: hex::encode(nonce),
            sealed_key: hex::encode(sealed),
        })
    }

    /// The key, or None when `secret` is not the one it was sealed under.
    fn open(&self, secret: &[u8], kdf: &Kdf) -> Result<Option<Key>, KeyError> {
        let damaged = || KeyError::BoxDamaged("its contents".into());
        let salt = hex::decode(&self.salt).map_err(|_| damaged())?;
        let nonce: [u8; 24] = hex::decode(&self.nonce)
            .ok()
            .and_then(|n| n.try_into().ok())
            .ok_or_else(damaged)?;
        let sealed = hex::decode(&self.sealed_key).map_err(|_| damaged())?;
        let wrapping = kdf.derive(secret, &salt)?;
        // The AEAD tag fails alike for a wrong secret and a tampered box; the box's own
        // shape was checked above, so a failure here is a wrong secret.
        let Ok(plain) = XChaCha20Poly1305::new(wrapping.as_ref().into())
            .decrypt(XNonce::from_slice(&nonce), sealed.as_slice())
        else {
            return Ok(None);
        };
        let plain = Zeroizing::new(plain);
        let bytes: [u8; 32] = plain.as_slice().try_into().map_err(|_| damaged())?;
        Ok(Some(Key::from_bytes(bytes)))
    }
}

/// The recovery code: 30 characters (150 random bits) in six groups of five, from an
/// alphabet without look-alikes (Crockford's base 32: no I, L, O or U).
#[derive(Clone, PartialEq, Eq)]
pub struct RecoveryCode(String);

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

impl RecoveryCode {
    fn draw() -> Self {
        let mut bytes = [0u8; 30];
        OsRng.fill_bytes(&mut bytes);
        // 256 is a multiple of 32: every character is equally likely.
        Self(
            bytes
                .iter()
                .map(|b| ALPHABET[usize::from(*b % 32)] as char)
                .collect(),
        )
    }

    /// What a person typed, as the code: case, spaces and dashes do not matter, and the
    /// look-alikes O, I and L are read as 0, 1 and 1.
    fn read(typed: &str) -> String {
        typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            })
            .collect()
    }

    /// `ABCDE-FGHJK-…`, for the screen and the printout.
    pub fn grouped(&self) -> String {
        self.0
            .as_bytes()
            .chunks(5)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join("-")
    }
}

impl std::fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryCode(…)") // never in a log
    }
}

/// Boxes from this version on are sealed under the NFC form of the passphrase.
const NFC_VERSION: u32 = 2;

/// The key box as kept on disk (JSON).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KeyBox {
    version: u32,
    kdf: Kdf,
    passphrase: Sealed,
    recovery: Sealed,
}

impl KeyBox {
    /// Seals `key` under `passphrase` and a new recovery code (returned, to be shown once).
    pub fn seal(key: &Key, passphrase: &str) -> Result<(Self, RecoveryCode), KeyError> {
        Self::seal_with(key, passphrase, Kdf::STANDARD)
    }

    /// As [`KeyBox::seal`], at the cost `kdf`.
    pub fn seal_with(
        key: &Key,
        passphrase: &str,
        kdf: Kdf,
    ) -> Result<(Self, RecoveryCode), KeyError> {
        if let Some(why) = passphrase_weakness(passphrase) {
            return Err(KeyError::WeakPassphrase(why));
        }
        let code = RecoveryCode::draw();
        let sealed = Self {
            version: NFC_VERSION,
            kdf,
            passphrase: Sealed::new(key, normalised(passphrase).as_bytes(), &kdf)?,
            recovery: Sealed::new(key, code.0.as_bytes(), &kdf)?,
        };
        Ok((sealed, code))
    }

    pub fn open(&self, passphrase: &str) -> Result<Key, KeyError> {
        // Boxes before version 2 were sealed under the passphrase as typed.
        let secret = Zeroizing::new(if self.version >= NFC_VERSION {
            normalised(passphrase)
        } else {
            passphrase.to_string()
        });
        self.passphrase
            .open(secret.as_bytes(), &self.kdf)?
            .ok_or(KeyError::WrongPassphrase)
    }

    pub fn open_with_recovery(&self, typed: &str) -> Result<Key, KeyError> {
        self.recovery
            .open(RecoveryCode::read(typed).as_bytes(), &self.kdf)?
            .ok_or(KeyError::WrongRecoveryCode)
    }

    /// A box from its bytes (as kept on disk), its costs checked.
    pub fn parse(bytes: &[u8]) -> Result<Self, KeyError> {
        let b: Self =
            serde_json::from_slice(bytes).map_err(|e| KeyError::BoxDamaged(e.to_string()))?;
        b.kdf.check()?;
        Ok(b)
    }

    /// The box at `path`, if there is one.
    pub fn load(path: &Path) -> Result<Option<Self>, KeyError> {
        match std::fs::read(path) {
            Ok(bytes) => Self::parse(&bytes)
                .map(Some)
                .map_err(|e| KeyError::BoxDamaged(format!("{}: {e}", path.display()))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(KeyError::Io {
                path: path.display().to_string(),
                why: e.to_string(),
            }),
        }
    }

    /// Writes the box to `path` whole (0600, replaced in one rename) or not at all.
    pub fn save(&self, path: &Path) -> Result<(), KeyError> {
        let io = |e: &dyn std::fmt::Display| KeyError::Io {
            path: path.display().to_string(),
            why: e.to_string(),
        };
        let json = serde_json::to_vec_pretty(self).map_err(|e| io(&e))?;
        crate::files::write_whole(path, &json).map_err(|e| io(&e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> Key {
        Key::from_bytes([7u8; 32])
    }

    #[test]
    fn the_passphrase_or_the_recovery_code_opens_the_box_and_nothing_else_does() {
        let (sealed, code) = KeyBox::seal_with(&key(), "tea at four o'clock", Kdf::QUICK).unwrap();
        assert_eq!(sealed.open("tea at four o'clock").unwrap(), key());
        assert!(matches!(
            sealed.open("tea at five o'clock"),
            Err(KeyError::WrongPassphrase)
        ));
        // As printed, or typed loosely: lower case, spaces, look-alikes.
        assert_eq!(sealed.open_with_recovery(&code.grouped()).unwrap(), key());
        let loose = code
            .grouped()
            .to_lowercase()
            .replace('-', " ")
            .replace('0', "o")
            .replace('1', "l");
        assert_eq!(sealed.open_with_recovery(&loose).unwrap(), key());
        assert!(matches!(
            sealed.open_with_recovery("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA"),
            Err(KeyError::WrongRecoveryCode)
        ));
        // The passphrase does not open the recovery seal, nor the code the other.
        assert!(sealed.open(&code.grouped()).is_err());
        assert!(sealed.open_with_recovery("tea at four o'clock").is_err());
    }

    #[test]
    fn the_box_holds_no_key_in_the_clear_and_survives_a_round_trip_on_disk() {
        let dir = tempfile::tempdir().unwrap();
        let path = box_file(&dir.path().join("journal.sqlite"));
        assert_eq!(path.file_name().unwrap(), "journal.keybox");
        assert!(KeyBox::load(&path).unwrap().is_none());
        let (sealed, code) = KeyBox::seal_with(&key(), "a long walk home", Kdf::QUICK).unwrap();
        sealed.save(&path).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.contains(&hex::encode([7u8; 32])), "{text}");
        assert!(!text.contains(&code.0));
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let back = KeyBox::load(&path).unwrap().unwrap();
        assert_eq!(back.open("a long walk home").unwrap(), key());
        // Two seals of the same key share nothing a reader could match.
        let (again, other_code) =
            KeyBox::seal_with(&key(), "a long walk home", Kdf::QUICK).unwrap();
        assert_ne!(again.passphrase.sealed_key, sealed.passphrase.sealed_key);
        assert_ne!(other_code, code);
        assert_eq!(format!("{code:?}"), "RecoveryCode(…)");
        std::fs::write(&path, "{ not a box").unwrap();
        assert!(matches!(KeyBox::load(&path), Err(KeyError::BoxDamaged(_))));
    }

    #[test]
    fn weak_passphrases_are_refused_with_the_reason() {
        for (p, why) in [
            ("tea at four", None),
            ("short", Some(PassphraseWeakness::Short)),
            ("aaaaaaaaaaaa", Some(PassphraseWeakness::Repeated)),
            ("ééééééééé", Some(PassphraseWeakness::Short)),
            ("Password 123", Some(PassphraseWeakness::Common)),
            ("MOT DE PASSE", Some(PassphraseWeakness::Common)),
            ("qwerty-uiop!", Some(PassphraseWeakness::Common)),
            (
                "correct horse battery staple",
                Some(PassphraseWeakness::Common),
            ),
        ] {
            assert_eq!(passphrase_weakness(p), why, "{p}");
        }
        assert!(matches!(
            KeyBox::seal_with(&key(), "short", Kdf::QUICK),
            Err(KeyError::WeakPassphrase(PassphraseWeakness::Short))
        ));
        let i18n = hearth_i18n::I18n::load();
        // The example the screen gives, in every language, is one people copy: refused.
        for (lang, _) in i18n.languages() {
            let advice = i18n.text(&lang, "passphrase-advice", &[]);
            let example = advice
                .split(['“', '«'])
                .nth(1)
                .and_then(|rest| rest.split(['”', '»']).next())
                .unwrap_or_else(|| panic!("{lang}: no quoted example in {advice:?}"));
            assert_eq!(
                passphrase_weakness(example.trim()),
                Some(PassphraseWeakness::Common),
                "{lang}: {example}"
            );
        }
    }

    #[test]
    fn an_accent_typed_either_way_opens_the_box_and_older_boxes_still_open() {
        // "thé à quatre heures": composed, then as letters plus combining marks.
        let composed = "th\u{e9} \u{e0} quatre heures";
        let decomposed = "the\u{301} a\u{300} quatre heures";
        let (sealed, _) = KeyBox::seal_with(&key(), composed, Kdf::QUICK).unwrap();
        assert_eq!(sealed.open(decomposed).unwrap(), key());
        assert_eq!(sealed.open(composed).unwrap(), key());
        // A box from before (version 1) was sealed under the bytes as typed.
        let mut old = sealed.clone();
        old.version = 1;
        old.passphrase = Sealed::new(&key(), decomposed.as_bytes(), &Kdf::QUICK).unwrap();
        assert_eq!(old.open(decomposed).unwrap(), key());
    }

    #[test]
    fn a_tampered_box_cannot_ask_for_absurd_costs() {
        let (sealed, _) = KeyBox::seal_with(&key(), "a long walk home", Kdf::QUICK).unwrap();
        let mut json: serde_json::Value = serde_json::to_value(&sealed).unwrap();
        for (field, absurd) in [
            ("memory_kib", 64 * 1024 * 1024),
            ("passes", 100_000),
            ("lanes", 0),
        ] {
            let mut bad = json.clone();
            bad["kdf"][field] = absurd.into();
            let bad: KeyBox = serde_json::from_value(bad).unwrap();
            // Refused before any work: a 64 GiB argon2 would not return.
            assert!(
                matches!(bad.open("a long walk home"), Err(KeyError::BoxDamaged(_))),
                "{field}"
            );
        }
        json["kdf"]["passes"] = 2.into();
        let fine: KeyBox = serde_json::from_value(json).unwrap();
        assert!(matches!(
            fine.open("a long walk home"),
            Err(KeyError::WrongPassphrase)
        ));
    }
}

//! PINs: digits only, 4 to 12 of them (an administrator's at least 6: theirs opens everything),
//! not one digit repeated nor a plain run (1234, 9876); stored only as an argon2id hash (a
//! PHC string carrying its own salt and parameters).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use rand_core::OsRng;

use super::AccessError;

/// Why a PIN cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinWeakness {
    /// Something other than digits.
    Digits,
    /// Fewer than 4 digits, or more than 12.
    Length,
    /// One digit repeated (0000).
    Repeated,
    /// A plain run (1234, 9876).
    Run,
    /// Under 6 digits for an administrator, whose PIN opens everything.
    AdminLength,
}

impl PinWeakness {
    pub const ALL: [PinWeakness; 5] = [
        Self::Digits,
        Self::Length,
        Self::Repeated,
        Self::Run,
        Self::AdminLength,
    ];
}

/// Why a PIN cannot be used; none if it can.
pub fn weakness(pin: &str) -> Option<PinWeakness> {
    let digits: Vec<u32> = pin.chars().filter_map(|c| c.to_digit(10)).collect();
    if digits.len() != pin.chars().count() {
        return Some(PinWeakness::Digits);
    }
    if !(4..=12).contains(&digits.len()) {
        return Some(PinWeakness::Length);
    }
    let steps: Vec<i64> = digits
        .windows(2)
        .map(|w| i64::from(w[1]) - i64::from(w[0]))
        .collect();
    if steps.iter().all(|s| *s == 0) {
        return Some(PinWeakness::Repeated);
    }
    if steps.iter().all(|s| *s == 1) || steps.iter().all(|s| *s == -1) {
        return Some(PinWeakness::Run);
    }
    None
}

/// As [`weakness`], for someone who needs at least `min_digits`.
pub fn weakness_for(pin: &str, min_digits: usize) -> Option<PinWeakness> {
    weakness(pin).or_else(|| (pin.chars().count() < min_digits).then_some(PinWeakness::AdminLength))
}

/// The PIN's hash, if it can be used by someone who needs at least `min_digits`.
pub fn hash(pin: &str, min_digits: usize) -> Result<String, AccessError> {
    if let Some(why) = weakness_for(pin, min_digits) {
        return Err(AccessError::WeakPin(why));
    }
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AccessError::Hash(e.to_string()))
}

/// Whether `pin` is the one `stored` was made from (a damaged hash is "no").
pub fn matches(pin: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|h| {
            Argon2::default()
                .verify_password(pin.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_pins_are_refused_with_the_reason() {
        for (pin, why) in [
            ("2580", None),
            ("139742", None),
            ("123", Some(PinWeakness::Length)),
            ("1234", Some(PinWeakness::Run)),
            ("9876", Some(PinWeakness::Run)),
            ("0000", Some(PinWeakness::Repeated)),
            ("12a4", Some(PinWeakness::Digits)),
            ("1234567890123", Some(PinWeakness::Length)),
        ] {
            assert_eq!(weakness(pin), why, "{pin}");
            assert_eq!(weakness_for(pin, 4), why, "{pin}");
        }
        assert_eq!(weakness_for("2580", 6), Some(PinWeakness::AdminLength));
        assert_eq!(weakness_for("139742", 6), None);
    }

    #[test]
    fn stored_as_argon2id_and_checked() {
        let h = hash("2580", 4).unwrap();
        assert!(h.starts_with("$argon2id$"), "{h}");
        assert!(!h.contains("2580"));
        assert!(matches("2580", &h));
        assert!(!matches("2581", &h));
        assert!(!matches("2580", "not a hash"));
        assert_ne!(h, hash("2580", 4).unwrap(), "salted");
    }
}

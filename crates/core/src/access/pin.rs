//! PINs: digits only, 4 to 12 of them, not one digit repeated nor a plain run (1234, 9876);
//! stored only as an argon2id hash (a PHC string carrying its own salt and parameters).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use rand_core::OsRng;

use super::AccessError;

/// Why a PIN cannot be used, in plain words; none if it can.
pub fn weakness(pin: &str) -> Option<&'static str> {
    let digits: Vec<u32> = pin.chars().filter_map(|c| c.to_digit(10)).collect();
    if digits.len() != pin.chars().count() {
        return Some("a PIN is digits only");
    }
    if !(4..=12).contains(&digits.len()) {
        return Some("a PIN has 4 to 12 digits");
    }
    let steps: Vec<i64> = digits
        .windows(2)
        .map(|w| i64::from(w[1]) - i64::from(w[0]))
        .collect();
    if steps.iter().all(|s| *s == 0) {
        return Some("a PIN cannot be one digit repeated");
    }
    if steps.iter().all(|s| *s == 1) || steps.iter().all(|s| *s == -1) {
        return Some("a PIN cannot be a plain run like 1234");
    }
    None
}

pub fn hash(pin: &str) -> Result<String, AccessError> {
    if let Some(why) = weakness(pin) {
        return Err(AccessError::Invalid(why.into()));
    }
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AccessError::Invalid(format!("could not protect the PIN: {e}")))
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
        for (pin, ok) in [
            ("2580", true),
            ("139742", true),
            ("123", false),
            ("1234", false),
            ("9876", false),
            ("0000", false),
            ("12a4", false),
            ("1234567890123", false),
        ] {
            assert_eq!(weakness(pin).is_none(), ok, "{pin}");
        }
    }

    #[test]
    fn stored_as_argon2id_and_checked() {
        let h = hash("2580").unwrap();
        assert!(h.starts_with("$argon2id$"), "{h}");
        assert!(!h.contains("2580"));
        assert!(matches("2580", &h));
        assert!(!matches("2581", &h));
        assert!(!matches("2580", "not a hash"));
        assert_ne!(h, hash("2580").unwrap(), "salted");
    }
}

//! Typed secrets (passphrases, PINs, recovery codes): wiped when dropped, never logged.

use serde::{Deserialize, Serialize};

/// Something typed that must neither outlive its use nor reach a log: a passphrase, a PIN, a
/// recovery code. Wiped from memory when dropped, on both sides of the wire (what the
/// webview and the IPC layer copied on the way are theirs); no `Debug`, so no log can show it.
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SecretText(String);

impl SecretText {
    /// The text, for the one place that checks or derives from it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl From<String> for SecretText {
    fn from(s: String) -> Self {
        Self(s)
    }
}

impl From<&str> for SecretText {
    fn from(s: &str) -> Self {
        Self(s.into())
    }
}

impl Drop for SecretText {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SignIn;

    /// A secret is a plain string on the wire (the window and the backend agree), and wiping
    /// it leaves nothing of it.
    #[test]
    fn a_secret_travels_as_a_plain_string_and_is_wiped() {
        let sign_in: SignIn = serde_json::from_str(r#"{"staff_id":3,"pin":"139742"}"#).unwrap();
        assert_eq!(sign_in.pin.expose(), "139742");
        assert_eq!(serde_json::to_string(&sign_in.pin).unwrap(), r#""139742""#);
        let mut typed = SecretText::from("correct horse battery staple");
        zeroize::Zeroize::zeroize(&mut typed.0);
        assert!(typed.expose().is_empty());
    }
}

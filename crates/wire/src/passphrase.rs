//! The staff passphrase over the journal: unlocking, recovering, protecting, changing.

use serde::{Deserialize, Serialize};

use crate::SecretText;

// No `Debug`: it carries the staff passphrase, which must never reach a log.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct UnlockJournal {
    pub passphrase: SecretText,
}

// No `Debug`: it carries the recovery code and a passphrase, which must never reach a log.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct RecoverJournal {
    pub recovery_code: SecretText,
    pub new_passphrase: SecretText,
}

// No `Debug`: it carries the staff passphrase, which must never reach a log.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct ProtectJournal {
    pub passphrase: SecretText,
}

// No `Debug`: it carries passphrases, which must never reach a log.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct ChangePassphrase {
    pub current: SecretText,
    pub new_passphrase: SecretText,
}

/// A recovery code, shown once, grouped for reading aloud and writing down.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecoveryCodeView {
    pub code: String,
}

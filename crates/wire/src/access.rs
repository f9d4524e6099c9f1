//! Staff, signing in, and the audit log.

use serde::{Deserialize, Serialize};

use crate::named::named;

use crate::SecretText;

/// Someone who can sign in: a caregiver or a staff administrator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffView {
    pub id: i64,
    pub name: String,
    pub role: StaffRole,
}

// No `Debug`: it carries a PIN, which must never reach a log.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct SignIn {
    pub staff_id: i64,
    pub pin: SecretText,
}

// No `Debug`: it carries the staff passphrase, which must never reach a log.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct UnblockStaff {
    pub staff_id: i64,
    pub passphrase: SecretText,
}

// No `Debug`: it carries a PIN, which must never reach a log.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct NewStaff {
    pub name: String,
    pub role: StaffRole,
    pub pin: SecretText,
}

// No `Debug`: it carries a PIN, which must never reach a log.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct ResetPin {
    pub staff_id: i64,
    pub pin: SecretText,
}

/// A line of the audit log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntryView {
    pub at_ms: i64,
    pub actor: String,
    /// sign_in, sign_in_refused, sign_out, add_staff, view_board, view_notes, search,
    /// view_trends, view_handover, view_history, decide, add_note, revise_note, export,
    /// view_audit.
    pub action: String,
    pub subject: String,
    pub detail: String,
}

named! {
    pub enum StaffRole {
        Caregiver = "caregiver",
        /// A caregiver who also manages staff, residents and settings.
        Admin = "admin",
    }
}

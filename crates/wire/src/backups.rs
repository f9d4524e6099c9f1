//! Backups of the journal to a USB stick or a folder, and restoring one (administrators).

use serde::{Deserialize, Serialize};

use crate::{Problem, SecretText};

/// A backup found on a stick or in the device's backups folder, checked against its manifest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BackupView {
    pub path: String,
    /// The Hearth that made it, and when (ms since 1970); none when it cannot be read.
    pub hearth: Option<String>,
    pub created_ms: Option<i64>,
    /// Why it cannot be restored (damaged, incomplete, from a newer Hearth); none when whole.
    pub problem: Option<Problem>,
}

/// Where backups can go, and those already there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Backups {
    /// Folders a backup can be written to: USB sticks first, then this device's own folder.
    pub places: Vec<String>,
    pub found: Vec<BackupView>,
    pub daily: DailyBackupStatus,
}

/// The daily backup: into `hearth-daily/` inside `folder`, keeping the newest `keep`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DailyBackup {
    pub folder: String,
    pub keep: u32,
}

/// Whether daily backups are on, the newest one, and why the last try failed (if it did).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DailyBackupStatus {
    pub setting: Option<DailyBackup>,
    pub last_ms: Option<i64>,
    pub problem: Option<Problem>,
}

/// Restores the backup at `path` (one of those listed) with the staff passphrase it was made
/// under; `replace` says the administrator has seen that it replaces this device's journal
/// (which is kept aside, never deleted).
#[derive(Clone, Serialize, Deserialize)]
pub struct RestoreBackup {
    pub path: String,
    pub passphrase: SecretText,
    pub replace: bool,
}

/// What a restore did: where the replaced journal was kept, if there was one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Restored {
    pub replaced: Option<String>,
}

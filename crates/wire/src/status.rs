//! How Hearth is: the speech model (loading, ready, missing, being imported) and the journal.

use serde::{Deserialize, Serialize};

/// What the speech model is doing. The window never waits for the model: it shows this.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum ModelStatus {
    Loading {
        name: String,
    },
    Ready {
        name: String,
        weights: String,
        load_ms: u64,
    },
    /// No model installed: the UI says so in its language, with the command that fixes it.
    Missing {
        name: String,
        command: String,
    },
    /// The model is there but would not load; `detail` is technical, for staff.
    Failed {
        detail: String,
    },
}

/// A speech model file found on this device (a USB stick, Downloads).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelFile {
    pub path: String,
    pub size: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportModel {
    pub path: String,
}

/// How an import goes: bytes copied and checked so far, then the model installed or why not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum ModelImport {
    Copying { done: u64, total: u64 },
    Installed { name: String },
    Failed { detail: String },
}

/// Whether the journal (the database) could be opened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum JournalStatus {
    Ready {
        path: String,
        /// Under the staff passphrase (else under this device's key only).
        #[serde(default)]
        protected: bool,
    },
    /// Under the staff passphrase and not yet opened since Hearth started.
    Locked,
    /// Nothing can be saved; `detail` says why in plain (English) words, for staff.
    Failed { detail: String },
}

/// Answer of `app_status`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppStatus {
    pub version: String,
    pub model: ModelStatus,
    pub journal: JournalStatus,
}

//! Privacy: retention and its purge, the device's clock, subject access and erasure.

use serde::{Deserialize, Serialize};

/// How long Hearth keeps what residents said.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct RetentionPolicy {
    /// Days a turn's transcript is kept (7 to 3650).
    pub transcripts_days: u32,
    /// Years a note with its readings and decisions is kept (1 to 30).
    pub notes_years: u32,
}

/// How many notes, transcripts and export files a purge deletes (or would).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionCounts {
    pub notes: u64,
    pub transcripts: u64,
    pub exports: u64,
}

impl RetentionCounts {
    /// Everything counted: nothing to delete when 0.
    pub fn total(&self) -> u64 {
        self.notes + self.transcripts + self.exports
    }
}

/// A new policy; `confirmed` once the administrator has seen what it deletes.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SetRetention {
    pub policy: RetentionPolicy,
    pub confirmed: bool,
}

/// Whether the device's clock is believed enough to delete by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum ClockView {
    Plausible,
    /// Earlier than something already written (`newest_ms`).
    Behind {
        newest_ms: i64,
    },
    /// Too far past the last purge (`trusted_ms`) for the days Hearth was used since.
    Ahead {
        trusted_ms: i64,
    },
}

/// The purge, as the last one went or the one under way goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum PurgeView {
    /// Not run since Hearth started.
    NotYet,
    Running {
        done: RetentionCounts,
        due: RetentionCounts,
    },
    Done {
        at_ms: i64,
        removed: RetentionCounts,
    },
    /// Nothing was deleted: the clock looked wrong.
    Skipped {
        at_ms: i64,
    },
    Failed {
        detail: String,
    },
}

/// What administrators see of retention: the policy, the device's time, whether it is
/// believed, and the purge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RetentionStatus {
    pub policy: RetentionPolicy,
    pub now_ms: i64,
    pub clock: ClockView,
    pub purge: PurgeView,
}

/// The facts the privacy notice gives: where the journal is, and how long things are kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PrivacyFacts {
    pub journal_path: String,
    pub policy: RetentionPolicy,
}

/// Everything held about a resident, as files for them (`language`: the PDF's words).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubjectAccess {
    pub resident_id: i64,
    pub language: String,
}

/// Erases everything about a resident; `confirm_name` must be their name as on file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EraseResident {
    pub id: i64,
    pub confirm_name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErasedView {
    pub notes: usize,
    pub transcripts: usize,
    pub readings: usize,
    /// Export files of theirs deleted from the exports folder.
    pub files: usize,
}

/// The papers a home needs before it switches Hearth on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaperKind {
    /// A data protection impact assessment, drafted from this device (GDPR art. 35).
    Dpia,
    /// What the AI in Hearth does and does not do (EU AI Act transparency).
    AiTransparency,
}

/// One paper, in `language` (a code Hearth has words for).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MakePaper {
    pub kind: PaperKind,
    pub language: String,
}

//! Notes, the signals read in them, and caregivers' decisions and revisions.

use serde::{Deserialize, Serialize};

use crate::named::named;

/// Which notes to show: one resident or all, created in [from_ms, to_ms).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NotesQuery {
    pub resident_id: Option<i64>,
    pub from_ms: i64,
    pub to_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoteView {
    pub id: i64,
    pub resident_id: i64,
    pub resident_name: String,
    /// UTC milliseconds; the UI shows local time.
    pub created_ms: i64,
    pub source: NoteSource,
    /// The latest revision (the original if none).
    pub text: String,
    /// What was first saved; never changed.
    pub original: String,
    pub revisions: i64,
    /// Who wrote it, for a caregiver's note.
    pub author: Option<String>,
    /// What the machine read in the original — inferred until a caregiver confirms it.
    pub signals: Vec<SignalView>,
}

/// One inferred signal and the words it came from, and what a caregiver decided on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SignalView {
    pub id: i64,
    /// mood, pain, sleep, appetite, loneliness, urgent
    pub kind: String,
    pub value: String,
    /// English body-part name (the UI translates it).
    pub location: Option<String>,
    pub severity: Option<u8>,
    pub mild: bool,
    /// Character offsets into `original`: [start, end).
    pub start: usize,
    pub end: usize,
    pub evidence: String,
    /// Which reader made it: "lexicon" (listed words) or "model" (the meaning model).
    #[serde(default)]
    pub reader: String,
    /// For the model: the nearest annotated example, shown as "sounds like".
    #[serde(default)]
    pub sounds_like: Option<String>,
    /// The latest decision; none while it is only inferred.
    pub review: Option<ReviewView>,
}

/// A caregiver's decision on a signal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewView {
    pub action: ReviewAction,
    pub author: String,
    pub created_ms: i64,
    /// The reading that counts after it (none once dismissed).
    pub reading: Option<ReadingView>,
}

/// A reading as it counts: the machine's, or a caregiver's correction of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReadingView {
    pub kind: String,
    pub value: String,
    pub location: Option<String>,
    pub severity: Option<u8>,
    pub mild: bool,
    pub status: ReadingStatus,
}

/// A caregiver's decision on one signal; the signed-in caregiver is its author.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewSignal {
    pub signal_id: i64,
    pub decision: Decision,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Decision {
    Confirm,
    /// Only what is given changes.
    Correct {
        value: Option<String>,
        location: Option<String>,
        severity: Option<u8>,
    },
    Dismiss,
}

/// A caregiver's own note about a resident (typed, or dictated and checked).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewNote {
    pub resident_id: i64,
    pub text: String,
}

/// New words for a note; the original stays.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviseNote {
    pub note_id: i64,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RevisionView {
    pub author: String,
    pub created_ms: i64,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecisionView {
    pub signal_id: i64,
    pub action: ReviewAction,
    pub author: String,
    pub created_ms: i64,
    /// The reading as this decision left it (none: dismissed).
    pub reading: Option<ReadingView>,
}

/// Everything that happened to a note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoteHistoryView {
    pub original: String,
    pub revisions: Vec<RevisionView>,
    pub decisions: Vec<DecisionView>,
}

named! {
    /// How a note came to be.
    pub enum NoteSource {
        /// A resident's turn of talk.
        Spoken = "spoken",
        /// A caregiver's own note.
        Typed = "typed",
        CheckIn = "check_in",
    }
}

named! {
    /// What a caregiver did with an inferred signal.
    pub enum ReviewAction {
        Confirm = "confirm",
        Correct = "correct",
        Dismiss = "dismiss",
    }
}

named! {
    /// Whose a reading is: the machine's alone, or decided on by a caregiver.
    pub enum ReadingStatus {
        Inferred = "inferred",
        Confirmed = "confirmed",
        Corrected = "corrected",
    }
}

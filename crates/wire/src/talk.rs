//! Talking with Hearth: a resident's turn, a check-in, reading aloud, a caregiver's dictation.

use serde::{Deserialize, Serialize};

use crate::{NoteView, Problem};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StartListening {
    pub resident_id: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StartCheckIn {
    /// How it goes (hands-free or taps, voice, pauses, topics) is the resident's profile.
    pub resident_id: i64,
}

/// Text to speak, in a language (an espeak-ng voice: "en", "fr"…).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReadAloud {
    pub text: String,
    pub language: String,
}

/// A spoken check-in, as it happens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum CheckInState {
    /// The companion says this: shown as a large caption; `spoken` if it is also heard.
    Says {
        text: String,
        spoken: bool,
    },
    /// The companion cannot speak: captions only, and this says why.
    Silent {
        problem: Problem,
    },
    /// The resident's turn.
    YourTurn,
    Level {
        level: f32,
    },
    /// The resident is speaking (over the companion, if it was talking).
    HearingYou,
    Working,
    Heard {
        text: String,
    },
    NothingHeard,
    Failed {
        problem: Problem,
    },
    /// Over. `saved`: a note was written (nothing is saved if nothing was said).
    Ended {
        finished: bool,
        saved: bool,
        problem: Option<Problem>,
    },
}

/// One turn of listening, as it happens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum ListenState {
    /// The microphone is delivering: the person can speak.
    Listening {
        resident_id: i64,
    },
    /// Loudness 0..1 for the meter, a few times a second.
    Level {
        level: f32,
    },
    /// The length cap was reached: recording stopped by itself; what was said is kept.
    Full,
    /// Recording ended; recognising.
    Working,
    /// Recognised and saved.
    Heard {
        note: NoteView,
        finish_ms: u64,
    },
    /// Recognised, but the journal refused it (locked, full disk…): the words are shown so
    /// nobody's effort vanishes, and the problem is said.
    NotSaved {
        text: String,
        problem: Problem,
    },
    /// Silence or noise: nothing saved.
    NothingHeard,
    Failed {
        problem: Problem,
    },
}

/// A caregiver dictates in a language (the screen's).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StartDictation {
    pub language: String,
}

/// A dictation, as it happens. The words come back to the screen, never saved by themselves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum DictationState {
    Listening,
    Level { level: f32 },
    Working,
    Heard { text: String },
    NothingHeard,
    Failed { problem: Problem },
}

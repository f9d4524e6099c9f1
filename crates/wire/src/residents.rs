//! Residents: their profile, how Hearth talks with them, and their consent.

use serde::{Deserialize, Serialize};

use crate::named::named;

use crate::DisplaySettings;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResidentView {
    pub id: i64,
    pub name: String,
    /// The language the resident speaks (and is transcribed in).
    pub language: String,
    /// Created on first run so a home can try Hearth; staff remove them later.
    pub is_demo: bool,
    /// Consent to listening and to keeping their words is on file: Hearth may listen.
    #[serde(default)]
    pub may_listen: bool,
    /// How Hearth talks with them.
    #[serde(default)]
    pub preferences: ResidentPreferences,
}

/// How Hearth talks with one resident, set by staff on their profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResidentPreferences {
    /// 90 to 200 words a minute.
    pub speech_rate_wpm: u32,
    /// 10 to 100 %.
    pub volume_percent: u8,
    pub input: InputMode,
    pub pause: PauseLength,
    /// The companion's words shown on screen.
    pub captions: bool,
    /// The companion's words spoken aloud.
    pub spoken: bool,
    /// One large button does the whole conversation.
    pub one_button: bool,
    /// Text size and contrast while this resident uses the screen; `None`: the device's.
    pub display: Option<DisplaySettings>,
}

impl Default for ResidentPreferences {
    fn default() -> Self {
        Self {
            speech_rate_wpm: 140,
            volume_percent: 90,
            input: InputMode::HandsFree,
            pause: PauseLength::Normal,
            captions: true,
            spoken: true,
            one_button: false,
            display: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputMode {
    /// Press and hold while speaking.
    Hold,
    /// Tap to start, tap when finished.
    Tap,
    /// Just speak; a pause ends the turn.
    HandsFree,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PauseLength {
    Short,
    Normal,
    Long,
}

/// A resident as staff see them: profile, archive state and consent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResidentProfileView {
    pub resident: ResidentView,
    pub enjoys: Vec<String>,
    /// Topics to avoid; a check-in topic here is not asked about.
    pub avoids: Vec<String>,
    pub archived: bool,
    /// What holds now, one per purpose answered.
    pub consent: Vec<ConsentView>,
    /// Every answer on file, newest first.
    pub consent_history: Vec<ConsentView>,
}

/// A consent answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConsentView {
    pub purpose: Purpose,
    pub given: bool,
    pub given_by: String,
    pub recorded_by: String,
    pub at_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SaveResident {
    /// `None` adds a new resident.
    pub id: Option<i64>,
    pub name: String,
    pub language: String,
    pub enjoys: Vec<String>,
    pub avoids: Vec<String>,
    pub preferences: ResidentPreferences,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArchiveResident {
    pub id: i64,
    /// `false` brings the resident back.
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordConsent {
    pub resident_id: i64,
    pub purpose: Purpose,
    pub given: bool,
    /// Who answered: the resident, or who speaks for them.
    pub given_by: String,
}

named! {
    /// What a resident's consent is for.
    pub enum Purpose {
        /// Hearth may listen and recognise their words (on this device).
        SpeechRecognition = "speech_recognition",
        /// What they said may be kept as notes.
        KeepTranscripts = "keep_transcripts",
        /// Recordings of their voice may be kept (Hearth keeps none in this version).
        KeepAudio = "keep_audio",
    }
}

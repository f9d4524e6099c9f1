//! hearth-wire: what the UI and the backend say to each other. Plain data, no behaviour, so
//! it compiles for wasm (the UI) and natively (the Tauri shell) alike.

use serde::{Deserialize, Serialize};

/// Names of the Tauri commands, shared so a typo is a compile error, not a silent failure.
pub mod commands {
    /// → [`super::AppStatus`]
    pub const APP_STATUS: &str = "app_status";
    /// → `Vec<`[`super::ResidentView`]`>` or [`super::Problem`]
    pub const RESIDENTS: &str = "residents";
    /// `{ request: `[`super::StartListening`]` }` → `()` or [`super::Problem`]
    pub const START_LISTENING: &str = "start_listening";
    /// → `()`; the outcome arrives as a [`super::ListenState`] event.
    pub const STOP_LISTENING: &str = "stop_listening";
    /// `{ query: `[`super::NotesQuery`]` }` → `Vec<`[`super::NoteView`]`>` or [`super::Problem`]
    pub const NOTES: &str = "notes";
    /// `{ request: `[`super::StartCheckIn`]` }` → `()` or [`super::Problem`]; what follows
    /// arrives as [`super::CheckInState`] events.
    pub const START_CHECK_IN: &str = "start_check_in";
    /// The check-in's one big button: "let me answer" / "I've finished". → `()`
    pub const CHECK_IN_TAP: &str = "check_in_tap";
    /// Ends the check-in now, keeping what was said. → `()`
    pub const STOP_CHECK_IN: &str = "stop_check_in";
    /// `{ request: `[`super::ReadAloud`]` }` → `()` or [`super::Problem`]
    pub const READ_ALOUD: &str = "read_aloud";
    /// `{ query: `[`super::BoardQuery`]` }` → `Vec<`[`super::BoardRowView`]`>` or [`super::Problem`]
    pub const BOARD: &str = "board";
    /// `{ request: `[`super::ReviewSignal`]` }` → the note, updated: [`super::NoteView`]
    pub const REVIEW_SIGNAL: &str = "review_signal";
    /// `{ query: `[`super::SearchQuery`]` }` → `Vec<`[`super::NoteView`]`>` or [`super::Problem`]
    pub const SEARCH: &str = "search";
    /// `{ query: `[`super::TrendQuery`]` }` → `Vec<`[`super::DayReadingView`]`>`
    pub const TRENDS: &str = "trends";
    /// `{ query: `[`super::BoardQuery`]` }` (the shift so far) → [`super::HandoverView`]
    pub const HANDOVER: &str = "handover";
    /// `{ request: `[`super::ExportRequest`]` }` → [`super::Exported`] or [`super::Problem`]
    pub const EXPORT: &str = "export";
    /// `{ request: `[`super::NewNote`]` }` → the saved [`super::NoteView`]
    pub const ADD_NOTE: &str = "add_note";
    /// `{ request: `[`super::ReviseNote`]` }` → the note, revised: [`super::NoteView`]
    pub const REVISE_NOTE: &str = "revise_note";
    /// `{ noteId }` → [`super::NoteHistoryView`]
    pub const NOTE_HISTORY: &str = "note_history";
    /// `{ request: `[`super::StartDictation`]` }` → `()`; what follows arrives as
    /// [`super::DictationState`] events.
    pub const START_DICTATION: &str = "start_dictation";
    /// Ends the dictation → `()`; the words follow as an event.
    pub const STOP_DICTATION: &str = "stop_dictation";
    /// Who can sign in (names and roles only) → `Vec<`[`super::StaffView`]`>`
    pub const STAFF: &str = "staff";
    /// `{ request: `[`super::SignIn`]` }` → [`super::StaffView`] or [`super::Problem`]
    pub const SIGN_IN: &str = "sign_in";
    /// `{ request: `[`super::UnblockStaff`]` }` → `()`: the staff passphrase unblocks a PIN
    /// blocked by wrong tries (for the last administrator, whom nobody else can help).
    pub const UNBLOCK_STAFF: &str = "unblock_staff";
    pub const SIGN_OUT: &str = "sign_out";
    /// → `Option<`[`super::StaffView`]`>`: who is signed in now, if anyone.
    pub const SIGNED_IN: &str = "signed_in";
    /// `{ request: `[`super::NewStaff`]` }` → [`super::StaffView`]; a staff administrator
    /// only, except the very first (who must be an administrator).
    pub const ADD_STAFF: &str = "add_staff";
    /// `ResetPin`: a new PIN for someone who forgot theirs (administrators).
    pub const RESET_PIN: &str = "reset_pin";
    /// `staffId`: takes someone who left off the staff list (administrators).
    pub const ARCHIVE_STAFF: &str = "archive_staff";
    /// → `Vec<`[`super::AuditEntryView`]`>`, newest first; a staff administrator only.
    pub const AUDIT_LOG: &str = "audit_log";
    /// → [`super::DisplaySettings`]: how this device shows Hearth (every screen).
    pub const DISPLAY: &str = "display";
    /// `{ settings: `[`super::DisplaySettings`]` }` → `()`; a staff administrator only.
    pub const SET_DISPLAY: &str = "set_display";
    /// Every resident with profile and consent, archived ones too (administrators).
    pub const RESIDENT_PROFILES: &str = "resident_profiles";
    /// Adds (`id: None`) or changes a resident: `SaveResident` → `ResidentView`.
    pub const SAVE_RESIDENT: &str = "save_resident";
    /// `ArchiveResident`: off the lists, or back.
    pub const ARCHIVE_RESIDENT: &str = "archive_resident";
    /// `RecordConsent`: an answer given or withdrawn, in force at once.
    pub const RECORD_CONSENT: &str = "record_consent";
    /// What the privacy notice says about this device (anyone): `PrivacyFacts`.
    pub const PRIVACY_FACTS: &str = "privacy_facts";
    /// The retention policy, the purge and the clock (administrators): `RetentionStatus`.
    pub const RETENTION: &str = "retention";
    /// `{ policy: `[`super::RetentionPolicy`]` }` → [`super::RetentionCounts`]: what that
    /// policy would delete now (administrators).
    pub const RETENTION_PREVIEW: &str = "retention_preview";
    /// `{ request: `[`super::SetRetention`]` }` → `()`; refused with `must_confirm` while
    /// it would delete something and is not confirmed.
    pub const SET_RETENTION: &str = "set_retention";
    /// `{ shown_ms }` → `()`: an administrator says the date and time shown are right, and
    /// the purge may run again (administrators).
    pub const CONFIRM_CLOCK: &str = "confirm_clock";
    /// `SubjectAccess` → the paths of the JSON and PDF written.
    pub const SUBJECT_ACCESS: &str = "subject_access";
    /// `EraseResident` → `ErasedView`.
    pub const ERASE_RESIDENT: &str = "erase_resident";
    /// `{ request: `[`super::UnlockJournal`]` }` → `()` (anyone: opens a locked journal).
    pub const UNLOCK_JOURNAL: &str = "unlock_journal";
    /// `{ request: `[`super::RecoverJournal`]` }` → [`super::RecoveryCodeView`] (anyone
    /// holding the recovery code: opens the journal and sets a new passphrase).
    pub const RECOVER_JOURNAL: &str = "recover_journal";
    /// `{ request: `[`super::ProtectJournal`]` }` → [`super::RecoveryCodeView`] (first run,
    /// or an administrator).
    pub const PROTECT_JOURNAL: &str = "protect_journal";
    /// `{ request: `[`super::ChangePassphrase`]` }` → [`super::RecoveryCodeView`]
    /// (administrators).
    pub const CHANGE_PASSPHRASE: &str = "change_passphrase";
    /// → `Vec<`[`super::ModelFile`]`>`: speech model files found on this device (first run,
    /// or an administrator).
    pub const MODEL_FILES: &str = "model_files";
    /// `{ request: `[`super::ImportModel`]` }` → `()`; progress arrives as
    /// [`super::ModelImport`] events.
    pub const IMPORT_MODEL: &str = "import_model";
    /// → `Option<String>`: the language this device's screens start in (anyone).
    pub const DEVICE_LANGUAGE: &str = "device_language";
    /// `{ language: Option<String> }` → `()` (administrators; none: the system's).
    pub const SET_DEVICE_LANGUAGE: &str = "set_device_language";
}

/// Names of the events the backend sends.
pub mod events {
    /// Payload: [`super::ModelStatus`].
    pub const MODEL_STATUS: &str = "model-status";
    /// Payload: [`super::ModelImport`].
    pub const MODEL_IMPORT: &str = "model-import";
    /// Payload: [`super::ListenState`].
    pub const LISTENING: &str = "listening";
    /// Payload: [`super::NoteView`], each time a note is saved.
    pub const NOTE_SAVED: &str = "note-saved";
    /// Payload: [`super::CheckInState`].
    pub const CHECK_IN: &str = "check-in";
    /// Payload: [`super::DictationState`].
    pub const DICTATION: &str = "dictation";
}

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

/// Answer of `app_status`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppStatus {
    pub version: String,
    pub model: ModelStatus,
    pub journal: JournalStatus,
}

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

/// A consent answer. `purpose`: "speech_recognition", "keep_transcripts" or "keep_audio".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConsentView {
    pub purpose: String,
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordConsent {
    pub resident_id: i64,
    pub purpose: String,
    pub given: bool,
    /// Who answered: the resident, or who speaks for them.
    pub given_by: String,
}

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
    /// "spoken", "typed" or "check_in".
    pub source: String,
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
    /// "confirm", "correct" or "dismiss".
    pub action: String,
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
    /// "inferred", "confirmed" or "corrected".
    pub status: String,
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

/// The board for a day: notes created in [from_ms, to_ms).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoardQuery {
    pub from_ms: i64,
    pub to_ms: i64,
}

/// One resident's day on the board; rows come most pressing first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoardRowView {
    pub resident: ResidentView,
    pub notes: u32,
    pub flags: Vec<FlagView>,
    /// Every urgent reading, then the latest of each topic: the one-line summary.
    pub summary: Vec<ReadingView>,
    /// Readings nobody has decided on yet.
    pub to_review: u32,
    pub last_note_ms: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlagView {
    /// urgent, pain, low_mood, poor_sleep, not_eating, lonely — most pressing first.
    pub flag: String,
    pub count: u32,
    /// How many a caregiver confirmed or corrected.
    pub decided: u32,
}

/// Words to find in notes, with optional filters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchQuery {
    pub words: String,
    pub resident_id: Option<i64>,
    pub from_ms: Option<i64>,
    pub to_ms: Option<i64>,
    /// Only notes with a signal of this kind.
    pub signal: Option<String>,
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

/// What went wrong, as a kind the UI can say in the person's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    #[error("no microphone was found")]
    NoMicrophone,
    #[error("the microphone is in use by another program")]
    MicrophoneBusy,
    #[error("Hearth is not allowed to use the microphone")]
    MicrophoneDenied,
    #[error("the microphone failed: {detail}")]
    Microphone { detail: String },
    #[error("the speech model is not ready")]
    ModelNotReady,
    #[error("already listening")]
    AlreadyListening,
    /// No loudspeaker or no synthesiser: the companion shows captions instead.
    #[error("the companion cannot speak: {detail}")]
    NoVoice { detail: String },
    /// No check-in words (lexicon) for this language yet.
    #[error("check-ins are not available in {language} yet")]
    LanguageNotSupported { language: String },
    #[error("no such resident")]
    UnknownResident,
    /// Nothing is recorded without the resident's consent for it (`purpose` as in
    /// `ConsentView`).
    #[error("no consent on file for {purpose}")]
    NoConsent { purpose: String },
    #[error("the journal: {detail}")]
    Journal { detail: String },
    #[error("sign in first")]
    SignInNeeded,
    #[error("signed out after a quiet while")]
    TimedOut,
    #[error("this needs a staff administrator")]
    NotAllowed,
    #[error("that PIN is not right")]
    WrongPin { tries_left: u32 },
    #[error("too many wrong PINs")]
    LockedOut { seconds: u64 },
    /// Ten wrong PINs in a row: a new PIN from an administrator, or the staff passphrase.
    #[error("this PIN is blocked")]
    PinBlocked,
    /// The journal is under the staff passphrase and not open yet.
    #[error("the journal is locked")]
    JournalLocked,
    #[error("that is not the staff passphrase")]
    WrongPassphrase { tries_left: u32 },
    #[error("that is not the recovery code")]
    WrongRecoveryCode { tries_left: u32 },
    /// A passphrase that cannot be used: why is "short", "long" or "repeated".
    #[error("that passphrase cannot be used ({why})")]
    WeakPassphrase { why: String },
    /// A PIN that cannot be used: why is "digits", "length", "repeated" or "run".
    #[error("that PIN cannot be used ({why})")]
    WeakPin { why: String },
    #[error("{name} is already on the staff list")]
    NameTaken { name: String },
    /// A request refused as it stands: the reason's code (the window says the message
    /// `refused-<code>`) and its named arguments.
    #[error("refused: {code}")]
    Refused {
        code: String,
        args: Vec<(String, String)>,
    },
    /// A change that deletes this much at once waits for the administrator's confirmation.
    #[error("this would delete {} notes, {} transcripts and {} export files", .counts.notes, .counts.transcripts, .counts.exports)]
    MustConfirm { counts: RetentionCounts },
    /// The date and time the administrator confirmed are not the device's any more (the
    /// screen was left open): look again.
    #[error("the device's time has moved on; check it again")]
    ClockMoved,
    #[error("the export failed: {detail}")]
    Export { detail: String },
    #[error("recognition failed: {detail}")]
    Recognition { detail: String },
    /// The window could not reach the backend at all, or got an answer it cannot read.
    #[error("Hearth cannot reach its engine: {detail}")]
    Engine { detail: String },
}

/// A resident's days: `bounds` are the local midnights starting each day, then the end of
/// the last (only the screen knows the local time zone).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrendQuery {
    pub resident_id: i64,
    pub bounds: Vec<i64>,
}

/// One topic (mood, pain, sleep, appetite) on one day: its most concerning reading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DayReadingView {
    /// Index into the days asked for.
    pub day: usize,
    pub reading: ReadingView,
    pub readings: u32,
    /// How many of that day's readings a caregiver confirmed or corrected.
    pub decided: u32,
}

/// What the next shift needs: every resident in a line, and what nobody has decided on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HandoverView {
    pub residents: Vec<BoardRowView>,
    pub to_confirm: Vec<ToConfirmView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToConfirmView {
    pub resident_name: String,
    pub created_ms: i64,
    pub signal: SignalView,
}

/// One resident's notes in [from_ms, to_ms), out of Hearth as a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportRequest {
    pub resident_id: i64,
    pub from_ms: i64,
    pub to_ms: i64,
    /// "pdf", "csv" or "fhir".
    pub format: String,
    /// The language of the PDF's words.
    pub language: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exported {
    /// Where the file was written, on this device.
    pub path: String,
    pub notes: usize,
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
    pub action: String,
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

/// Someone who can sign in: a caregiver or a staff administrator ("caregiver", "admin").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffView {
    pub id: i64,
    pub name: String,
    pub role: String,
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
    /// "caregiver" or "admin".
    pub role: String,
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

/// How this device shows Hearth to everyone.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct DisplaySettings {
    /// 100 to 200 (% of Hearth's normal text).
    pub text_percent: u16,
    pub high_contrast: bool,
    pub reduced_motion: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

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

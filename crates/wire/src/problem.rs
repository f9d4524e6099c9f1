//! What went wrong, as a kind each screen says in its own language.

use serde::{Deserialize, Serialize};

use crate::named::named;
use crate::{Purpose, RetentionCounts};

named! {
    /// Why a PIN cannot be used (said as `problem-weak-pin-<name>`).
    pub enum PinWeakness {
        Digits = "digits",
        Length = "length",
        Repeated = "repeated",
        Run = "run",
        AdminLength = "admin_length",
    }
}

named! {
    /// Why a passphrase cannot be used (said as `problem-weak-passphrase-<name>`).
    pub enum PassphraseWeakness {
        Short = "short",
        Long = "long",
        Repeated = "repeated",
        Common = "common",
    }
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
    /// Nothing is recorded without the resident's consent for it.
    #[error("no consent on file for {}", .purpose.as_str())]
    NoConsent { purpose: Purpose },
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
    /// The journal was made by a newer Hearth (a newer package, then an older one put back):
    /// nothing was changed, and only that version or a newer one can open it.
    #[error(
        "the journal was made by a newer Hearth (schema {found}; this one reads up to {known})"
    )]
    JournalTooNew { found: i64, known: i64 },
    #[error("that is not the staff passphrase")]
    WrongPassphrase { tries_left: u32 },
    #[error("that is not the recovery code")]
    WrongRecoveryCode { tries_left: u32 },
    #[error("that passphrase cannot be used ({})", why.as_str())]
    WeakPassphrase { why: PassphraseWeakness },
    #[error("that PIN cannot be used ({})", why.as_str())]
    WeakPin { why: PinWeakness },
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
    /// A backup not made, or not restored (a stick full or pulled out, a damaged backup);
    /// the journal was not changed.
    #[error("the backup failed: {detail}")]
    Backup { detail: String },
    /// A backup that cannot be restored as it is: damaged or cut short (`why` says which file).
    #[error("the backup is damaged or incomplete ({why})")]
    BackupDamaged { why: String },
    /// A folder without a backup's manifest.
    #[error("that folder is not a Hearth backup")]
    NotABackup,
    /// A backup made by a newer Hearth than this one.
    #[error(
        "the backup was made by a newer Hearth (schema {found}; this one reads up to {known})"
    )]
    BackupTooNew { found: i64, known: i64 },
    /// This device's own settings (shared or kiosk, starting with the session) could not be
    /// kept; the device goes on as it was.
    #[error("this device's setting could not be saved: {detail}")]
    Device { detail: String },
    /// The window could not reach the backend at all, or got an answer it cannot read.
    #[error("Hearth cannot reach its engine: {detail}")]
    Engine { detail: String },
}

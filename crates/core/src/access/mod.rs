//! Who may do what. Residents need no PIN; caregivers and staff administrators sign in
//! with a PIN (argon2id), wrong PINs lock a name out for longer and longer, and a session
//! ends after a quiet while. The app checks the role in every command that reads or changes
//! notes, settings or exports — the window hiding a button is not the protection.

pub mod counted;
pub mod pin;
pub mod session;
pub mod staff;
pub mod throttle;

pub use session::{Session, IDLE_MS};
pub use staff::{Role, Staff};

#[derive(Debug, thiserror::Error)]
pub enum AccessError {
    #[error("sign in first")]
    SignInNeeded,
    #[error("signed out after a quiet while; sign in again")]
    TimedOut,
    #[error("this needs a staff administrator")]
    NotAllowed,
    #[error("that PIN is not right")]
    WrongPin { tries_left: u32 },
    #[error("too many wrong PINs; try again in {seconds} s")]
    LockedOut { seconds: u64 },
    /// Too many wrong PINs in a row: only a new PIN (or the staff passphrase) opens it again.
    #[error("too many wrong PINs: this PIN is blocked until an administrator gives a new one")]
    Blocked,
    /// Why a PIN cannot be used (the window says it in the person's language).
    #[error("that PIN cannot be used ({0:?})")]
    WeakPin(pin::PinWeakness),
    #[error("{0} is already on the staff list")]
    NameTaken(String),
    #[error("{0}")]
    Refused(crate::refusal::Refusal),
    /// The PIN's hash could not be made (the system's randomness failed).
    #[error("could not protect the PIN: {0}")]
    Hash(String),
    #[error(transparent)]
    Journal(#[from] crate::store::StoreError),
}

impl From<rusqlite::Error> for AccessError {
    fn from(e: rusqlite::Error) -> Self {
        Self::Journal(e.into())
    }
}

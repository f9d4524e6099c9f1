//! What can go wrong in the journal: the store failing, a resident's consent missing, or a
//! request refused as it stands. The storage layer below knows nothing of residents or
//! consent; this is where they become errors.

use crate::journal::consent::Purpose;
use crate::refusal::Refusal;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    #[error(transparent)]
    Store(StoreError),
    /// Nothing is recorded for a resident without their consent for it.
    #[error("no consent on file for {}", .0.as_str())]
    NoConsent(Purpose),
    #[error("{0}")]
    Refused(Refusal),
}

/// A refusal from below (a setting out of range) stays a refusal, not a store failure.
impl From<StoreError> for JournalError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Refused(r) => Self::Refused(r),
            e => Self::Store(e),
        }
    }
}

impl From<rusqlite::Error> for JournalError {
    fn from(e: rusqlite::Error) -> Self {
        Self::Store(e.into())
    }
}

impl From<Refusal> for JournalError {
    fn from(r: Refusal) -> Self {
        Self::Refused(r)
    }
}

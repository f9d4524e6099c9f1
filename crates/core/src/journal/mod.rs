//! The domain: residents, what they said, and the notes made of it. Every write that
//! matters is one transaction; originals are never changed, only revised.

pub mod notes;
pub mod residents;

pub use notes::{NewUtterance, Note, NoteFilter, NoteSource};
pub use residents::{NewResident, Resident};

/// Milliseconds since 1970 (UTC), how the journal stores instants.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

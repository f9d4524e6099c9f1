//! The domain: residents, what they said, the notes made of it, caregivers' decisions on
//! what was inferred, and search. Every write that matters is one transaction; originals
//! are never changed, only revised or reviewed.

pub mod board;
pub mod cards;
pub mod consent;
pub mod demo;
pub mod erasure;
pub mod error;
pub mod handover;
pub mod history;
pub mod notes;
pub mod residents;
pub mod reviews;
pub mod search;
pub mod trends;

#[cfg(test)]
pub(crate) mod testing;

pub use error::JournalError;
pub use notes::{NewUtterance, Note, NoteFilter, NoteSource};
pub use residents::{NewResident, Profile, Resident};

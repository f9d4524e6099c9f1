//! The events the backend sends the window, by name.

/// Payload: [`crate::ModelStatus`].
pub const MODEL_STATUS: &str = "model-status";
/// Payload: [`crate::ModelImport`].
pub const MODEL_IMPORT: &str = "model-import";
/// Payload: [`crate::ListenState`].
pub const LISTENING: &str = "listening";
/// Payload: [`crate::NoteView`], each time a note is saved.
pub const NOTE_SAVED: &str = "note-saved";
/// Payload: [`crate::CheckInState`].
pub const CHECK_IN: &str = "check-in";
/// Payload: [`crate::DictationState`].
pub const DICTATION: &str = "dictation";

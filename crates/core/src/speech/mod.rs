//! Speech in: audio files and buffers brought to 16 kHz mono, and Whisper transcription.

pub mod audio_file;
pub mod mix;
pub mod pauses;
pub mod resample;
pub mod transcribe;
pub mod voice_gate;
pub mod wer;

pub use audio_file::{load_wav, read_wav, AudioError};
pub use transcribe::{
    Heard, Language, Segment, SpeechError, Transcriber, TranscriberConfig, Transcript,
};

/// Whisper listens at 16 kHz.
pub const WHISPER_RATE: u32 = 16_000;

//! The companion's voice: text to speech (the espeak-ng program, in the resident's language),
//! the two earcons, and playback on the default output device (rodio). With no output
//! device the companion still works: everything it says is shown as a caption.

pub mod earcon;
pub mod sound;
pub mod speaker;
pub mod synth;

pub use earcon::Earcon;
pub use sound::Sound;
pub use speaker::{Playing, Speaker};
pub use synth::{Synth, VoiceSettings};

/// Why the companion cannot speak, in words for the person in front of it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VoiceError {
    #[error("no loudspeaker or headphones were found")]
    NoOutput,
    #[error("the loudspeaker could not be opened: {0}")]
    Output(String),
    #[error("the speech synthesiser (espeak-ng) is not installed")]
    NoSynthesiser,
    #[error("speech synthesis failed: {0}")]
    Synthesis(String),
    /// Staff chose captions only for this resident: not a fault to report.
    #[error("speaking aloud is turned off for this resident")]
    TurnedOff,
}

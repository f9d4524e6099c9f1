//! Listening to a resident: the microphone (cpal, on its own thread), what happens to the
//! audio while they talk (level meter, length cap, long speech cut at quiet moments), and a
//! session that turns one turn of speech into text on a worker thread, and a hands-free ear
//! that finds turns in a live stream.

pub mod ear;
pub mod level;
pub mod microphone;
pub mod recorder;
pub mod session;
pub mod speech_end;
pub mod to_16k;

pub use ear::{Ear, EarEvent, EarTiming};
pub use microphone::{MicError, Microphone};
pub use recorder::{Limits, Recorder};
pub use session::{Heard, ListenEvent, Recognise, Session};
pub use speech_end::{Change, SpeechEnd, Timing};

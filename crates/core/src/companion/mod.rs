//! A spoken check-in with one resident: the companion says each question (aloud and as a
//! caption), listens for the answer hands-free or by tap, hears it with the speech model,
//! lets the dialogue engine decide what comes next, and at the end saves one note. It
//! knows nothing of windows: the app and the tests drive it through events and controls.

mod conversation;
mod voice;

pub use conversation::{Control, Conversation, Event, InputMode, Parts, Save};
pub use voice::Voice;

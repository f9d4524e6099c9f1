//! Conversations: a deterministic check-in driven by a script staff can read and edit
//! (`assets/checkins/*.toml`). No generative model: the same answers always lead to the same
//! questions, an unclear answer gets one gentle rephrase and then the check-in moves on, and
//! "stop" ends it at once.

mod answers;
mod checkin;
mod note;
mod script;

pub use answers::{choice, is_stop, yes_no};
pub use checkin::{CheckIn, Outcome, Prompt, Reply, Turn};
pub use note::{compose, describe, CheckInNote};
pub use script::{Expect, Need, Script, ScriptError, Step};

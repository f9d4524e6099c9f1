//! hearth-wire: what the UI and the backend say to each other. Plain data, no behaviour, so
//! it compiles for wasm (the UI) and natively (the Tauri shell) alike. One module an area;
//! everything is re-exported here, so a type is `hearth_wire::NoteView` wherever it lives.

mod command;
pub mod commands;
pub mod events;
mod named;

mod access;
mod backups;
mod care_team;
mod notes;
mod passphrase;
mod privacy;
mod problem;
mod residents;
mod secret;
mod settings;
mod status;
mod talk;

pub use access::*;
pub use backups::*;
pub use care_team::*;
pub use command::{ArgsOf, Command, ReplyOf, ARGS};
pub use notes::*;
pub use passphrase::*;
pub use privacy::*;
pub use problem::*;
pub use residents::*;
pub use secret::*;
pub use settings::*;
pub use status::*;
pub use talk::*;

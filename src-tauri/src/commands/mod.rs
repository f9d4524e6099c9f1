//! The commands the window may call, one file an area. Each is thin: check who may, call the
//! core through `state`, answer with `views`, say failures through `problems`. Nothing else
//! in the shell uses a command.

pub mod access;
pub mod audit;
pub mod care_team;
pub mod check_in;
pub mod dictation;
pub mod export;
pub mod journal;
pub mod listening;
pub mod model_import;
pub mod passphrase;
pub mod privacy;
pub mod read_aloud;
pub mod residents;
pub mod settings;
pub mod status;

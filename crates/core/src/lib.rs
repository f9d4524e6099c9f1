//! hearth-core: everything Hearth knows — speech models, listening and recognition, the
//! companion's voice, dialogue, wellbeing signals and the journal — with no Tauri and no
//! UI, so the app, the `hearth` command line and the tests share one implementation.

pub mod access;
pub mod audit;
pub mod backup;
pub mod clock;
pub mod companion;
pub mod device_mode;
pub mod dialogue;
pub mod export;
mod files;
#[doc(hidden)]
pub mod fuzzing;
pub mod journal;
pub mod listen;
pub mod models;
pub mod openable;
pub mod papers;
pub mod paths;
pub mod refusal;
pub mod retention;
pub mod said;
pub mod settings;
pub mod signals;
pub mod speech;
pub mod store;
pub mod support;
pub mod voice;

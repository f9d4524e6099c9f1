//! Helpers shared by the signal readers' unit tests.

use super::{extract, Lexicon, Reader, Signal};

/// What the lexicon reads in `text`, as sorted labels (`pain=present`, `pain@knee`).
pub fn labels(lang: &str, text: &str) -> Vec<String> {
    let lex = Lexicon::builtin(lang).unwrap();
    let mut l: Vec<String> = extract(text, &lex)
        .iter()
        .flat_map(Signal::labels)
        .collect();
    l.sort();
    l
}

/// A bare reading of `kind=value` over characters [start, end), by `reader`.
pub fn signal(kind: &str, value: &str, start: usize, end: usize, reader: Reader) -> Signal {
    Signal {
        kind: kind.into(),
        value: value.into(),
        location: None,
        severity: None,
        mild: false,
        negated: false,
        start,
        end,
        evidence: String::new(),
        inferred: true,
        reader,
        sounds_like: None,
    }
}

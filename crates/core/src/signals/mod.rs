//! Wellbeing signals in what a resident said: mood, pain (where, how bad), sleep, appetite,
//! loneliness, and urgent phrases. Everything found is *inferred*: it carries the exact words
//! it came from (a character span of the transcript) for a caregiver to confirm or correct.
//!
//! The words to look for live in per-language data files (`assets/signals/<lang>.toml`), not
//! in code, so staff can read and extend them and a new language is a new file.

mod explain;
mod extract;
mod lexicon;
pub mod meaning;
mod scope;
mod settle;
#[cfg(test)]
mod testing;
pub(crate) mod text;

pub use explain::{explain, Explanation};
pub use extract::{extract, extract_answer};
pub use lexicon::{word_matches, Answers, Lexicon, LexiconError, Pattern};
pub use meaning::MeaningReader;
pub use scope::Doubt;

use serde::{Deserialize, Serialize};

/// The everyday topics a check-in asks about (one list, beside their words, for the core
/// and the window).
pub use hearth_i18n::TOPICS;

/// One inferred signal and its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signal {
    /// "mood", "pain", "sleep", "appetite", "loneliness" or "urgent" (as the lexicon names them).
    pub kind: String,
    /// mood: positive/neutral/low; pain: present/absent; sleep and appetite: good/poor;
    /// loneliness: present/absent; urgent: fall, dizziness, chest_pain, breathless,
    /// not_wanting_to_live.
    pub value: String,
    /// Where it hurts (pain present), in English body-part names whatever the language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// How bad (pain present), 0–10, when the resident gave a number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<u8>,
    /// Hedged ("a bit", "un peu"): a milder reading.
    pub mild: bool,
    /// The value comes from a negated cue ("not hungry" → appetite poor).
    pub negated: bool,
    /// Character offsets (not bytes) of the evidence in the text: [start, end).
    pub start: usize,
    pub end: usize,
    /// The words themselves, as said.
    pub evidence: String,
    /// Always true: a machine reading, until a caregiver confirms it.
    pub inferred: bool,
    /// Which reader made it.
    #[serde(default)]
    pub reader: Reader,
    /// A model reading's nearest annotated example, in words ("I don't want to go on").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sounds_like: Option<String>,
}

/// The reader of a signal: the lexicon (listed words) or the meaning model (nearest
/// annotated examples).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Reader {
    #[default]
    Lexicon,
    Model,
}

impl Reader {
    pub fn as_str(self) -> &'static str {
        match self {
            Reader::Lexicon => "lexicon",
            Reader::Model => "model",
        }
    }

    pub fn parse(s: &str) -> Reader {
        if s == "model" {
            Reader::Model
        } else {
            Reader::Lexicon
        }
    }
}

/// Everything read in `text`: the lexicon's readings and, with the meaning model, what it
/// adds (see [`meaning::combine`]).
pub fn read_all(text: &str, lex: &Lexicon, model: Option<&MeaningReader>) -> Vec<Signal> {
    read_answer(text, lex, None, model)
}

/// As [`read_all`], for the answer to a question about `topic` (see [`extract_answer`]).
pub fn read_answer(
    text: &str,
    lex: &Lexicon,
    topic: Option<&str>,
    model: Option<&MeaningReader>,
) -> Vec<Signal> {
    let found = extract_answer(text, lex, topic);
    let Some(m) = model else {
        return found;
    };
    let heard = m.read(text, lex);
    let found = set_aside_doubted_urgent(text, lex, found, &heard);
    meaning::combine(found, heard)
}

/// An urgent reading the lexicon doubts (negated, someone else's, long ago: see
/// [`Doubt`]) is set aside only when the model, reading the same clause, `heard` no such
/// thing; without the model it stays (recall first).
fn set_aside_doubted_urgent(
    text: &str,
    lex: &Lexicon,
    found: Vec<Signal>,
    heard: &[Signal],
) -> Vec<Signal> {
    found
        .into_iter()
        .filter(|s| {
            s.kind != "urgent"
                || extract::doubt_of(text, lex, s).is_none()
                || heard.iter().any(|h| {
                    h.kind == "urgent"
                        && h.value == s.value
                        && h.start <= s.start
                        && s.start < h.end
                })
        })
        .collect()
}

impl Signal {
    /// Short labels for comparing with an annotated corpus: `pain=present`, `pain@knee`,
    /// `pain#6`.
    pub fn labels(&self) -> Vec<String> {
        let mut out = vec![format!("{}={}", self.kind, self.value)];
        if let Some(l) = &self.location {
            out.push(format!("{}@{l}", self.kind));
        }
        if let Some(s) = self.severity {
            out.push(format!("{}#{s}", self.kind));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model_heard(kind: &str, value: &str, start: usize, end: usize) -> Signal {
        testing::signal(kind, value, start, end, Reader::Model)
    }

    /// A doubted urgent reading (negated, someone else's, long ago) stays unless the model,
    /// reading its clause, heard nothing urgent there; an undoubted one always stays.
    #[test]
    fn a_doubted_urgent_reading_is_set_aside_only_when_the_model_agrees() {
        let lex = Lexicon::builtin("en").unwrap();
        let kinds = |v: &[Signal]| -> Vec<String> { v.iter().map(|s| s.value.clone()).collect() };
        for text in [
            "I didn't fall, I just sat down.",
            "My husband fell in the garden.",
            "I had a fall last year.",
        ] {
            let found = extract(text, &lex);
            assert_eq!(
                kinds(&found),
                ["fall"],
                "{text}: the lexicon alone keeps it"
            );
            let end = text.chars().count();
            let agreed = set_aside_doubted_urgent(text, &lex, found.clone(), &[]);
            assert!(agreed.is_empty(), "{text}: the model heard nothing urgent");
            let heard = [model_heard("urgent", "fall", 0, end)];
            let kept = set_aside_doubted_urgent(text, &lex, found, &heard);
            assert_eq!(kinds(&kept), ["fall"], "{text}: the model heard a fall");
        }
        let text = "I fell in the garden.";
        let found = extract(text, &lex);
        assert_eq!(
            kinds(&set_aside_doubted_urgent(text, &lex, found, &[])),
            ["fall"]
        );
    }
}

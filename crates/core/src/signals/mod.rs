//! Wellbeing signals in what a resident said: mood, pain (where, how bad), sleep, appetite,
//! loneliness, and urgent phrases. Everything found is *inferred*: it carries the exact words
//! it came from (a character span of the transcript) for a caregiver to confirm or correct.
//!
//! The words to look for live in per-language data files (`assets/signals/<lang>.toml`), not
//! in code, so staff can read and extend them and a new language is a new file.

mod explain;
mod extract;
mod lexicon;
pub(crate) mod text;

pub use explain::{explain, Explanation};
pub use extract::{extract, extract_answer};
pub use lexicon::{word_matches, Answers, Lexicon, LexiconError, Pattern};

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

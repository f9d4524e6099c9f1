//! Why a reading was made, in words a caregiver or a member of staff editing a lexicon can
//! check: the clause it came from, the cue, and what changed it — a negation before it, a
//! hedge, the number taken as its score, the words taken as its place. Worked out again from
//! the same words the extractor read, after the fact, so the extractor stays one pass.

use serde::Serialize;

use super::extract::match_at;
use super::lexicon::{Lexicon, Pattern};
use super::text::{tokenize, Token};
use super::Signal;

/// What a reading rests on.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Explanation {
    /// Which reader made it: "lexicon" (the words listed in `assets/signals/<lang>.toml`)
    /// or "model" (the meaning model: the clause is near annotated examples).
    pub reader: &'static str,
    /// For the model: the nearest annotated example of the reading, in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sounds_like: Option<String>,
    /// The clause the evidence is in, as said.
    pub clause: String,
    /// The words that were read (the evidence).
    pub cue: String,
    /// The negation that turned the cue round ("not" in "not hungry").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub turned_by: Option<String>,
    /// The hedge that made it mild ("a bit").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub softened_by: Option<String>,
    /// The words taken as the place ("my knee" → knee).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_from: Option<String>,
    /// The word taken as the score ("six").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score_from: Option<String>,
    /// Why an urgent reading may not be the resident's now ("negated", "someone else",
    /// "long ago"): it stays until the meaning model agrees it is nothing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doubt: Option<&'static str>,
}

/// Why `s` was read in `text` with `lex`.
pub fn explain(text: &str, lex: &Lexicon, s: &Signal) -> Explanation {
    if s.reader == super::Reader::Model {
        // The model reads a whole clause: its evidence is the clause.
        return Explanation {
            reader: "model",
            clause: s.evidence.clone(),
            cue: s.evidence.clone(),
            sounds_like: s.sounds_like.clone(),
            ..Explanation::default()
        };
    }
    let tokens = tokenize(text, lex.split_apostrophes, &lex.clause_breaks);
    let chars: Vec<char> = text.chars().collect();
    let words = |from: usize, to: usize| -> String {
        chars
            .get(tokens[from].start..tokens[to].end)
            .map(|c| c.iter().collect())
            .unwrap_or_default()
    };
    let Some(at) = tokens.iter().position(|t| t.end > s.start) else {
        return Explanation {
            reader: "lexicon",
            cue: s.evidence.clone(),
            ..Explanation::default()
        };
    };
    let clause = tokens[at].clause;
    let first = tokens.iter().position(|t| t.clause == clause).unwrap_or(at);
    let last = tokens
        .iter()
        .rposition(|t| t.clause == clause)
        .unwrap_or(at);
    // The phrase of `patterns` ending last before the cue, within `window` words, in its clause.
    let before = |patterns: &[Pattern], window: usize| -> Option<String> {
        (at.saturating_sub(window)..at).rev().find_map(|i| {
            patterns.iter().find_map(|p| {
                let n = match_at(p, &tokens, i)?;
                (tokens[i].clause == clause && i + n <= at).then(|| words(i, i + n - 1))
            })
        })
    };
    Explanation {
        reader: "lexicon",
        sounds_like: None,
        clause: words(first, last),
        cue: s.evidence.clone(),
        // A turned-round urgent reading keeps its negation as the first of its evidence.
        turned_by: match (s.negated, s.kind == "urgent") {
            (false, _) => None,
            (true, true) => Some(words(at, at)),
            (true, false) => before(&lex.negations, lex.negation_window),
        },
        softened_by: s.mild.then(|| before(&lex.hedges, 3)).flatten(),
        place_from: s.location.as_ref().and_then(|place| {
            nearest(&tokens, at, |i| {
                lex.body_parts
                    .iter()
                    .filter(|(_, name)| name == place)
                    .find_map(|(p, _)| match_at(p, &tokens, i))
            })
            .map(|(i, n)| words(i, i + n - 1))
        }),
        score_from: s.severity.and_then(|v| {
            nearest(&tokens, at, |i| {
                let t = &tokens[i].norm;
                let said = t.split('/').next().and_then(|n| n.parse::<u8>().ok());
                (said.or_else(|| lex.numbers.get(t).copied()) == Some(v)).then_some(1)
            })
            .map(|(i, _)| words(i, i))
        }),
        doubt: super::extract::doubt_of(text, lex, s).map(super::Doubt::as_str),
    }
}

/// The match (position, length) of `at_i` nearest to token `at`.
fn nearest(
    tokens: &[Token],
    at: usize,
    at_i: impl Fn(usize) -> Option<usize>,
) -> Option<(usize, usize)> {
    (0..tokens.len())
        .filter_map(|i| at_i(i).map(|n| (i, n)))
        .min_by_key(|(i, _)| i.abs_diff(at))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signals::extract;

    fn why(lang: &str, text: &str) -> Vec<Explanation> {
        let lex = Lexicon::builtin(lang).unwrap();
        extract(text, &lex)
            .iter()
            .map(|s| explain(text, &lex, s))
            .collect()
    }

    #[test]
    fn a_reading_says_its_clause_cue_place_score_and_what_turned_it() {
        let w = why(
            "en",
            "I slept badly. My knee hurts, about a six, and I'm not very hungry.",
        );
        let pain = w.iter().find(|e| e.cue == "hurts").unwrap();
        assert_eq!(pain.clause, "My knee hurts");
        assert_eq!(pain.place_from.as_deref(), Some("knee"));
        assert_eq!(pain.score_from.as_deref(), Some("six"));
        let appetite = w.iter().find(|e| e.cue == "hungry").unwrap();
        assert_eq!(appetite.turned_by.as_deref(), Some("not"));
        assert_eq!(appetite.reader, "lexicon");
        let mild = why("fr", "Je suis un peu fatiguée.");
        assert_eq!(mild[0].softened_by.as_deref(), Some("un peu"));
        let fall = why("en", "My husband fell.");
        assert_eq!(fall[0].doubt, Some("someone else"));
        let fall = why("en", "I didn't fall.");
        assert_eq!(
            (fall[0].doubt, fall[0].turned_by.as_deref()),
            (Some("negated"), Some("didn't"))
        );
        assert_eq!(why("en", "I fell.")[0].doubt, None);
    }
}

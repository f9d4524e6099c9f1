//! A language's lexicon: the data file, parsed and folded once for matching.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::text::{fold, tokenize};

include!(concat!(env!("OUT_DIR"), "/lexicons.rs"));

#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("no wellbeing lexicon for language {0:?} (there is one per file in assets/signals)")]
    Unknown(String),
    #[error("the lexicon for {language:?} is not valid: {why}")]
    Invalid { language: String, why: String },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    language: String,
    #[serde(default)]
    split_apostrophes: bool,
    negations: Vec<String>,
    negation_window: usize,
    #[serde(default)]
    clause_breaks: Vec<String>,
    #[serde(default)]
    meaning_breaks: Vec<String>,
    #[serde(default)]
    hedges: Vec<String>,
    #[serde(default)]
    score_after: Vec<String>,
    #[serde(default)]
    not_severity_after: Vec<String>,
    #[serde(default)]
    not_severity_before: Vec<String>,
    #[serde(default)]
    numbers: BTreeMap<String, u8>,
    #[serde(default)]
    others: Vec<String>,
    #[serde(default)]
    selves: Vec<String>,
    #[serde(default)]
    long_ago: Vec<String>,
    #[serde(default)]
    ongoing: Vec<String>,
    #[serde(default)]
    body_parts: BTreeMap<String, String>,
    cue: Vec<CueFile>,
    #[serde(default)]
    answers: AnswersFile,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct AnswersFile {
    #[serde(default)]
    yes: Vec<String>,
    #[serde(default)]
    no: Vec<String>,
    #[serde(default)]
    stop: Vec<String>,
    #[serde(default)]
    choices: BTreeMap<String, Vec<String>>,
}

/// Short answers a conversation understands.
#[derive(Default)]
pub struct Answers {
    pub yes: Vec<Pattern>,
    pub no: Vec<Pattern>,
    pub stop: Vec<Pattern>,
    pub choices: Vec<(String, Vec<Pattern>)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CueFile {
    signal: String,
    value: String,
    #[serde(default)]
    negated: Option<String>,
    #[serde(default)]
    location: Option<String>,
    phrases: Vec<String>,
}

/// Words in order; a word ending in `*` matches any word it begins.
pub type Pattern = Vec<String>;

pub struct Cue {
    pub signal: String,
    pub value: String,
    pub negated: Option<String>,
    pub location: Option<String>,
    pub phrases: Vec<Pattern>,
}

pub struct Lexicon {
    pub language: String,
    pub split_apostrophes: bool,
    pub clause_breaks: Vec<String>,
    /// Words the meaning model also reads each side of apart ("and", « et »).
    pub meaning_breaks: Vec<String>,
    pub negations: Vec<Pattern>,
    pub negation_window: usize,
    pub hedges: Vec<Pattern>,
    pub score_after: Vec<Pattern>,
    pub not_severity_after: Vec<String>,
    /// Words that make the number after them a time or a date ("at four", « à six heures »).
    pub not_severity_before: Vec<String>,
    pub numbers: BTreeMap<String, u8>,
    /// Someone other than the resident ("my sister", "he", « la voisine »): a reading whose
    /// clause last named one of them before its cue is about them.
    pub others: Vec<Pattern>,
    /// The resident ("I", "my", « je »): names them again after someone else.
    pub selves: Vec<Pattern>,
    /// Words that put a clause long ago ("last year", « quand j'étais jeune »)…
    pub long_ago: Vec<Pattern>,
    /// …unless it goes on now ("since", "still", « depuis »).
    pub ongoing: Vec<Pattern>,
    pub body_parts: Vec<(Pattern, String)>,
    pub cues: Vec<Cue>,
    pub answers: Answers,
}

impl Lexicon {
    /// The lexicon shipped for `language` ("en", "fr", …).
    pub fn builtin(language: &str) -> Result<Self, LexiconError> {
        let (_, source) = LEXICONS
            .iter()
            .find(|(code, _)| *code == language)
            .ok_or_else(|| LexiconError::Unknown(language.to_string()))?;
        Self::parse(source)
    }

    /// Languages with a lexicon.
    pub fn languages() -> Vec<&'static str> {
        LEXICONS.iter().map(|(code, _)| *code).collect()
    }

    /// Parses a lexicon file (for staff checking an edited file before it ships).
    pub fn parse(source: &str) -> Result<Self, LexiconError> {
        let f: File = toml::from_str(source).map_err(|e| LexiconError::Invalid {
            language: "?".into(),
            why: e.to_string(),
        })?;
        let split = f.split_apostrophes;
        let pattern = |phrase: &str| -> Pattern {
            tokenize(phrase, split, &[])
                .into_iter()
                .map(|t| t.norm)
                .collect::<Vec<_>>()
        };
        // tokenize drops "*" (it is not a letter): put it back where the phrase had it.
        let with_star = |phrase: &str| -> Pattern {
            let mut p = pattern(phrase.trim_end_matches('*'));
            if phrase.ends_with('*') {
                if let Some(last) = p.last_mut() {
                    last.push('*');
                }
            }
            // A leading "*" (as in "*n't") means "any word ending so".
            if phrase.starts_with('*') {
                if let Some(first) = p.first_mut() {
                    first.insert(0, '*');
                }
            }
            p
        };
        let patterns = |v: &[String]| {
            v.iter()
                .map(|p| with_star(p))
                .filter(|p| !p.is_empty())
                .collect()
        };
        let invalid = |why: String| LexiconError::Invalid {
            language: f.language.clone(),
            why,
        };
        let mut cues = Vec::new();
        for c in &f.cue {
            let phrases: Vec<Pattern> = patterns(&c.phrases);
            if phrases.is_empty() {
                return Err(invalid(format!("a {} cue has no phrases", c.signal)));
            }
            cues.push(Cue {
                signal: c.signal.clone(),
                value: c.value.clone(),
                negated: c.negated.clone(),
                location: c.location.clone(),
                phrases,
            });
        }
        Ok(Self {
            language: f.language.clone(),
            split_apostrophes: split,
            clause_breaks: f.clause_breaks.iter().map(|w| fold(w)).collect(),
            meaning_breaks: f.meaning_breaks.iter().map(|w| fold(w)).collect(),
            negations: patterns(&f.negations),
            negation_window: f.negation_window,
            hedges: patterns(&f.hedges),
            score_after: patterns(&f.score_after),
            not_severity_after: f.not_severity_after.iter().map(|w| fold(w)).collect(),
            not_severity_before: f.not_severity_before.iter().map(|w| fold(w)).collect(),
            numbers: f.numbers.iter().map(|(k, v)| (fold(k), *v)).collect(),
            others: patterns(&f.others),
            selves: patterns(&f.selves),
            long_ago: patterns(&f.long_ago),
            ongoing: patterns(&f.ongoing),
            body_parts: f
                .body_parts
                .iter()
                .map(|(k, v)| (with_star(k), v.clone()))
                .collect(),
            cues,
            answers: Answers {
                yes: patterns(&f.answers.yes),
                no: patterns(&f.answers.no),
                stop: patterns(&f.answers.stop),
                choices: f
                    .answers
                    .choices
                    .iter()
                    .map(|(k, v)| (k.clone(), patterns(v)))
                    .collect(),
            },
        })
    }
}

/// Does `word` fit one word of a pattern (`*` at either end is a wildcard)?
pub fn word_matches(pattern: &str, word: &str) -> bool {
    if let Some(suffix) = pattern.strip_prefix('*') {
        return word.ends_with(suffix) && word.len() > suffix.len();
    }
    if let Some(prefix) = pattern.strip_suffix('*') {
        return word.starts_with(prefix);
    }
    pattern == word
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_place_a_lexicon_names_can_be_chosen_in_a_correction() {
        for code in Lexicon::languages() {
            for (_, place) in Lexicon::builtin(code).unwrap().body_parts {
                assert!(
                    hearth_i18n::BODY_PLACES.contains(&place.as_str()),
                    "{code}: {place}"
                );
            }
        }
    }

    #[test]
    fn every_shipped_lexicon_parses() {
        assert!(Lexicon::languages().contains(&"en"));
        assert!(Lexicon::languages().contains(&"fr"));
        for lang in Lexicon::languages() {
            let l = Lexicon::builtin(lang).unwrap();
            assert_eq!(l.language, lang);
            assert!(l.cues.len() >= 6, "{lang}");
        }
        assert!(matches!(
            Lexicon::builtin("xx"),
            Err(LexiconError::Unknown(_))
        ));
    }

    #[test]
    fn wildcards() {
        assert!(word_matches("hurt*", "hurts"));
        assert!(word_matches("*n't", "didn't"));
        assert!(!word_matches("*n't", "n't"));
        assert!(!word_matches("pain", "painful"));
    }

    #[test]
    fn a_broken_file_is_refused_with_the_reason() {
        let err = Lexicon::parse(
            "language = 'xx'\nnegations = []\nnegation_window = 3\ncue = []\ntypo = 1",
        )
        .err()
        .unwrap();
        assert!(err.to_string().contains("typo"), "{err}");
    }
}

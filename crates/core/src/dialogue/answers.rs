//! Short answers: yes, no, a choice, or "stop" — read with the language's lexicon.

use crate::signals::text::{tokenize, Token};
use crate::signals::{word_matches, Lexicon, Pattern};

/// Unlike the signal extractor's matching, this one crosses commas: "No, thank you" is one
/// answer.
fn matches_at(p: &Pattern, tokens: &[Token], at: usize) -> bool {
    p.iter()
        .enumerate()
        .all(|(k, w)| tokens.get(at + k).is_some_and(|t| word_matches(w, &t.norm)))
}

/// Earliest position (and length) where any of the patterns matches.
fn first(patterns: &[Pattern], tokens: &[Token]) -> Option<(usize, usize)> {
    (0..tokens.len()).find_map(|at| {
        patterns
            .iter()
            .filter(|p| matches_at(p, tokens, at))
            .map(|p| (at, p.len()))
            .max_by_key(|m| m.1)
    })
}

fn words(text: &str, lex: &Lexicon) -> Vec<Token> {
    tokenize(text, lex.split_apostrophes, &[])
}

/// "Stop", "not now", "arrête": the person wants the conversation to end. Only when that
/// is (nearly) all they said, so "I'll see her later" does not end a check-in.
pub fn is_stop(text: &str, lex: &Lexicon) -> bool {
    let tokens = words(text, lex);
    first(&lex.answers.stop, &tokens).is_some_and(|(_, len)| tokens.len() <= len + 3)
}

/// Yes (true), no (false), or neither. The first one said counts: "no… well, yes" is no.
pub fn yes_no(text: &str, lex: &Lexicon) -> Option<bool> {
    let tokens = words(text, lex);
    match (
        first(&lex.answers.yes, &tokens),
        first(&lex.answers.no, &tokens),
    ) {
        (Some(y), Some(n)) => Some(y.0 < n.0 || (y.0 == n.0 && y.1 > n.1)),
        (Some(_), None) => Some(true),
        (None, Some(_)) => Some(false),
        (None, None) => None,
    }
}

/// Which of the offered choices was named, or "no" for a refusal.
pub fn choice(text: &str, lex: &Lexicon, offered: &[&str]) -> Option<String> {
    let tokens = words(text, lex);
    let picked = lex
        .answers
        .choices
        .iter()
        .filter(|(name, _)| offered.contains(&name.as_str()))
        .filter_map(|(name, ps)| first(ps, &tokens).map(|(at, _)| (at, name.clone())))
        .min();
    picked
        .map(|(_, n)| n)
        .or_else(|| (yes_no(text, lex) == Some(false)).then(|| "no".to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yes_and_no_in_many_forms() {
        let en = Lexicon::builtin("en").unwrap();
        let fr = Lexicon::builtin("fr").unwrap();
        for y in ["Yes", "yeah, a bit", "Oh aye", "I think so", "sure, go on"] {
            assert_eq!(yes_no(y, &en), Some(true), "{y}");
        }
        for n in [
            "No",
            "nah",
            "Not really",
            "no thank you, dear",
            "not at all",
        ] {
            assert_eq!(yes_no(n, &en), Some(false), "{n}");
        }
        for y in ["Oui", "ouais", "bien sûr", "un peu", "oui oui"] {
            assert_eq!(yes_no(y, &fr), Some(true), "{y}");
        }
        for n in ["Non", "bof", "pas trop", "pas vraiment", "non merci"] {
            assert_eq!(yes_no(n, &fr), Some(false), "{n}");
        }
        assert_eq!(yes_no("the weather is odd", &en), None);
    }

    #[test]
    fn stop_only_when_it_is_what_was_said() {
        let en = Lexicon::builtin("en").unwrap();
        let fr = Lexicon::builtin("fr").unwrap();
        assert!(is_stop("Stop, please.", &en));
        assert!(is_stop("Not now, dear", &en));
        assert!(is_stop("Arrête !", &fr));
        assert!(is_stop("Pas maintenant", &fr));
        assert!(!is_stop(
            "My daughter is coming later this afternoon with the children",
            &en
        ));
    }

    #[test]
    fn a_choice_is_named_or_refused() {
        let en = Lexicon::builtin("en").unwrap();
        let offered = ["family", "work", "music", "places"];
        assert_eq!(
            choice("Oh, music, I love singing", &en, &offered).as_deref(),
            Some("music")
        );
        assert_eq!(choice("No thanks", &en, &offered).as_deref(), Some("no"));
        assert_eq!(choice("hmm", &en, &offered), None);
    }
}

//! Finding signals: match every cue phrase, keep the longest where they overlap, then read
//! each in its clause — a negation shortly before turns it round, a hedge makes it mild —
//! and give pain its place and its score.

use super::lexicon::{word_matches, Lexicon, Pattern};
use super::scope::{self, Doubt};
use super::text::{tokenize, Token};
use super::Signal;

/// A phrase found at tokens [at, at + len).
struct Hit<'a> {
    at: usize,
    len: usize,
    cue: &'a super::lexicon::Cue,
}

/// Length of `p` matched at `tokens[at..]` within one clause, if it matches there.
pub(super) fn match_at(p: &Pattern, tokens: &[Token], at: usize) -> Option<usize> {
    let clause = tokens.get(at)?.clause;
    for (k, word) in p.iter().enumerate() {
        let t = tokens.get(at + k)?;
        if t.clause != clause || !word_matches(word, &t.norm) {
            return None;
        }
    }
    Some(p.len())
}

/// Where the last of `patterns` ending within the `window` tokens before `at`, in `at`'s
/// clause, begins.
fn found_before(patterns: &[Pattern], tokens: &[Token], at: usize, window: usize) -> Option<usize> {
    let clause = tokens[at].clause;
    let from = at.saturating_sub(window);
    (from..at).rev().find(|&i| {
        tokens[i].clause == clause
            && patterns
                .iter()
                .any(|p| match_at(p, tokens, i).is_some_and(|n| i + n <= at))
    })
}

fn preceded_by(patterns: &[Pattern], tokens: &[Token], at: usize, window: usize) -> bool {
    found_before(patterns, tokens, at, window).is_some()
}

/// Why the lexicon's reading `s` of `text` may not be about the resident now (see
/// [`scope`]): urgent readings carry their doubt to the meaning model, which may set them
/// aside; other kinds were already dropped.
pub(super) fn doubt_of(text: &str, lex: &Lexicon, s: &Signal) -> Option<Doubt> {
    if s.reader != super::Reader::Lexicon {
        return None;
    }
    if s.negated && s.kind == "urgent" {
        return Some(Doubt::Negated);
    }
    let tokens = tokenize(text, lex.split_apostrophes, &lex.clause_breaks);
    let at = tokens.iter().position(|t| t.end > s.start)?;
    let end = tokens
        .iter()
        .position(|t| t.start >= s.end)
        .unwrap_or(tokens.len());
    scope::doubt(lex, &tokens, at, end).filter(|d| applies(d, &s.kind))
}

/// Loneliness is read from other people ("my son phoned", « ma femme me manque »): naming
/// them does not make it theirs.
fn applies(doubt: &Doubt, kind: &str) -> bool {
    !(kind == "loneliness" && *doubt == Doubt::SomeoneElse)
}

pub fn extract(text: &str, lex: &Lexicon) -> Vec<Signal> {
    extract_answer(text, lex, None)
}

/// As [`extract`], for the answer to a question about `topic`: after "where does it hurt?",
/// "my knee" is pain in the knee, and after "how bad?", "about a six" is its score.
pub fn extract_answer(text: &str, lex: &Lexicon, topic: Option<&str>) -> Vec<Signal> {
    let tokens = tokenize(text, lex.split_apostrophes, &lex.clause_breaks);
    let chars: Vec<char> = text.chars().collect();

    // Every cue phrase everywhere; then the longest first, none sharing a word.
    let mut hits = Vec::new();
    for cue in &lex.cues {
        for p in &cue.phrases {
            for at in 0..tokens.len() {
                if let Some(len) = match_at(p, &tokens, at) {
                    hits.push(Hit { at, len, cue });
                }
            }
        }
    }
    // Equal lengths: the later phrase wins ("I fell asleep" is sleep, not "I fell"; in
    // "didn't sleep badly" the negation then applies to "sleep badly").
    hits.sort_by_key(|h| (std::cmp::Reverse(h.len), std::cmp::Reverse(h.at)));
    let mut taken = vec![false; tokens.len()];
    let mut kept = Vec::new();
    for h in hits {
        if taken[h.at..h.at + h.len].iter().any(|t| *t) {
            continue;
        }
        taken[h.at..h.at + h.len].iter_mut().for_each(|t| *t = true);
        kept.push(h);
    }
    kept.sort_by_key(|h| h.at);

    let mut out: Vec<(usize, Signal)> = Vec::new();
    for h in kept {
        if h.cue.signal == "ignore" {
            continue;
        }
        // A phrase that already says "no" ("no pain", "pas seul") is not turned round again
        // by the "ne" of "je ne suis pas seul".
        let says_no = (h.at..h.at + h.len).any(|i| {
            lex.negations
                .iter()
                .any(|p| match_at(p, &tokens, i).is_some())
        });
        let negation = (!says_no)
            .then(|| found_before(&lex.negations, &tokens, h.at, lex.negation_window))
            .flatten();
        let urgent = h.cue.signal == "urgent";
        let mut start = tokens[h.at].start;
        let value = match (negation, &h.cue.negated) {
            (None, _) => h.cue.value.clone(),
            (Some(_), Some(v)) => v.clone(),
            // An urgent cue turned round ("I didn't fall") stays, with its negation in its
            // evidence, until the meaning model agrees it is nothing: a negation read wrongly
            // must not hide a fall.
            (Some(n), None) if urgent => {
                start = tokens[n].start;
                h.cue.value.clone()
            }
            // Any other cue turned round with no opposite says nothing.
            (Some(_), None) => continue,
        };
        let negated = negation.is_some();
        // About someone else, or long ago: nothing of the resident now (urgent kept, as above).
        if !urgent
            && scope::doubt(lex, &tokens, h.at, h.at + h.len)
                .is_some_and(|d| applies(&d, &h.cue.signal))
        {
            continue;
        }
        let end = tokens[h.at + h.len - 1].end;
        let mut s = Signal {
            kind: h.cue.signal.clone(),
            value,
            location: None,
            severity: None,
            mild: preceded_by(&lex.hedges, &tokens, h.at, 3),
            negated,
            start,
            end,
            evidence: chars[start..end].iter().collect(),
            inferred: true,
            reader: super::Reader::Lexicon,
            sounds_like: None,
        };
        if s.kind == "pain" && s.value == "present" {
            s.location = h
                .cue
                .location
                .clone()
                .or_else(|| body_part_near(lex, &tokens, h.at, h.len));
        }
        out.push((h.at, s));
    }
    infer_pain_from_a_score(lex, &tokens, &chars, &mut out, topic == Some("pain"));
    attach_severity(lex, &tokens, &mut out);
    super::settle::settle(dedupe(out))
}

/// Every body part named: (token position, words, English name), in order.
fn body_parts<'a>(lex: &'a Lexicon, tokens: &[Token]) -> Vec<(usize, usize, &'a str)> {
    (0..tokens.len())
        .filter_map(|i| {
            lex.body_parts
                .iter()
                .find(|(p, _)| match_at(p, tokens, i).is_some())
                .map(|(p, name)| (i, p.len(), name.as_str()))
        })
        .collect()
}

/// The first body part named in `said` ("my hip's giving me gyp" → hip): where a pain the
/// meaning model read is.
pub(super) fn place_named(lex: &Lexicon, said: &str) -> Option<String> {
    let tokens = tokenize(said, lex.split_apostrophes, &lex.clause_breaks);
    body_parts(lex, &tokens)
        .first()
        .map(|(_, _, name)| name.to_string())
}

/// The body part nearest the pain words: in the same clause if there is one, else anywhere.
fn body_part_near(lex: &Lexicon, tokens: &[Token], at: usize, len: usize) -> Option<String> {
    body_parts(lex, tokens)
        .into_iter()
        .min_by_key(|(i, _, _)| {
            let distance = if *i >= at + len {
                i - (at + len)
            } else {
                at.abs_diff(*i)
            };
            (tokens[*i].clause != tokens[at].clause, distance)
        })
        .map(|(_, _, name)| name.to_string())
}

/// A pain score: a number 0–10 (digits, words, or "6/10"), not a count of days or children
/// nor a time; given to the nearest pain. A number belongs to its clause: one in a clause
/// about something else ("I slept maybe five hours", "dinner was a six") is not a pain score.
fn attach_severity(lex: &Lexicon, tokens: &[Token], out: &mut [(usize, Signal)]) {
    let is_pain = |s: &Signal| s.kind == "pain" && s.value == "present";
    if !out.iter().any(|(_, s)| is_pain(s)) {
        return;
    }
    for (i, v) in score_positions(lex, tokens) {
        let clause = tokens[i].clause;
        let in_clause = |at: &usize| tokens.get(*at).is_some_and(|t| t.clause == clause);
        let about_pain = out.iter().any(|(at, s)| in_clause(at) && is_pain(s));
        let about_else = out.iter().any(|(at, s)| in_clause(at) && !is_pain(s));
        if about_else && !about_pain {
            continue;
        }
        if let Some((_, s)) = out
            .iter_mut()
            .filter(|(_, s)| is_pain(s))
            .min_by_key(|(at, _)| at.abs_diff(i))
        {
            s.severity.get_or_insert(v);
        }
    }
}

/// "My hip, about a seven": a body part and a score with no pain word is still pain — how
/// residents answer "how bad is it?".
fn infer_pain_from_a_score(
    lex: &Lexicon,
    tokens: &[Token],
    chars: &[char],
    out: &mut Vec<(usize, Signal)>,
    asked_about_pain: bool,
) {
    if out.iter().any(|(_, s)| s.kind == "pain") {
        return;
    }
    let scores = score_positions(lex, tokens);
    let part = body_parts(lex, tokens).into_iter().next();
    // Unasked, it takes both a place and a score; asked, either will do.
    let (at, len, location) = match (part, scores.first()) {
        (Some((at, len, name)), Some(_)) => (at, len, Some(name.to_string())),
        (Some((at, len, name)), None) if asked_about_pain => (at, len, Some(name.to_string())),
        (None, Some((at, _))) if asked_about_pain => (*at, 1, None),
        _ => return,
    };
    let (start, end) = (tokens[at].start, tokens[at + len - 1].end);
    out.push((
        at,
        Signal {
            kind: "pain".into(),
            value: "present".into(),
            location,
            severity: None,
            mild: false,
            negated: false,
            start,
            end,
            evidence: chars[start..end].iter().collect(),
            inferred: true,
            reader: super::Reader::Lexicon,
            sounds_like: None,
        },
    ));
}

/// Token positions and values of every pain score in the utterance.
fn score_positions(lex: &Lexicon, tokens: &[Token]) -> Vec<(usize, u8)> {
    let mut found = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let scored = lex
            .score_after
            .iter()
            .any(|p| match_at(p, tokens, i + 1).is_some());
        let value = t
            .norm
            .split('/')
            .next()
            .and_then(|n| n.parse::<u8>().ok())
            .or_else(|| lex.numbers.get(&t.norm).copied())
            .or_else(|| scored.then(|| one(&t.norm)).flatten());
        let Some(v) = value.filter(|v| *v <= 10) else {
            continue;
        };
        let counts_something = tokens
            .get(i + 1)
            .is_some_and(|n| lex.not_severity_after.contains(&n.norm));
        // "at four", « vers six heures »: a time (within the clause: "it hurts. At six…"
        // is still read as a time, which only costs a score).
        let a_time = i
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .is_some_and(|p| p.clause == t.clause && lex.not_severity_before.contains(&p.norm));
        if (counts_something || a_time) && !scored {
            continue;
        }
        found.push((i, v));
    }
    found
}

/// "one", "un", "une" count only as a score ("un sur dix").
fn one(word: &str) -> Option<u8> {
    matches!(word, "one" | "un" | "une").then_some(1)
}

/// One signal per kind, value and place: the first evidence stands for the rest.
fn dedupe(found: Vec<(usize, Signal)>) -> Vec<Signal> {
    let mut out: Vec<Signal> = Vec::new();
    for (_, s) in found {
        if let Some(prev) = out.iter_mut().find(|p| {
            p.kind == s.kind
                && p.value == s.value
                && (p.location == s.location || s.location.is_none())
        }) {
            if prev.severity.is_none() {
                prev.severity = s.severity;
            }
            continue;
        }
        out.push(s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::signals::testing::labels;

    /// A number that is a time, or sits in a clause about something else, is no pain score:
    /// an invented "pain, back, 4/10" puts a resident at the top of the board for nothing.
    #[test]
    fn a_time_or_another_clause_s_number_is_not_a_pain_score() {
        let none: [&str; 0] = [];
        assert_eq!(
            labels("en", "I wake at four and can't get back to sleep."),
            ["sleep=poor"]
        );
        assert_eq!(
            labels("en", "My hip aches, I had my tea at six."),
            ["pain=present", "pain@hip"]
        );
        assert_eq!(
            labels("en", "I'm not hungry and only ate two, my knee hurts."),
            ["appetite=poor", "pain=present", "pain@knee"]
        );
        // Still a score where it is one.
        assert_eq!(
            labels("en", "Slept badly, my back hurts about a five."),
            ["pain#5", "pain=present", "pain@back", "sleep=poor"]
        );
        assert_eq!(labels("fr", "Je me réveille à quatre heures."), none);
        assert_eq!(
            labels(
                "fr",
                "J'ai mal au genou depuis six heures, je dirais un sept."
            ),
            ["pain#7", "pain=present", "pain@knee"]
        );
    }

    /// Where a pain the meaning model read is: the body part its clause names.
    #[test]
    fn the_place_a_clause_names() {
        let en = Lexicon::builtin("en").unwrap();
        let fr = Lexicon::builtin("fr").unwrap();
        assert_eq!(
            place_named(&en, "my hip's giving me gyp").as_deref(),
            Some("hip")
        );
        assert_eq!(
            place_named(&fr, "j'ai les reins en compote").as_deref(),
            Some("back")
        );
        assert_eq!(place_named(&en, "it's giving me gyp"), None);
    }

    #[test]
    fn pain_with_place_and_score() {
        assert_eq!(
            labels("en", "My knee hurts, about a six out of ten."),
            ["pain#6", "pain=present", "pain@knee"]
        );
        assert_eq!(
            labels("fr", "J'ai mal au genou, sept sur dix."),
            ["pain#7", "pain=present", "pain@knee"]
        );
    }

    #[test]
    fn negation_turns_a_cue_round_within_its_clause_only() {
        assert_eq!(labels("en", "I'm not in pain"), ["pain=absent"]);
        assert_eq!(labels("en", "I don't have any pain today"), ["pain=absent"]);
        assert_eq!(
            labels("en", "I'm not hungry but I slept well"),
            ["appetite=poor", "sleep=good"]
        );
        assert_eq!(labels("fr", "Je n'ai pas bien dormi"), ["sleep=poor"]);
        assert_eq!(labels("fr", "Pas mal du tout"), ["pain=absent"]);
        // An urgent cue turned round stays, with its negation as evidence, until the
        // meaning model agrees it is nothing (signals::read_answer).
        let lex = Lexicon::builtin("en").unwrap();
        let s = extract("I didn't fall, I just sat down", &lex);
        assert_eq!(
            (
                s.len(),
                s[0].value.as_str(),
                s[0].negated,
                s[0].evidence.as_str()
            ),
            (1, "fall", true, "didn't fall")
        );
    }

    /// Someone else's trouble, or one long past, is not the resident's now; urgent readings
    /// stay for the model to judge (see signals::read_answer).
    #[test]
    fn whose_and_when() {
        let none: [&str; 0] = [];
        assert_eq!(labels("en", "My sister's back is playing up again."), none);
        assert_eq!(labels("en", "He hardly eats a thing."), none);
        assert_eq!(
            labels("en", "My daughter says I'm not eating."),
            ["appetite=poor"]
        );
        assert_eq!(
            labels("en", "Since my husband died I can't sleep."),
            ["sleep=poor"]
        );
        assert_eq!(labels("en", "I broke my hip years ago."), none);
        assert_eq!(
            labels("en", "I broke my hip years ago and it still aches."),
            ["pain=present", "pain@hip"]
        );
        assert_eq!(labels("fr", "La voisine a mal au dos."), none);
        assert_eq!(
            labels("fr", "Mon mari dit que je ne mange plus."),
            ["appetite=poor"]
        );
        assert_eq!(
            labels("fr", "Mon genou, il me fait mal."),
            ["pain=present", "pain@knee"]
        );
        assert_eq!(
            labels("fr", "Ma voisine a fait une chute."),
            ["urgent=fall"]
        );
        assert_eq!(labels("en", "I had a fall last year."), ["urgent=fall"]);
    }

    #[test]
    fn evidence_is_the_exact_words_by_character() {
        let lex = Lexicon::builtin("fr").unwrap();
        let text = "Ça va, mais j’ai très mal à la tête";
        let s = extract(text, &lex);
        let pain = s.iter().find(|s| s.kind == "pain").unwrap();
        assert_eq!(pain.location.as_deref(), Some("head"));
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(
            chars[pain.start..pain.end].iter().collect::<String>(),
            pain.evidence
        );
        assert_eq!(pain.evidence, "mal à la tête");
        assert!(pain.inferred);
    }

    #[test]
    fn hedges_make_a_signal_mild_and_urgent_phrases_are_found() {
        let lex = Lexicon::builtin("en").unwrap();
        let s = extract("I'm a bit tired", &lex);
        assert_eq!(
            (s[0].kind.as_str(), s[0].value.as_str(), s[0].mild),
            ("sleep", "poor", true)
        );
        assert_eq!(
            labels("en", "I don't want to live any more"),
            ["urgent=not_wanting_to_live"]
        );
        assert_eq!(
            labels("fr", "Je suis tombée dans la salle de bain"),
            ["urgent=fall"]
        );
    }
}

//! Whose and when a reading is: a cue in a clause about someone else ("my sister's back is
//! bad", « la voisine est tombée ») or set long ago ("I had a fall last year") says nothing
//! of how the resident is now. The words for both live in the lexicon (`others`, `selves`,
//! `long_ago`, `ongoing`).

use super::extract::match_at;
use super::lexicon::{Lexicon, Pattern};
use super::text::Token;

/// Why a reading may not be about the resident, now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doubt {
    /// A negation turned it round ("I didn't fall").
    Negated,
    /// The clause is about someone else.
    SomeoneElse,
    /// The clause is set long ago.
    LongAgo,
}

impl Doubt {
    pub fn as_str(self) -> &'static str {
        match self {
            Doubt::Negated => "negated",
            Doubt::SomeoneElse => "someone else",
            Doubt::LongAgo => "long ago",
        }
    }
}

/// The first of `patterns` matching at `i`, by its length.
fn matches(patterns: &[Pattern], tokens: &[Token], i: usize) -> Option<usize> {
    patterns.iter().filter_map(|p| match_at(p, tokens, i)).max()
}

/// Whose and when the cue at tokens `[at, end)` is, if it is doubtful: the last person named
/// in its clause up to the cue's end is someone else ("my sister's back hurts"; but
/// « tout le monde m'a oubliée » names the resident last), or its clause is set long ago and
/// does not go on now.
pub fn doubt(lex: &Lexicon, tokens: &[Token], at: usize, end: usize) -> Option<Doubt> {
    let clause = tokens.get(at)?.clause;
    let first = tokens[..at]
        .iter()
        .rposition(|t| t.clause != clause)
        .map_or(0, |i| i + 1);
    // Who was named last: a longer "someone else" ("my sister") before a shorter self ("my").
    let mut someone_else = false;
    let mut i = first;
    while i < end.min(tokens.len()) {
        if let Some(n) = matches(&lex.others, tokens, i).filter(|_| i < at) {
            someone_else = true;
            i += n;
        } else if let Some(n) = matches(&lex.selves, tokens, i) {
            someone_else = false;
            i += n;
        } else {
            i += 1;
        }
    }
    if someone_else {
        return Some(Doubt::SomeoneElse);
    }
    let in_clause = (first..tokens.len()).take_while(|&i| tokens[i].clause == clause);
    let any = |patterns: &[Pattern]| {
        in_clause
            .clone()
            .any(|i| matches(patterns, tokens, i).is_some())
    };
    (any(&lex.long_ago) && !any(&lex.ongoing)).then_some(Doubt::LongAgo)
}

//! Words of an utterance with their character positions, folded for matching (lower case,
//! no accents, one kind of apostrophe), and the clause each belongs to.

use unicode_normalization::UnicodeNormalization;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Folded form used for matching.
    pub norm: String,
    /// Character offsets in the original text.
    pub start: usize,
    pub end: usize,
    pub clause: usize,
}

/// Lower case without accents: "Fatiguée" → "fatiguee".
pub fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c == '’' || c == '‘' { '\'' } else { c })
        .fold(String::new(), |mut out, c| {
            // Ligatures are letters of their own to Unicode, two letters to a reader.
            match c {
                'œ' => out.push_str("oe"),
                'æ' => out.push_str("ae"),
                _ => out.push(c),
            }
            out
        })
}

/// Splits into words; punctuation ends a clause, and so do `breaks` words ("but", "mais").
pub fn tokenize(text: &str, split_apostrophes: bool, breaks: &[String]) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut clause = 0;
    let mut word = String::new();
    let mut start = 0;
    let chars: Vec<char> = text.chars().collect();
    let flush = |word: &mut String,
                 start: usize,
                 end: usize,
                 clause: &mut usize,
                 tokens: &mut Vec<Token>| {
        if word.is_empty() {
            return;
        }
        let mut norm = fold(word);
        word.clear();
        // "back's" is "back" (the possessive or "is" adds nothing to match on).
        if norm.len() > 2 && norm.ends_with("'s") {
            norm.truncate(norm.len() - 2);
        }
        if breaks.contains(&norm) {
            *clause += 1;
        }
        tokens.push(Token {
            norm,
            start,
            end,
            clause: *clause,
        });
    };
    for (i, &c) in chars.iter().enumerate() {
        let apostrophe = c == '\'' || c == '’';
        // An apostrophe joins a word ("don't") unless the language elides with it ("j'ai").
        let joins = c.is_alphanumeric()
            || (apostrophe && !split_apostrophes && !word.is_empty())
            || (c == '/'
                && !word.is_empty()
                && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit()));
        if joins {
            if word.is_empty() {
                start = i;
            }
            word.push(c);
            continue;
        }
        flush(&mut word, start, i, &mut clause, &mut tokens);
        if matches!(
            c,
            '.' | ',' | ';' | '!' | '?' | ':' | '…' | '(' | ')' | '—' | '–'
        ) {
            clause += 1;
        }
    }
    flush(&mut word, start, chars.len(), &mut clause, &mut tokens);
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_apostrophes() {
        assert_eq!(fold("Fatiguée À l’Été"), "fatiguee a l'ete");
        assert_eq!(fold("Cœur"), "coeur");
    }

    #[test]
    fn french_elision_splits_and_english_contractions_stay() {
        let fr: Vec<String> = tokenize("J’ai pas faim, mais", true, &["mais".into()])
            .into_iter()
            .map(|t| format!("{}:{}", t.norm, t.clause))
            .collect();
        assert_eq!(fr, ["j:0", "ai:0", "pas:0", "faim:0", "mais:2"]);
        let en = tokenize("I don't hurt", false, &[]);
        assert_eq!(en[1].norm, "don't");
        assert_eq!((en[2].start, en[2].end), (8, 12));
    }
}

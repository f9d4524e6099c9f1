//! Word error rate, for tests and benchmarks: how far a transcript is from what was said.
//! Text is normalised first (case, punctuation, apostrophes, hyphens) so only words count.

/// Lower-case words with punctuation removed; accents kept (they change French words).
pub fn normalise(text: &str) -> Vec<String> {
    let cleaned: String = text
        .to_lowercase()
        .chars()
        .map(|c| match c {
            '’' | '\'' => '\'',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        })
        .collect();
    cleaned
        .split_whitespace()
        .map(|w| w.trim_matches('\'').to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Word-level edit distance between reference and hypothesis.
pub fn word_errors(reference: &[String], hypothesis: &[String]) -> usize {
    let mut prev: Vec<usize> = (0..=hypothesis.len()).collect();
    for (i, r) in reference.iter().enumerate() {
        let mut cur = vec![i + 1; hypothesis.len() + 1];
        for (j, h) in hypothesis.iter().enumerate() {
            let sub = prev[j] + usize::from(r != h);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[hypothesis.len()]
}

/// Errors per reference word (0.0 is perfect; can exceed 1.0 with many insertions).
pub fn wer(reference: &str, hypothesis: &str) -> f64 {
    let r = normalise(reference);
    let h = normalise(hypothesis);
    if r.is_empty() {
        return if h.is_empty() { 0.0 } else { 1.0 };
    }
    word_errors(&r, &h) as f64 / r.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_punctuation_and_apostrophes() {
        assert_eq!(
            normalise("Hello, World! It’s ok."),
            vec!["hello", "world", "it's", "ok"]
        );
        assert_eq!(
            normalise("J'ai mal au genou — un peu."),
            vec!["j'ai", "mal", "au", "genou", "un", "peu"]
        );
        assert_eq!(normalise("demi-sette"), vec!["demi", "sette"]);
    }

    #[test]
    fn counts_substitutions_insertions_deletions() {
        assert_eq!(wer("a b c d", "a b c d"), 0.0);
        assert_eq!(wer("a b c d", "a x c d"), 0.25);
        assert_eq!(wer("a b c d", "a b c"), 0.25);
        assert_eq!(wer("a b c d", "a b c d e f"), 0.5);
        assert_eq!(wer("", ""), 0.0);
        assert_eq!(wer("", "noise"), 1.0);
        assert_eq!(wer("one two", ""), 1.0);
    }
}

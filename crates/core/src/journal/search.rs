//! Finding what was said: full-text search over notes (SQLite FTS5, accents ignored), with
//! the usual filters. The person's words are matched as words, never as query syntax.

use crate::journal::JournalError;
use rusqlite::params;

use super::notes::{self, Note};
use crate::store::Store;

#[derive(Debug, Clone, Default)]
pub struct SearchFilter {
    pub resident_id: Option<i64>,
    pub from_ms: Option<i64>,
    pub to_ms: Option<i64>,
    /// Only notes with a signal of this kind ("pain", "urgent"…).
    pub signal: Option<String>,
    pub limit: usize,
}

/// Notes whose words contain every word of `words` (as typed; prefixes match: "dorm" finds
/// "dormi"), newest first (by when they were saved: FTS5 walks its index backwards and stops
/// at the limit, which keeps a common word fast in a million notes).
pub fn search(store: &Store, words: &str, f: &SearchFilter) -> Result<Vec<Note>, JournalError> {
    let query = fts_query(words);
    if query.is_empty() {
        return Ok(Vec::new());
    }
    let limit = if f.limit == 0 { 50 } else { f.limit };
    // The ids of the notes saved in the period bound the walk through the index: FTS5 seeks
    // to them instead of reading every newer match first. Exact whatever the order of ids:
    // every note of the period lies between its smallest and largest id. (The time index is
    // named: left to itself, SQLite would find min(id) by walking every note from the first.)
    let (lo, hi): (Option<i64>, Option<i64>) = if f.from_ms.is_some() || f.to_ms.is_some() {
        store.conn().query_row(
            "SELECT min(id), max(id) FROM notes INDEXED BY notes_by_time
             WHERE created_ms >= coalesce(?1, -9223372036854775808)
               AND created_ms < coalesce(?2, 9223372036854775807)",
            params![f.from_ms, f.to_ms],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?
    } else {
        (None, None)
    };
    if (f.from_ms.is_some() || f.to_ms.is_some()) && lo.is_none() {
        return Ok(Vec::new()); // nothing was saved in the period
    }
    let mut stmt = store.conn().prepare(
        "SELECT n.id FROM notes_fts
         JOIN notes n ON n.id = notes_fts.rowid
         WHERE notes_fts MATCH ?1
           AND notes_fts.rowid BETWEEN coalesce(?7, -9223372036854775808)
                                   AND coalesce(?8, 9223372036854775807)
           AND (?2 IS NULL OR n.resident_id = ?2)
           AND (?3 IS NULL OR n.created_ms >= ?3)
           AND (?4 IS NULL OR n.created_ms < ?4)
           AND (?5 IS NULL OR EXISTS (SELECT 1 FROM signals s WHERE s.note_id = n.id AND s.kind = ?5))
         ORDER BY notes_fts.rowid DESC
         LIMIT ?6",
    )?;
    let ids = stmt
        .query_map(
            params![
                query,
                f.resident_id,
                f.from_ms,
                f.to_ms,
                f.signal,
                limit as i64,
                lo,
                hi
            ],
            |r| r.get::<_, i64>(0),
        )?
        .collect::<Result<Vec<_>, _>>()?;
    ids.into_iter().map(|id| notes::get(store, id)).collect()
}

/// Each word quoted (so `"` `*` `-` `NEAR` typed by a person are just text) and matched as a
/// prefix; words are ANDed.
fn fts_query(words: &str) -> String {
    words
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\"*"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signals::{extract, Lexicon};

    #[test]
    fn words_are_words_not_syntax() {
        assert_eq!(fts_query("knee  pain"), "\"knee\"* \"pain\"*");
        assert_eq!(fts_query("NEAR(\"x\" -y*)"), "\"NEAR\"* \"x\"* \"y\"*");
        assert_eq!(fts_query("  ?! "), "");
    }

    #[test]
    fn finds_french_without_accents_and_filters_by_resident_day_and_signal() {
        let (_dir, mut store, ids) =
            crate::journal::testing::journal(&[("Marie", "fr"), ("Arthur", "en")]);
        let (marie, arthur) = (ids[0], ids[1]);
        let fr = Lexicon::builtin("fr").unwrap();
        let en = Lexicon::builtin("en").unwrap();
        for (who, at, lang, lex, text) in [
            (
                marie,
                1_000,
                "fr",
                &fr,
                "Je suis très fatiguée, j'ai mal dormi.",
            ),
            (marie, 2_000, "fr", &fr, "La soupe était très bonne."),
            (arthur, 3_000, "en", &en, "My knee hurts and I am tired."),
        ] {
            notes::record_check_in(&mut store, who, at, lang, text, &extract(text, lex)).unwrap();
        }
        let all = SearchFilter::default();
        let found = |q: &str, f: &SearchFilter| -> Vec<String> {
            search(&store, q, f)
                .unwrap()
                .into_iter()
                .map(|n| n.original)
                .collect()
        };
        assert_eq!(
            found("fatiguee", &all),
            ["Je suis très fatiguée, j'ai mal dormi."]
        );
        assert_eq!(found("TRES", &all).len(), 2);
        assert_eq!(found("dorm", &all).len(), 1);
        assert!(found("knee fatiguee", &all).is_empty());
        let only_arthur = SearchFilter {
            resident_id: Some(arthur),
            ..SearchFilter::default()
        };
        assert_eq!(found("tired", &only_arthur).len(), 1);
        assert!(found("soupe", &only_arthur).is_empty());
        let later = SearchFilter {
            from_ms: Some(1_500),
            to_ms: Some(2_500),
            ..SearchFilter::default()
        };
        assert_eq!(found("tres", &later), ["La soupe était très bonne."]);
        // Periods bound the index walk by the period's ids: open-ended ones too, and a period
        // with no notes at all finds nothing.
        let since = SearchFilter {
            from_ms: Some(1_500),
            ..SearchFilter::default()
        };
        assert_eq!(found("tres", &since).len(), 1);
        let until = SearchFilter {
            to_ms: Some(1_500),
            ..SearchFilter::default()
        };
        assert_eq!(
            found("tres", &until),
            ["Je suis très fatiguée, j'ai mal dormi."]
        );
        let empty = SearchFilter {
            from_ms: Some(10_000),
            to_ms: Some(20_000),
            ..SearchFilter::default()
        };
        assert!(found("tres", &empty).is_empty());
        let with_pain = SearchFilter {
            signal: Some("pain".into()),
            ..SearchFilter::default()
        };
        assert_eq!(found("tired", &with_pain).len(), 1);
        assert!(found("tres", &with_pain).is_empty());
        assert!(found("\"*", &all).is_empty());
    }
}

//! What residents said, and the notes made of it. A spoken note is saved with its utterance
//! in one transaction; a correction is a new revision, and the original stays.

use crate::journal::JournalError;
use crate::refusal::Refusal;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::consent;
use super::reviews::{review_at, Reading, Review, REVIEW_COLUMNS};
use crate::signals::{Reader, Signal};
use crate::store::Store;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteSource {
    Spoken,
    Typed,
    CheckIn,
}

impl NoteSource {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Spoken => "spoken",
            Self::Typed => "typed",
            Self::CheckIn => "check_in",
        }
    }

    fn parse(s: &str) -> Self {
        match s {
            "typed" => Self::Typed,
            "check_in" => Self::CheckIn,
            _ => Self::Spoken,
        }
    }
}

/// What the recogniser heard, ready to be saved.
#[derive(Debug, Clone)]
pub struct NewUtterance {
    pub resident_id: i64,
    pub started_ms: i64,
    pub ended_ms: i64,
    pub text: String,
    pub language: String,
    pub model: String,
}

/// A note as a caregiver sees it: the original, and the latest revision if any.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub id: i64,
    pub resident_id: i64,
    pub resident_name: String,
    pub created_ms: i64,
    pub source: NoteSource,
    pub original: String,
    pub current: String,
    pub revisions: i64,
    /// Who wrote it, for a caregiver's note; none for what a resident said.
    pub author: Option<String>,
    /// What the machine read in the original, each with its evidence and a caregiver's
    /// latest decision on it.
    pub signals: Vec<NoteSignal>,
}

/// An inferred signal as kept: the machine's reading, never changed, and what a caregiver
/// last decided about it (none yet: still only inferred).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoteSignal {
    pub id: i64,
    pub read: Signal,
    pub review: Option<Review>,
}

/// Which notes to list: a resident or all, within [from_ms, to_ms).
#[derive(Debug, Clone, Default)]
pub struct NoteFilter {
    pub resident_id: Option<i64>,
    pub from_ms: i64,
    pub to_ms: i64,
}

/// Saves what was said and its note together: both or neither.
pub fn record_spoken(store: &mut Store, u: &NewUtterance) -> Result<Note, JournalError> {
    record_spoken_with(store, u, &[])
}

/// As [`record_spoken`], with the signals read in the text — all in one transaction.
pub fn record_spoken_with(
    store: &mut Store,
    u: &NewUtterance,
    signals: &[Signal],
) -> Result<Note, JournalError> {
    let tx = store.write()?;
    consent::keeping_words_in(&tx, u.resident_id)?;
    tx.execute(
        "INSERT INTO utterances (resident_id, started_ms, ended_ms, text, language, model, duration_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![u.resident_id, u.started_ms, u.ended_ms, u.text, u.language, u.model, (u.ended_ms - u.started_ms).max(0)],
    )?;
    let utterance_id = tx.last_insert_rowid();
    tx.execute(
        "INSERT INTO notes (resident_id, utterance_id, created_ms, source, text) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![u.resident_id, utterance_id, u.ended_ms, NoteSource::Spoken.as_str(), u.text],
    )?;
    let note_id = tx.last_insert_rowid();
    insert_signals(&tx, note_id, &u.language, u.ended_ms, signals)?;
    tx.commit()?;
    get(store, note_id)
}

/// Saves a finished (or interrupted) check-in's note with its signals, in one transaction.
/// `language` names the lexicon that read the answers.
pub fn record_check_in(
    store: &mut Store,
    resident_id: i64,
    created_ms: i64,
    language: &str,
    text: &str,
    signals: &[Signal],
) -> Result<Note, JournalError> {
    let tx = store.write()?;
    consent::keeping_words_in(&tx, resident_id)?;
    tx.execute(
        "INSERT INTO notes (resident_id, utterance_id, created_ms, source, text) VALUES (?1, NULL, ?2, ?3, ?4)",
        params![resident_id, created_ms, NoteSource::CheckIn.as_str(), text],
    )?;
    let note_id = tx.last_insert_rowid();
    insert_signals(&tx, note_id, language, created_ms, signals)?;
    tx.commit()?;
    get(store, note_id)
}

/// What notes deleted with their readings, decisions and revisions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Deleted {
    pub notes: usize,
    pub readings: usize,
}

/// Deletes the notes `WHERE {condition}` (one `?1` parameter) with everything hanging on
/// them: retention and erasure, inside the caller's transaction. Only those two delete.
pub(crate) fn delete_where(
    tx: &rusqlite::Connection,
    condition: &str,
    param: i64,
) -> Result<Deleted, JournalError> {
    let notes = format!("SELECT id FROM notes WHERE {condition}");
    tx.execute(
        &format!(
            "DELETE FROM signal_reviews WHERE signal_id IN
             (SELECT id FROM signals WHERE note_id IN ({notes}))"
        ),
        [param],
    )?;
    let readings = tx.execute(
        &format!("DELETE FROM signals WHERE note_id IN ({notes})"),
        [param],
    )?;
    tx.execute(
        &format!("DELETE FROM note_revisions WHERE note_id IN ({notes})"),
        [param],
    )?;
    let notes = tx.execute(&format!("DELETE FROM notes WHERE {condition}"), [param])?;
    Ok(Deleted { notes, readings })
}

/// What the recogniser heard in one turn (kept for the retention policy's transcript days).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Transcript {
    pub started_ms: i64,
    pub ended_ms: i64,
    pub text: String,
    pub language: String,
    pub model: String,
}

/// A resident's transcripts still kept, oldest first.
pub fn transcripts_of(store: &Store, resident_id: i64) -> Result<Vec<Transcript>, JournalError> {
    let mut stmt = store.conn().prepare(
        "SELECT started_ms, ended_ms, text, language, model FROM utterances
         WHERE resident_id = ?1 ORDER BY started_ms, id",
    )?;
    let rows = stmt.query_map([resident_id], |r| {
        Ok(Transcript {
            started_ms: r.get(0)?,
            ended_ms: r.get(1)?,
            text: r.get(2)?,
            language: r.get(3)?,
            model: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn insert_signals(
    tx: &rusqlite::Connection,
    note_id: i64,
    language: &str,
    created_ms: i64,
    signals: &[Signal],
) -> Result<(), JournalError> {
    for s in signals {
        tx.execute(
            "INSERT INTO signals (note_id, kind, value, location, severity, mild, negated,
                                  span_start, span_end, evidence, lexicon, created_ms, reader,
                                  sounds_like)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            params![
                note_id,
                s.kind,
                s.value,
                s.location,
                s.severity,
                s.mild,
                s.negated,
                s.start as i64,
                s.end as i64,
                s.evidence,
                language,
                created_ms,
                s.reader.as_str(),
                s.sounds_like
            ],
        )?;
    }
    Ok(())
}

/// A note a caregiver writes (or dictates and checks) about a resident. Nothing is inferred
/// from it: it is already a person's judgement.
pub fn record_typed(
    store: &mut Store,
    resident_id: i64,
    created_ms: i64,
    author: &str,
    text: &str,
) -> Result<Note, JournalError> {
    let (author, text) = (named(author)?, text.trim());
    if text.is_empty() {
        return Err(Refusal::EmptyNote.into());
    }
    store.conn().execute(
        "INSERT INTO notes (resident_id, utterance_id, created_ms, source, text, author)
         VALUES (?1, NULL, ?2, 'typed', ?3, ?4)",
        params![resident_id, created_ms, text, author],
    )?;
    let id = store.conn().last_insert_rowid();
    get(store, id)
}

/// Who made a change: required, trimmed.
fn named(author: &str) -> Result<&str, JournalError> {
    match author.trim() {
        "" => Err(Refusal::AuthorNeeded.into()),
        name => Ok(name),
    }
}

/// A caregiver's correction of a note's words: a new revision; the original is kept.
pub fn revise(
    store: &mut Store,
    note_id: i64,
    author: &str,
    text: &str,
) -> Result<Note, JournalError> {
    let author = named(author)?;
    if text.trim().is_empty() {
        return Err(Refusal::EmptyCorrection.into());
    }
    store.conn().execute(
        "INSERT INTO note_revisions (note_id, created_ms, author, text) VALUES (?1, ?2, ?3, ?4)",
        params![note_id, crate::clock::now_ms(), author, text.trim()],
    )?;
    get(store, note_id)
}

/// A revision of a note's words: who, when, what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    pub author: String,
    pub created_ms: i64,
    pub text: String,
}

/// Every revision of a note, oldest first (the original is the note's own `original`).
pub fn revisions(store: &Store, note_id: i64) -> Result<Vec<Revision>, JournalError> {
    let mut stmt = store.conn().prepare_cached(
        "SELECT author, created_ms, text FROM note_revisions WHERE note_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([note_id], |r| {
        Ok(Revision {
            author: r.get(0)?,
            created_ms: r.get(1)?,
            text: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The note a signal was read in.
pub fn with_signal(store: &Store, signal_id: i64) -> Result<Note, JournalError> {
    let note_id: Option<i64> = store
        .conn()
        .query_row(
            "SELECT note_id FROM signals WHERE id = ?1",
            [signal_id],
            |r| r.get(0),
        )
        .optional()?;
    match note_id {
        Some(id) => get(store, id),
        None => Err(Refusal::NoSuchSignal { id: signal_id }.into()),
    }
}

const SELECT: &str = "SELECT n.id, n.resident_id, r.preferred_name, n.created_ms, n.source, n.text,
        COALESCE((SELECT v.text FROM note_revisions v WHERE v.note_id = n.id ORDER BY v.id DESC LIMIT 1), n.text),
        (SELECT count(*) FROM note_revisions v WHERE v.note_id = n.id), n.author
     FROM notes n JOIN residents r ON r.id = n.resident_id";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Note> {
    Ok(Note {
        signals: Vec::new(),
        id: r.get(0)?,
        resident_id: r.get(1)?,
        resident_name: r.get(2)?,
        created_ms: r.get(3)?,
        source: NoteSource::parse(&r.get::<_, String>(4)?),
        original: r.get(5)?,
        current: r.get(6)?,
        revisions: r.get(7)?,
        author: r.get(8)?,
    })
}

/// How much the journal holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    pub notes: i64,
    pub utterances: i64,
    /// When the newest note was made.
    pub last_note_ms: Option<i64>,
}

pub fn totals(store: &Store) -> Result<Totals, JournalError> {
    Ok(store.conn().query_row(
        "SELECT (SELECT count(*) FROM notes), (SELECT count(*) FROM utterances),
                (SELECT max(created_ms) FROM notes)",
        [],
        |r| {
            Ok(Totals {
                notes: r.get(0)?,
                utterances: r.get(1)?,
                last_note_ms: r.get(2)?,
            })
        },
    )?)
}

pub fn get(store: &Store, note_id: i64) -> Result<Note, JournalError> {
    let mut n = store
        .conn()
        .query_row(&format!("{SELECT} WHERE n.id = ?1"), [note_id], row)?;
    n.signals = signals_of(store, n.id)?;
    Ok(n)
}

impl NoteSignal {
    /// The reading that counts now (none if a caregiver dismissed it).
    pub fn reading(&self) -> Option<Reading> {
        Reading::of(&self.read, self.review.as_ref())
    }
}

/// Signals (`s`) with their latest review (`r`, if any), for a WHERE on `s`; `extra`
/// columns come after those [`signal_row`] reads (from column [`EXTRA`]).
/// The first column after a signal and its review in [`signals_with_reviews`].
pub(crate) const EXTRA: usize = 21;

pub(crate) fn signals_with_reviews(extra: &str) -> String {
    format!(
        "SELECT s.note_id, s.id, s.kind, s.value, s.location, s.severity, s.mild, s.negated,
                s.span_start, s.span_end, s.evidence, s.reader, s.sounds_like, {REVIEW_COLUMNS}{extra}
         FROM signals s
         LEFT JOIN signal_reviews r
           ON r.id = (SELECT max(x.id) FROM signal_reviews x WHERE x.signal_id = s.id)"
    )
}

/// A row of [`signals_with_reviews`]: (note id, signal).
pub(crate) fn signal_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(i64, NoteSignal)> {
    let read = Signal {
        kind: r.get(2)?,
        value: r.get(3)?,
        location: r.get(4)?,
        severity: r.get(5)?,
        mild: r.get(6)?,
        negated: r.get(7)?,
        start: r.get::<_, i64>(8)? as usize,
        end: r.get::<_, i64>(9)? as usize,
        evidence: r.get(10)?,
        inferred: true,
        reader: Reader::parse(&r.get::<_, String>(11)?),
        sounds_like: r.get(12)?,
    };
    let review = match r.get::<_, Option<i64>>(13)? {
        Some(_) => Some(review_at(r, 13)?),
        None => None,
    };
    Ok((
        r.get(0)?,
        NoteSignal {
            id: r.get(1)?,
            read,
            review,
        },
    ))
}

fn signals_of(store: &Store, note_id: i64) -> Result<Vec<NoteSignal>, JournalError> {
    let mut stmt = store.conn().prepare_cached(&format!(
        "{} WHERE s.note_id = ?1 ORDER BY s.span_start, s.id",
        signals_with_reviews("")
    ))?;
    let rows = stmt.query_map([note_id], signal_row)?;
    Ok(rows.map(|r| r.map(|(_, s)| s)).collect::<Result<_, _>>()?)
}

/// Notes in the filter's window, newest first, with their signals (one query for all).
pub fn list(store: &Store, f: &NoteFilter) -> Result<Vec<Note>, JournalError> {
    const WINDOW: &str =
        "n.created_ms >= ?1 AND n.created_ms < ?2 AND (?3 IS NULL OR n.resident_id = ?3)";
    let args = params![f.from_ms, f.to_ms, f.resident_id];
    let mut stmt = store.conn().prepare_cached(&format!(
        "{SELECT} WHERE {WINDOW} ORDER BY n.created_ms DESC, n.id DESC"
    ))?;
    let mut notes: Vec<Note> = stmt.query_map(args, row)?.collect::<Result<_, _>>()?;
    let mut stmt = store.conn().prepare_cached(&format!(
        "{} WHERE s.note_id IN (SELECT n.id FROM notes n WHERE {WINDOW})
         ORDER BY s.note_id, s.span_start, s.id",
        signals_with_reviews("")
    ))?;
    let mut by_note: std::collections::HashMap<i64, Vec<NoteSignal>> = Default::default();
    for r in stmt.query_map(args, signal_row)? {
        let (note_id, s) = r?;
        by_note.entry(note_id).or_default().push(s);
    }
    for n in &mut notes {
        n.signals = by_note.remove(&n.id).unwrap_or_default();
    }
    Ok(notes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::consent::Purpose;

    fn setup() -> (tempfile::TempDir, Store, i64) {
        let (dir, s, ids) = crate::journal::testing::journal(&[("Rose", "en")]);
        (dir, s, ids[0])
    }

    /// The machine's readings of a note, as first read.
    fn read(n: &Note) -> Vec<Signal> {
        n.signals.iter().map(|s| s.read.clone()).collect()
    }

    fn said(resident_id: i64, at: i64, text: &str) -> NewUtterance {
        NewUtterance {
            resident_id,
            started_ms: at - 3000,
            ended_ms: at,
            text: text.into(),
            language: "en".into(),
            model: "base".into(),
        }
    }

    #[test]
    fn spoken_note_lists_newest_first_within_the_day() {
        let (_d, mut s, rose) = setup();
        record_spoken(&mut s, &said(rose, 1_000, "I slept well")).unwrap();
        record_spoken(&mut s, &said(rose, 2_000, "My knee hurts")).unwrap();
        record_spoken(&mut s, &said(rose, 99_000, "tomorrow")).unwrap();
        let notes = list(
            &s,
            &NoteFilter {
                resident_id: Some(rose),
                from_ms: 0,
                to_ms: 10_000,
            },
        )
        .unwrap();
        let texts: Vec<&str> = notes.iter().map(|n| n.current.as_str()).collect();
        assert_eq!(texts, vec!["My knee hurts", "I slept well"]);
        assert_eq!(notes[0].resident_name, "Rose");
        assert!(list(
            &s,
            &NoteFilter {
                resident_id: Some(rose + 1),
                from_ms: 0,
                to_ms: 10_000
            }
        )
        .unwrap()
        .is_empty());
    }

    #[test]
    fn a_correction_keeps_the_original() {
        let (_d, mut s, rose) = setup();
        let n = record_spoken(&mut s, &said(rose, 1_000, "my nee hurts")).unwrap();
        let revised = revise(&mut s, n.id, "carer:anna", "my knee hurts").unwrap();
        assert!(revise(&mut s, n.id, " ", "x").is_err());
        assert!(revise(&mut s, n.id, "anna", "  ").is_err());
        assert!(
            revise(&mut s, n.id + 99, "anna", "x").is_err(),
            "no such note"
        );
        assert_eq!(
            revisions(&s, n.id)
                .unwrap()
                .iter()
                .map(|r| (r.author.as_str(), r.text.as_str()))
                .collect::<Vec<_>>(),
            [("carer:anna", "my knee hurts")]
        );
        assert_eq!(
            (
                revised.original.as_str(),
                revised.current.as_str(),
                revised.revisions
            ),
            ("my nee hurts", "my knee hurts", 1)
        );
        let err = s
            .conn()
            .execute("UPDATE notes SET text = 'x' WHERE id = ?1", [n.id])
            .unwrap_err();
        assert!(err.to_string().contains("never changed"), "{err}");
    }

    #[test]
    fn a_caregivers_note_has_its_author_and_nothing_inferred() {
        let (_d, mut s, rose) = setup();
        let n = record_typed(
            &mut s,
            rose,
            1_000,
            " Sam ",
            "Rose's knee hurts, about a 7.",
        )
        .unwrap();
        assert_eq!(
            (n.source, n.author.as_deref(), n.signals.len()),
            (NoteSource::Typed, Some("Sam"), 0)
        );
        assert!(record_typed(&mut s, rose, 1_000, "", "words").is_err());
        assert!(record_typed(&mut s, rose, 1_000, "Sam", " ").is_err());
        assert!(record_typed(&mut s, rose + 9, 1_000, "Sam", "x").is_err());
        let spoken = record_spoken(&mut s, &said(rose, 2_000, "hello")).unwrap();
        assert_eq!(spoken.author, None);
    }

    #[test]
    fn signals_are_saved_with_the_note_and_never_changed() {
        let (_d, mut s, rose) = setup();
        let lex = crate::signals::Lexicon::builtin("en").unwrap();
        let u = said(rose, 1_000, "My knee hurts, about a six, and I slept badly");
        let found = crate::signals::extract(&u.text, &lex);
        let n = record_spoken_with(&mut s, &u, &found).unwrap();
        assert_eq!(read(&n), found);
        let listed = list(
            &s,
            &NoteFilter {
                resident_id: None,
                from_ms: 0,
                to_ms: 10_000,
            },
        )
        .unwrap();
        let pain = read(&listed[0])
            .into_iter()
            .find(|x| x.kind == "pain")
            .unwrap();
        assert_eq!(
            (pain.location.as_deref(), pain.severity),
            (Some("knee"), Some(6))
        );
        assert_eq!(&u.text[pain.start..pain.end], pain.evidence); // ASCII: chars = bytes
        let err = s
            .conn()
            .execute("UPDATE signals SET value = 'absent'", [])
            .unwrap_err();
        assert!(err.to_string().contains("never changed"), "{err}");
    }

    #[test]
    fn a_check_in_note_is_saved_whole_with_its_signals() {
        use crate::dialogue::{compose, CheckIn, Script};
        let (_d, mut s, rose) = setup();
        let script = Script::daily();
        let lex = crate::signals::Lexicon::builtin("en").unwrap();
        let i18n = hearth_i18n::I18n::load();
        let (mut c, _) = CheckIn::start(&script, &lex, "Rose");
        for a in ["yes", "I'm fine", "Slept like a log", "No, no pain"] {
            c.answer(a);
        }
        let note = compose(&c, &i18n, "en", "Rose");
        let saved = record_check_in(&mut s, rose, 5_000, "en", &note.text, &note.signals).unwrap();
        assert_eq!(saved.source, NoteSource::CheckIn);
        assert_eq!(saved.original, note.text);
        assert_eq!(read(&saved), note.signals);
        let chars: Vec<char> = saved.original.chars().collect();
        let pain = read(&saved).into_iter().find(|x| x.kind == "pain").unwrap();
        assert_eq!(pain.value, "absent");
        assert_eq!(
            chars[pain.start..pain.end].iter().collect::<String>(),
            pain.evidence
        );
    }

    #[test]
    fn a_note_for_an_unknown_resident_saves_nothing() {
        let (_d, mut s, rose) = setup();
        assert!(record_spoken(&mut s, &said(rose + 42, 1_000, "hello")).is_err());
        let count: i64 = s
            .conn()
            .query_row("SELECT count(*) FROM utterances", [], |r| r.get(0))
            .unwrap();
        assert_eq!(count, 0, "the utterance must roll back with the note");
    }

    #[test]
    fn nothing_a_resident_says_is_kept_without_consent() {
        let (_d, mut s, ids) = crate::journal::testing::journal_without_consent(&[("Rose", "en")]);
        let rose = ids[0];
        let refused = |s: &mut Store| {
            (
                record_spoken(s, &said(rose, 1_000, "I slept well")).err(),
                record_check_in(s, rose, 2_000, "en", "Mood: good", &[]).err(),
            )
        };
        let (a, b) = refused(&mut s);
        assert!(
            matches!(a, Some(JournalError::NoConsent(Purpose::SpeechRecognition))),
            "{a:?}"
        );
        assert!(
            matches!(b, Some(JournalError::NoConsent(Purpose::SpeechRecognition))),
            "{b:?}"
        );
        let give = |s: &Store, purpose, given| {
            consent::record(
                s,
                rose,
                &consent::Answer {
                    purpose,
                    given,
                    given_by: "Rose herself".into(),
                    recorded_by: "Ada".into(),
                    at_ms: 1,
                },
            )
            .unwrap()
        };
        give(&s, Purpose::SpeechRecognition, true);
        let (a, _) = refused(&mut s);
        assert!(
            matches!(a, Some(JournalError::NoConsent(Purpose::KeepTranscripts))),
            "{a:?}"
        );
        give(&s, Purpose::KeepTranscripts, true);
        record_spoken(&mut s, &said(rose, 1_000, "I slept well")).unwrap();
        // Withdrawn: the very next save is refused.
        give(&s, Purpose::KeepTranscripts, false);
        let (a, b) = refused(&mut s);
        assert!(a.is_some() && b.is_some());
        let kept: i64 = s
            .conn()
            .query_row("SELECT count(*) FROM notes", [], |r| r.get(0))
            .unwrap();
        let words: i64 = s
            .conn()
            .query_row("SELECT count(*) FROM utterances", [], |r| r.get(0))
            .unwrap();
        assert_eq!((kept, words), (1, 1));
    }
}

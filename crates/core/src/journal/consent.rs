//! Consent, per resident and per purpose: who gave it (or withdrew it), when, and which
//! member of staff recorded it. Each change is a new row, so the history stays; the latest
//! row for a purpose is what holds now. Without consent nothing is recorded: the journal's
//! own writes of a resident's words check it in the same transaction, so a withdrawal takes
//! effect at once, even for a conversation already under way.

use crate::journal::JournalError;
use crate::refusal::Refusal;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::store::Store;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// Hearth may listen to the resident and recognise their words (on this device).
    SpeechRecognition,
    /// What they said may be kept as notes in the journal.
    KeepTranscripts,
    /// Recordings of their voice may be kept. Hearth keeps none in this version; the
    /// consent is recorded so that the answer is on file.
    KeepAudio,
}

impl Purpose {
    pub const ALL: [Purpose; 3] = [
        Purpose::SpeechRecognition,
        Purpose::KeepTranscripts,
        Purpose::KeepAudio,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::SpeechRecognition => "speech_recognition",
            Purpose::KeepTranscripts => "keep_transcripts",
            Purpose::KeepAudio => "keep_audio",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// One answer on file: given or withdrawn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub purpose: Purpose,
    pub given: bool,
    /// Who answered: "Rose herself", "her daughter (power of attorney)".
    pub given_by: String,
    /// The member of staff who recorded it.
    pub recorded_by: String,
    pub at_ms: i64,
}

/// Records an answer (a new row; earlier ones are kept).
pub fn record(store: &Store, resident_id: i64, answer: &Answer) -> Result<(), JournalError> {
    record_in(store.conn(), resident_id, answer)
}

fn record_in(conn: &Connection, resident_id: i64, answer: &Answer) -> Result<(), JournalError> {
    let (given_by, recorded_by) = (answer.given_by.trim(), answer.recorded_by.trim());
    if given_by.is_empty() {
        return Err(Refusal::ConsentGiverNeeded.into());
    }
    if recorded_by.is_empty() {
        return Err(Refusal::AuthorNeeded.into());
    }
    let on_file: Option<Option<i64>> = conn
        .query_row(
            "SELECT erased_ms FROM residents WHERE id = ?1",
            [resident_id],
            |r| r.get(0),
        )
        .optional()?;
    if !matches!(on_file, Some(None)) {
        return Err(Refusal::NoSuchResident.into());
    }
    conn.execute(
        "INSERT INTO consents (resident_id, purpose, given, given_by, recorded_by, at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            resident_id,
            answer.purpose.as_str(),
            answer.given,
            given_by,
            recorded_by,
            answer.at_ms
        ],
    )?;
    Ok(())
}

/// What holds now for each purpose that has an answer, in `Purpose::ALL` order.
pub fn current(store: &Store, resident_id: i64) -> Result<Vec<Answer>, JournalError> {
    let mut out = Vec::new();
    for p in Purpose::ALL {
        if let Some(a) = latest(store.conn(), resident_id, p)? {
            out.push(a);
        }
    }
    Ok(out)
}

/// Every answer on file, newest first.
pub fn history(store: &Store, resident_id: i64) -> Result<Vec<Answer>, JournalError> {
    let mut stmt = store.conn().prepare(
        "SELECT purpose, given, given_by, recorded_by, at_ms FROM consents
         WHERE resident_id = ?1 ORDER BY id DESC",
    )?;
    let rows = stmt.query_map([resident_id], answer)?;
    let mut out = Vec::new();
    for r in rows {
        if let Some(a) = r? {
            out.push(a);
        }
    }
    Ok(out)
}

/// Every answer on file, by resident, newest first: one query for a whole list (see `cards`).
pub(super) fn all_answers(
    store: &Store,
) -> Result<std::collections::HashMap<i64, Vec<Answer>>, JournalError> {
    let mut stmt = store.conn().prepare(
        "SELECT purpose, given, given_by, recorded_by, at_ms, resident_id FROM consents
         ORDER BY id DESC",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(5)?, answer(r)?)))?;
    let mut out = std::collections::HashMap::<i64, Vec<Answer>>::new();
    for r in rows {
        if let (resident_id, Some(a)) = r? {
            out.entry(resident_id).or_default().push(a);
        }
    }
    Ok(out)
}

/// Whether consent for `purpose` holds now.
pub fn holds(store: &Store, resident_id: i64, purpose: Purpose) -> Result<bool, JournalError> {
    Ok(latest(store.conn(), resident_id, purpose)?.is_some_and(|a| a.given))
}

/// What keeping a resident's own words needs: consent to be listened to and to have the
/// words kept. Refuses, naming the first purpose missing, unless both hold now.
pub fn keeping_words(store: &Store, resident_id: i64) -> Result<(), JournalError> {
    keeping_words_in(store.conn(), resident_id)
}

/// As [`keeping_words`], inside the write it guards (a withdrawal counts from the next save).
pub(crate) fn keeping_words_in(conn: &Connection, resident_id: i64) -> Result<(), JournalError> {
    require(conn, resident_id, Purpose::SpeechRecognition)?;
    require(conn, resident_id, Purpose::KeepTranscripts)
}

/// Refuses unless consent for `purpose` holds now; used inside the writes it guards.
fn require(conn: &Connection, resident_id: i64, purpose: Purpose) -> Result<(), JournalError> {
    match latest(conn, resident_id, purpose)? {
        Some(a) if a.given => Ok(()),
        _ => Err(JournalError::NoConsent(purpose)),
    }
}

fn latest(
    conn: &Connection,
    resident_id: i64,
    purpose: Purpose,
) -> Result<Option<Answer>, JournalError> {
    Ok(conn
        .query_row(
            "SELECT purpose, given, given_by, recorded_by, at_ms FROM consents
             WHERE resident_id = ?1 AND purpose = ?2 ORDER BY id DESC LIMIT 1",
            params![resident_id, purpose.as_str()],
            answer,
        )
        .optional()?
        .flatten())
}

fn answer(r: &rusqlite::Row<'_>) -> rusqlite::Result<Option<Answer>> {
    let purpose: String = r.get(0)?;
    Ok(Purpose::parse(&purpose).map(|purpose| Answer {
        purpose,
        given: r.get(1).unwrap_or(false),
        given_by: r.get(2).unwrap_or_default(),
        recorded_by: r.get(3).unwrap_or_default(),
        at_ms: r.get(4).unwrap_or_default(),
    }))
}

/// Gives consent to listening and keeping words (not audio) for `resident_id`, as
/// answered by `given_by`: sample residents and tests.
pub fn give_all(
    store: &Store,
    resident_id: i64,
    given_by: &str,
    at_ms: i64,
) -> Result<(), JournalError> {
    give_all_in(store.conn(), resident_id, given_by, at_ms)
}

pub(crate) fn give_all_in(
    conn: &Connection,
    resident_id: i64,
    given_by: &str,
    at_ms: i64,
) -> Result<(), JournalError> {
    for purpose in [Purpose::SpeechRecognition, Purpose::KeepTranscripts] {
        let answer = Answer {
            purpose,
            given: true,
            given_by: given_by.into(),
            recorded_by: "Hearth".into(),
            at_ms,
        };
        record_in(conn, resident_id, &answer)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::testing::{answer, journal_without_consent};

    #[test]
    fn latest_answer_holds_and_history_is_kept() {
        let (_d, s, ids) = journal_without_consent(&[("Rose", "en"), ("Paul", "en")]);
        let (rose, paul) = (ids[0], ids[1]);
        assert!(!holds(&s, rose, Purpose::SpeechRecognition).unwrap());
        assert!(current(&s, rose).unwrap().is_empty());
        record(&s, rose, &answer(Purpose::SpeechRecognition, true, 1)).unwrap();
        record(&s, rose, &answer(Purpose::KeepTranscripts, true, 1)).unwrap();
        assert!(holds(&s, rose, Purpose::SpeechRecognition).unwrap());
        assert!(!holds(&s, paul, Purpose::SpeechRecognition).unwrap());
        record(&s, rose, &answer(Purpose::SpeechRecognition, false, 2)).unwrap();
        assert!(!holds(&s, rose, Purpose::SpeechRecognition).unwrap());
        assert!(matches!(
            require(s.conn(), rose, Purpose::SpeechRecognition),
            Err(JournalError::NoConsent(Purpose::SpeechRecognition))
        ));
        let now = current(&s, rose).unwrap();
        assert_eq!(
            now.iter().map(|a| (a.purpose, a.given)).collect::<Vec<_>>(),
            [
                (Purpose::SpeechRecognition, false),
                (Purpose::KeepTranscripts, true)
            ]
        );
        assert_eq!(history(&s, rose).unwrap().len(), 3);
        assert!(s
            .conn()
            .execute("UPDATE consents SET given = 1", [])
            .is_err());
    }

    #[test]
    fn an_answer_says_who() {
        let (_d, s, ids) = journal_without_consent(&[("Rose", "en")]);
        let nobody = Answer {
            given_by: " ".into(),
            ..answer(Purpose::KeepAudio, true, 1)
        };
        assert!(record(&s, ids[0], &nobody).is_err());
        assert!(current(&s, ids[0]).unwrap().is_empty());
    }
}

//! Erasure: everything held about one resident is deleted — what they said, the notes made
//! of it, the readings and decisions, their consent answers and profile — in one
//! transaction, leaving only a tombstone: their emptied row (so their number is never given
//! to someone else) and an audit line saying who erased them and when.

use crate::journal::JournalError;
use crate::refusal::Refusal;
use rusqlite::params;

use crate::audit::{self, Entry};
use crate::store::Store;

/// What an erasure removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Erased {
    pub notes: usize,
    pub transcripts: usize,
    pub readings: usize,
}

pub fn erase(
    store: &mut Store,
    resident_id: i64,
    by: &str,
    at_ms: i64,
) -> Result<Erased, JournalError> {
    let tx = store.write()?;
    let on_file: Option<Option<i64>> = tx
        .query_row(
            "SELECT erased_ms FROM residents WHERE id = ?1",
            [resident_id],
            |r| r.get(0),
        )
        .map(Some)
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok(None),
            e => Err(e),
        })?;
    match on_file {
        None => return Err(Refusal::NoSuchResident.into()),
        Some(Some(_)) => return Err(Refusal::AlreadyErased.into()),
        Some(None) => {}
    }
    let super::notes::Deleted { notes, readings } =
        super::notes::delete_where(&tx, "resident_id = ?1", resident_id)?;
    let transcripts = tx.execute(
        "DELETE FROM utterances WHERE resident_id = ?1",
        [resident_id],
    )?;
    tx.execute("DELETE FROM consents WHERE resident_id = ?1", [resident_id])?;
    tx.execute(
        "UPDATE residents SET preferred_name = 'erased', language = '', is_demo = 0,
                enjoys = '[]', avoids = '[]', preferences = '{}',
                archived_ms = coalesce(archived_ms, ?2), erased_ms = ?2
         WHERE id = ?1",
        params![resident_id, at_ms],
    )?;
    // Full-text search keeps no copy: its index is rebuilt from what is left.
    tx.execute_batch("INSERT INTO notes_fts(notes_fts) VALUES ('optimize')")?;
    let erased = Erased {
        notes,
        transcripts,
        readings,
    };
    audit::record_in(
        &tx,
        &Entry {
            at_ms,
            actor: by.into(),
            action: "erase_resident".into(),
            subject: audit::resident_subject(resident_id),
            detail: format!(
                "{notes} notes, {transcripts} transcripts, {readings} readings deleted"
            ),
        },
    )?;
    tx.commit()?;
    Ok(erased)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::testing::{journal, say};
    use crate::journal::{consent, residents, reviews, search};

    #[test]
    fn everything_about_one_resident_goes_and_only_a_tombstone_stays() {
        let (_d, mut s, ids) = journal(&[("Rose", "en"), ("Paul", "en")]);
        let (rose, paul) = (ids[0], ids[1]);
        let note = say(&mut s, rose, 1_000, "en", "My knee hurts, about a seven");
        say(&mut s, rose, 2_000, "en", "I slept badly");
        say(&mut s, paul, 3_000, "en", "My knee hurts too");
        let signal = note.signals[0].id;
        reviews::decide(&mut s, signal, &reviews::Decision::Confirm, "Sam", 5).unwrap();
        audit::record(
            &s,
            &Entry::new("Sam", "view_notes", &audit::resident_subject(rose), ""),
        )
        .unwrap();

        let gone = erase(&mut s, rose, "Ada", 9_000).unwrap();
        assert_eq!((gone.notes, gone.transcripts), (2, 0));
        assert!(gone.readings >= 2);
        // Nothing of Rose is left anywhere a query can reach.
        let dump: String = s
            .conn()
            .query_row(
                "SELECT group_concat(t, ' ') FROM (
                   SELECT preferred_name AS t FROM residents
                   UNION ALL SELECT text FROM notes
                   UNION ALL SELECT evidence FROM signals
                   UNION ALL SELECT given_by FROM consents)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(!dump.contains("Rose") && !dump.contains("seven"), "{dump}");
        assert!(!consent::holds(&s, rose, consent::Purpose::SpeechRecognition).unwrap());
        assert!(
            search::search(&s, "seven", &search::SearchFilter::default())
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            search::search(&s, "knee", &Default::default())
                .unwrap()
                .len(),
            1
        );
        // Paul is untouched; Rose is on no list, and her number is not given again.
        assert_eq!(residents::list(&s).unwrap().len(), 1);
        assert!(residents::archived(&s).unwrap().is_empty());
        let next = residents::add(
            &mut s,
            &residents::NewResident {
                preferred_name: "Iris".into(),
                language: "en".into(),
                is_demo: false,
            },
        )
        .unwrap();
        assert_ne!(next.id, rose);
        // The tombstone: who erased, when; the earlier lines about her name no one.
        let about = audit::about(&s, rose).unwrap();
        assert_eq!(about.last().unwrap().action, "erase_resident");
        assert_eq!(about.last().unwrap().actor, "Ada");
        assert!(erase(&mut s, rose, "Ada", 9_500).is_err(), "once");
        // She stays erased: no edit, no bringing back, no new consent, note or words.
        let profile = residents::profile(&s, paul).unwrap().unwrap();
        assert!(residents::update(&s, rose, &profile).is_err());
        assert!(residents::archive(&s, rose, None).is_err());
        let answer = consent::Answer {
            purpose: consent::Purpose::SpeechRecognition,
            given: true,
            given_by: "someone".into(),
            recorded_by: "Ada".into(),
            at_ms: 9_600,
        };
        assert!(consent::record(&s, rose, &answer).is_err());
        assert!(crate::journal::notes::record_typed(&mut s, rose, 9_700, "Sam", "hello").is_err());
        assert!(s
            .conn()
            .execute(
                "UPDATE residents SET erased_ms = NULL WHERE id = ?1",
                [rose]
            )
            .is_err());
        assert_eq!(
            s.conn()
                .query_row(
                    "SELECT count(*) FROM notes WHERE resident_id = ?1",
                    [rose],
                    |r| r.get::<_, i64>(0)
                )
                .unwrap(),
            0
        );
    }
}

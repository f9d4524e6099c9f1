//! Residents: who talks to Hearth, what they like to talk about (and what not), and how
//! Hearth talks with them. Archived residents leave the lists; what they said stays until
//! the retention policy or an erasure removes it.

use crate::journal::JournalError;
use crate::refusal::Refusal;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::consent;
use crate::settings::Preferences;
use crate::store::Store;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Resident {
    pub id: i64,
    pub preferred_name: String,
    pub language: String,
    pub is_demo: bool,
}

#[derive(Debug, Clone)]
pub struct NewResident {
    pub preferred_name: String,
    pub language: String,
    pub is_demo: bool,
}

/// Everything staff can change about a resident.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Profile {
    pub preferred_name: String,
    pub language: String,
    /// Topics they enjoy talking about, in staff's words.
    pub enjoys: Vec<String>,
    /// Topics to avoid. A check-in topic here (`signals::TOPICS`) is not asked about.
    pub avoids: Vec<String>,
    pub preferences: Preferences,
    /// When archived (None while active).
    #[serde(default)]
    pub archived_ms: Option<i64>,
}

const COLUMNS: &str = "id, preferred_name, language, is_demo";

fn resident(r: &rusqlite::Row<'_>) -> rusqlite::Result<Resident> {
    Ok(Resident {
        id: r.get(0)?,
        preferred_name: r.get(1)?,
        language: r.get(2)?,
        is_demo: r.get(3)?,
    })
}

pub fn add(store: &mut Store, r: &NewResident) -> Result<Resident, JournalError> {
    let (name, language) = (named(&r.preferred_name)?, language(&r.language)?);
    let conn = store.conn();
    conn.execute(
        "INSERT INTO residents (preferred_name, language, is_demo, created_ms) VALUES (?1, ?2, ?3, ?4)",
        params![name, language, r.is_demo, crate::clock::now_ms()],
    )?;
    Ok(Resident {
        id: conn.last_insert_rowid(),
        preferred_name: name.to_string(),
        language: language.to_string(),
        is_demo: r.is_demo,
    })
}

/// Residents not archived, by name.
pub fn list(store: &Store) -> Result<Vec<Resident>, JournalError> {
    let mut stmt = store.conn().prepare(&format!(
        "SELECT {COLUMNS} FROM residents WHERE archived_ms IS NULL ORDER BY preferred_name COLLATE NOCASE, id"
    ))?;
    let rows = stmt.query_map([], resident)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Archived residents, most recently archived first.
pub fn archived(store: &Store) -> Result<Vec<Resident>, JournalError> {
    let mut stmt = store.conn().prepare(&format!(
        "SELECT {COLUMNS} FROM residents WHERE archived_ms IS NOT NULL AND erased_ms IS NULL
         ORDER BY archived_ms DESC, id"
    ))?;
    let rows = stmt.query_map([], resident)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn get(store: &Store, id: i64) -> Result<Option<Resident>, JournalError> {
    Ok(store
        .conn()
        .query_row(
            &format!("SELECT {COLUMNS} FROM residents WHERE id = ?1"),
            [id],
            resident,
        )
        .optional()?)
}

/// The name of a resident still on file (archived or not); `None` once erased or unknown.
pub fn name_on_file(store: &Store, id: i64) -> Result<Option<String>, JournalError> {
    Ok(store
        .conn()
        .query_row(
            "SELECT preferred_name FROM residents WHERE id = ?1 AND erased_ms IS NULL",
            [id],
            |r| r.get(0),
        )
        .optional()?)
}

pub fn profile(store: &Store, id: i64) -> Result<Option<Profile>, JournalError> {
    let row = store
        .conn()
        .query_row(
            "SELECT preferred_name, language, enjoys, avoids, preferences, archived_ms
             FROM residents WHERE id = ?1",
            [id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<i64>>(5)?,
                ))
            },
        )
        .optional()?;
    Ok(row.map(
        |(preferred_name, language, enjoys, avoids, preferences, archived_ms)| {
            profile_of(
                preferred_name,
                language,
                &enjoys,
                &avoids,
                &preferences,
                archived_ms,
            )
        },
    ))
}

/// Every resident's profile on file, by id: one query for a whole list (see `cards`).
pub(super) fn all_profiles(
    store: &Store,
) -> Result<std::collections::HashMap<i64, Profile>, JournalError> {
    let mut stmt = store.conn().prepare(
        "SELECT id, preferred_name, language, enjoys, avoids, preferences, archived_ms
         FROM residents WHERE erased_ms IS NULL",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            profile_of(
                r.get(1)?,
                r.get(2)?,
                &r.get::<_, String>(3)?,
                &r.get::<_, String>(4)?,
                &r.get::<_, String>(5)?,
                r.get(6)?,
            ),
        ))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// A profile from its columns. A value this version cannot read falls back to the defaults:
/// the resident can still use Hearth, and staff see (and can save) what holds.
fn profile_of(
    preferred_name: String,
    language: String,
    enjoys: &str,
    avoids: &str,
    preferences: &str,
    archived_ms: Option<i64>,
) -> Profile {
    Profile {
        preferred_name,
        language,
        enjoys: serde_json::from_str(enjoys).unwrap_or_default(),
        avoids: serde_json::from_str(avoids).unwrap_or_default(),
        preferences: serde_json::from_str(preferences).unwrap_or_default(),
        archived_ms,
    }
}

/// Saves staff's changes to a resident (not their archive state: see `archive`). An erased
/// resident is no longer on file: "no such resident".
pub fn update(store: &Store, id: i64, p: &Profile) -> Result<Resident, JournalError> {
    let (name, language) = (named(&p.preferred_name)?, language(&p.language)?);
    p.preferences.check()?;
    let changed = store.conn().execute(
        "UPDATE residents SET preferred_name = ?2, language = ?3, enjoys = ?4, avoids = ?5,
                preferences = ?6 WHERE id = ?1 AND erased_ms IS NULL",
        params![
            id,
            name,
            language,
            to_json(&topics(&p.enjoys)?)?,
            to_json(&topics(&p.avoids)?)?,
            to_json(&p.preferences)?
        ],
    )?;
    if changed == 0 {
        return Err(Refusal::NoSuchResident.into());
    }
    get(store, id)?.ok_or_else(|| Refusal::NoSuchResident.into())
}

/// Takes a resident off the lists (they moved out, or died); `None` brings them back (never
/// an erased one).
pub fn archive(store: &Store, id: i64, at_ms: Option<i64>) -> Result<(), JournalError> {
    let changed = store.conn().execute(
        "UPDATE residents SET archived_ms = ?2 WHERE id = ?1 AND erased_ms IS NULL",
        params![id, at_ms],
    )?;
    if changed == 0 {
        return Err(Refusal::NoSuchResident.into());
    }
    Ok(())
}

fn to_json(v: &impl Serialize) -> Result<String, JournalError> {
    serde_json::to_string(v)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)).into())
}

/// A preferred name: required, trimmed, short enough for a card.
fn named(name: &str) -> Result<&str, JournalError> {
    match name.trim() {
        "" => Err(Refusal::NameNeeded.into()),
        n if n.chars().count() > 60 => Err(Refusal::NameTooLong { max: 60 }.into()),
        n => Ok(n),
    }
}

/// A language code ("en", "fr", "pt-BR").
fn language(code: &str) -> Result<&str, JournalError> {
    let code = code.trim();
    let ok = (2..=8).contains(&code.len())
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if ok {
        Ok(code)
    } else {
        Err(Refusal::NotALanguage { given: code.into() }.into())
    }
}

/// A list of topics: trimmed, no blanks or repeats, at most 20 of at most 80 characters.
fn topics(list: &[String]) -> Result<Vec<String>, JournalError> {
    let mut out: Vec<String> = Vec::new();
    for t in list.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
        if t.chars().count() > 80 {
            return Err(Refusal::TopicTooLong { max: 80 }.into());
        }
        if !out.iter().any(|o| o.eq_ignore_ascii_case(t)) {
            out.push(t.to_string());
        }
    }
    if out.len() > 20 {
        return Err(Refusal::TooManyTopics { max: 20 }.into());
    }
    Ok(out)
}

/// The resident's code outside Hearth (exports): a salted hash of their id, with a salt
/// drawn when this journal was made — no name, and not the same in another journal.
pub fn pseudonym(store: &Store, id: i64) -> Result<String, JournalError> {
    use sha2::{Digest, Sha256};
    let salt: String = store.conn().query_row(
        "SELECT value FROM journal_info WHERE key = 'pseudonym_salt'",
        [],
        |r| r.get(0),
    )?;
    let digest = Sha256::digest(format!("{salt}:resident:{id}"));
    Ok(hex::encode(&digest[..10]))
}

/// On the very first run (no resident ever added), two clearly marked demo residents, so a
/// new care home can try Hearth at once. Staff can archive them later.
pub fn ensure_demo(
    store: &mut Store,
    demo: &[(&str, &str)],
) -> Result<Vec<Resident>, JournalError> {
    let tx = store.write()?;
    let ever: i64 = tx.query_row("SELECT count(*) FROM residents", [], |r| r.get(0))?;
    if ever == 0 {
        for (name, lang) in demo {
            tx.execute(
                "INSERT INTO residents (preferred_name, language, is_demo, created_ms) VALUES (?1, ?2, 1, ?3)",
                params![name, lang, crate::clock::now_ms()],
            )?;
            // Sample residents can be talked with at once; their consent is on file as such.
            consent::give_all_in(
                &tx,
                tx.last_insert_rowid(),
                "sample resident",
                crate::clock::now_ms(),
            )?;
        }
    }
    tx.commit()?;
    list(store)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_residents_only_on_first_run() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("j.sqlite")).unwrap();
        let demo = [("Marie (demo)", "fr"), ("Arthur (demo)", "en")];
        let first = ensure_demo(&mut s, &demo).unwrap();
        assert_eq!(first.len(), 2);
        assert!(first.iter().all(|r| r.is_demo));
        assert!(first.iter().all(|r| {
            consent::holds(&s, r.id, consent::Purpose::KeepTranscripts).unwrap()
                && !consent::holds(&s, r.id, consent::Purpose::KeepAudio).unwrap()
        }));
        assert_eq!(first[0].preferred_name, "Arthur (demo)"); // by name
        assert_eq!(ensure_demo(&mut s, &demo).unwrap().len(), 2);
        let added = add(
            &mut s,
            &NewResident {
                preferred_name: "  Rose ".into(),
                language: "en".into(),
                is_demo: false,
            },
        )
        .unwrap();
        assert_eq!(added.preferred_name, "Rose");
        let code = pseudonym(&s, added.id).unwrap();
        assert_eq!(
            (code.len(), code.clone()),
            (20, pseudonym(&s, added.id).unwrap())
        );
        assert_ne!(code, pseudonym(&s, added.id + 1).unwrap());
        let other = tempfile::tempdir().unwrap();
        let mut elsewhere = Store::open(&other.path().join("j.sqlite")).unwrap();
        ensure_demo(&mut elsewhere, &demo).unwrap();
        assert_ne!(pseudonym(&elsewhere, 1).unwrap(), pseudonym(&s, 1).unwrap());
        assert_eq!(get(&s, added.id).unwrap(), Some(added));
        assert!(add(
            &mut s,
            &NewResident {
                preferred_name: "  ".into(),
                language: "en".into(),
                is_demo: false
            }
        )
        .is_err());
    }

    #[test]
    fn a_profile_is_edited_checked_and_archived_without_losing_notes() {
        use crate::settings::{Input, Pause};
        let (_d, mut s, ids) = crate::journal::testing::journal(&[("Rose", "en")]);
        let rose = ids[0];
        crate::journal::testing::say(&mut s, rose, 1_000, "en", "My knee hurts");
        let before = profile(&s, rose).unwrap().unwrap();
        assert_eq!(before.preferences, Preferences::default());
        let mut p = Profile {
            preferred_name: " Rosie ".into(),
            language: "fr".into(),
            enjoys: vec![
                "gardening".into(),
                " ".into(),
                "Gardening".into(),
                "music".into(),
            ],
            avoids: vec!["loneliness".into(), "her late husband".into()],
            ..before
        };
        p.preferences.input = Input::Tap;
        p.preferences.pause = Pause::Long;
        let saved = update(&s, rose, &p).unwrap();
        assert_eq!(
            (saved.preferred_name.as_str(), saved.language.as_str()),
            ("Rosie", "fr")
        );
        let read = profile(&s, rose).unwrap().unwrap();
        assert_eq!(read.enjoys, ["gardening", "music"]);
        assert_eq!(read.avoids, ["loneliness", "her late husband"]);
        assert_eq!(
            (read.preferences.input, read.preferences.pause),
            (Input::Tap, Pause::Long)
        );
        for bad in [
            Profile {
                preferred_name: "".into(),
                ..read.clone()
            },
            Profile {
                language: "français!".into(),
                ..read.clone()
            },
            Profile {
                enjoys: vec!["x".repeat(81)],
                ..read.clone()
            },
        ] {
            assert!(update(&s, rose, &bad).is_err());
        }
        assert_eq!(
            profile(&s, rose).unwrap().unwrap(),
            read,
            "a refused edit changes nothing"
        );
        assert!(update(&s, 999, &read).is_err());

        archive(&s, rose, Some(5_000)).unwrap();
        assert!(list(&s).unwrap().is_empty());
        assert_eq!(archived(&s).unwrap()[0].id, rose);
        assert_eq!(profile(&s, rose).unwrap().unwrap().archived_ms, Some(5_000));
        let kept: i64 = s
            .conn()
            .query_row(
                "SELECT count(*) FROM notes WHERE resident_id = ?1",
                [rose],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(kept, 1, "archiving keeps what was said");
        archive(&s, rose, None).unwrap();
        assert_eq!(list(&s).unwrap().len(), 1);
    }
}

//! A subject access request (GDPR art. 15): everything Hearth holds about one resident, as
//! JSON (complete, for any other system) and as a PDF to hand to them (their profile, their
//! consent answers and every note with what was read in it and who decided what).

use serde::Serialize;

use super::{local, pdf, record, ExportError};
use crate::audit::{self, Entry};
use crate::journal::consent::{self, Answer};
use crate::journal::history::{self, NoteHistory};
use crate::journal::notes::{self, Note, Transcript};
use crate::journal::residents::{self, Profile, Resident};
use crate::store::Store;

/// Everything held about one resident.
#[derive(Debug, Clone, Serialize)]
pub struct Everything {
    pub made: String,
    pub resident: Resident,
    pub profile: Profile,
    /// Every consent answer, newest first.
    pub consent: Vec<Answer>,
    /// Every note, oldest first, with every revision and decision.
    pub notes: Vec<NoteWithHistory>,
    /// What the recogniser heard in each turn still kept (see the retention policy).
    pub transcripts: Vec<Transcript>,
    /// Every line of the audit log about them: who viewed, decided, exported, changed.
    pub audit: Vec<Entry>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NoteWithHistory {
    #[serde(flatten)]
    pub note: Note,
    pub history: NoteHistory,
}

pub fn gather(store: &Store, resident_id: i64) -> Result<Everything, ExportError> {
    let r = record(store, resident_id, 0, i64::MAX)?;
    let profile = residents::profile(store, resident_id)?.ok_or(ExportError::UnknownResident)?;
    let mut notes = Vec::with_capacity(r.notes.len());
    for note in r.notes {
        let history = history::of_note(store, note.id)?;
        notes.push(NoteWithHistory { note, history });
    }
    Ok(Everything {
        made: local(crate::clock::now_ms()),
        resident: r.resident,
        profile,
        consent: consent::history(store, resident_id)?,
        notes,
        transcripts: notes::transcripts_of(store, resident_id)?,
        audit: audit::about(store, resident_id)?,
    })
}

/// Writes `hearth-resident-<id>-everything-<day>.json` and `.pdf` into `dir` (each whole or not at
/// all); their paths.
pub fn save(
    store: &Store,
    resident_id: i64,
    i18n: &hearth_i18n::I18n,
    lang: &str,
    dir: &std::path::Path,
) -> Result<[std::path::PathBuf; 2], ExportError> {
    let all = gather(store, resident_id)?;
    let json = serde_json::to_vec_pretty(&all).map_err(|e| ExportError::Write {
        path: dir.display().to_string(),
        why: e.to_string(),
    })?;
    let r = record(store, resident_id, 0, i64::MAX)?;
    let preface = preface(&all, i18n, lang);
    let pdf = pdf::write_with(&r, i18n, lang, &preface)?;
    let day = super::local_day(crate::clock::now_ms());
    let stem = format!("{}everything-{day}", super::file_prefix(resident_id));
    Ok([
        super::write_whole(dir, &format!("{stem}.json"), &json)?,
        super::write_whole(dir, &format!("{stem}.pdf"), &pdf)?,
    ])
}

/// The PDF's first lines: who they are to Hearth, and their consent.
fn preface(all: &Everything, i18n: &hearth_i18n::I18n, lang: &str) -> Vec<String> {
    let name = all.resident.preferred_name.as_str();
    let list = |v: &[String]| {
        if v.is_empty() {
            "—".to_string()
        } else {
            v.join(", ")
        }
    };
    let mut lines = vec![
        i18n.text(lang, "sar-intro", &[("name", name)]),
        i18n.text(
            lang,
            "sar-language",
            &[("language", &all.resident.language)],
        ),
        i18n.text(
            lang,
            "sar-enjoys",
            &[("topics", &list(&all.profile.enjoys))],
        ),
        i18n.text(
            lang,
            "sar-avoids",
            &[("topics", &list(&all.profile.avoids))],
        ),
    ];
    for a in &all.consent {
        let key = if a.given {
            "consent-now-given"
        } else {
            "consent-now-withdrawn"
        };
        let purpose = i18n.text(
            lang,
            &format!("consent-{}", a.purpose.as_str()),
            &[("name", name)],
        );
        let said = i18n.text(
            lang,
            key,
            &[
                ("by", &a.given_by),
                ("date", &local(a.at_ms)),
                ("staff", &a.recorded_by),
            ],
        );
        lines.push(format!("{purpose}: {said}"));
    }
    lines.push(i18n.text(
        lang,
        "sar-counts",
        &[
            ("transcripts", &all.transcripts.len().to_string()),
            ("audit", &all.audit.len().to_string()),
        ],
    ));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::testing::{journal, say};

    #[test]
    fn everything_about_one_resident_and_nothing_about_another() {
        let (dir, mut s, ids) = journal(&[("Rose", "en"), ("Paul", "en")]);
        say(&mut s, ids[0], 1_000, "en", "My knee hurts, about a seven");
        say(&mut s, ids[1], 2_000, "en", "Paul's own words");
        audit::record(
            &s,
            &Entry::new("Sam", "view_notes", &audit::resident_subject(ids[0]), ""),
        )
        .unwrap();
        let all = gather(&s, ids[0]).unwrap();
        assert_eq!(all.notes.len(), 1);
        assert_eq!(all.consent.len(), 2);
        assert_eq!(all.audit.len(), 1);
        let json = serde_json::to_string(&all).unwrap();
        assert!(json.contains("about a seven") && json.contains("\"evidence\""));
        assert!(!json.contains("Paul"), "{json}");
        let out = dir.path().join("exports");
        let [j, p] = save(&s, ids[0], &hearth_i18n::I18n::load(), "fr", &out).unwrap();
        assert!(std::fs::read(&p).unwrap().starts_with(b"%PDF-"));
        let back: serde_json::Value = serde_json::from_slice(&std::fs::read(&j).unwrap()).unwrap();
        assert_eq!(back["resident"]["preferred_name"], "Rose");
        assert!(j
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with(&format!("hearth-resident-{}-everything-", ids[0])));
    }
}

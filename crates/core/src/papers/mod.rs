//! The papers a care home needs before it may switch Hearth on, written from this device's
//! actual configuration: a **data protection impact assessment** draft (GDPR art. 35) and an
//! **AI transparency sheet** (EU AI Act: people are told they talk to a machine, what it
//! infers, how well, and that a person decides). Each is saved as Markdown, for the home to
//! complete, and as a PDF to print, in any language Hearth has words for.
//!
//! `facts` reads the journal (counts, never names); `compose` turns facts into a document
//! in words from the language files; `render` writes it.

mod compose;
mod render;

use std::path::{Path, PathBuf};

use crate::access::staff::{self, Role};
use crate::device_mode::DeviceMode;
use crate::journal::consent::{self, Purpose};
use crate::journal::{residents, JournalError};
use crate::retention::{self, Policy};
use crate::store::Store;

pub use compose::compose;
pub use render::{markdown, pdf};

/// Which paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    /// A data protection impact assessment, drafted.
    Dpia,
    /// What the AI in Hearth does and does not do, for residents, families and staff.
    AiTransparency,
}

impl Paper {
    pub fn slug(self) -> &'static str {
        match self {
            Paper::Dpia => "dpia",
            Paper::AiTransparency => "ai-transparency",
        }
    }
}

/// How many residents' current answers stand for one purpose.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ConsentCount {
    pub given: usize,
    pub withdrawn: usize,
    pub not_asked: usize,
}

/// What the papers say about this device, read from its journal and the running app.
#[derive(Debug, Clone, PartialEq)]
pub struct Facts {
    pub made_ms: i64,
    pub version: String,
    pub journal_path: String,
    /// The journal's key is sealed under a staff passphrase (else it sits in a file beside it).
    pub protected: bool,
    pub residents: usize,
    pub consent: Vec<(Purpose, ConsentCount)>,
    pub caregivers: usize,
    pub admins: usize,
    pub policy: Policy,
    pub device_mode: DeviceMode,
    /// The speech model in a few words ("base (q8_0), ready").
    pub speech_model: String,
    /// The meaning model reads beside the word lists.
    pub meaning_model: bool,
    /// Backups found in this device's own backups folder.
    pub backups_here: usize,
}

/// What only the running app knows.
#[derive(Debug, Clone)]
pub struct AppSide {
    pub version: String,
    pub speech_model: String,
    pub meaning_model: bool,
    pub device_mode: DeviceMode,
    pub journal_path: PathBuf,
}

/// Reads the counts and settings the papers need: no name leaves the journal.
pub fn facts(store: &Store, app: AppSide, now_ms: i64) -> Result<Facts, PaperError> {
    let people = residents::list(store)?;
    let mut consent = Vec::new();
    for purpose in Purpose::ALL {
        let mut count = ConsentCount::default();
        for r in &people {
            let answer = consent::current(store, r.id)?
                .into_iter()
                .find(|a| a.purpose == purpose);
            match answer {
                Some(a) if a.given => count.given += 1,
                Some(_) => count.withdrawn += 1,
                None => count.not_asked += 1,
            }
        }
        consent.push((purpose, count));
    }
    let team = staff::list(store)?;
    let admins = team.iter().filter(|s| s.role == Role::Admin).count();
    let backups_here = crate::backup::find(&[crate::backup::own_folder()])
        .into_iter()
        .filter(|(_, m)| m.is_ok())
        .count();
    Ok(Facts {
        made_ms: now_ms,
        version: app.version,
        protected: crate::store::is_protected(&app.journal_path),
        journal_path: app.journal_path.display().to_string(),
        residents: people.len(),
        consent,
        caregivers: team.len() - admins,
        admins,
        policy: retention::policy(store).map_err(JournalError::from)?,
        device_mode: app.device_mode,
        speech_model: app.speech_model,
        meaning_model: app.meaning_model,
        backups_here,
    })
}

/// One part of a paper.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading(String),
    Paragraph(String),
    Item(String),
}

/// A paper in words, ready to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub title: String,
    pub blocks: Vec<Block>,
}

impl Document {
    /// Every word of it, for tests and search.
    pub fn text(&self) -> String {
        markdown(self)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PaperError {
    #[error(transparent)]
    Journal(#[from] JournalError),
    #[error(transparent)]
    Access(#[from] crate::access::AccessError),
    #[error("could not make the PDF: {0}")]
    Pdf(String),
    #[error("could not write {path} (is the disk full?): {why}")]
    Write { path: String, why: String },
}

/// Writes `doc` into `dir` as `hearth-<paper>-<lang>-<day>.md` and `.pdf`, each whole or not
/// at all; answers both paths.
pub fn save(
    doc: &Document,
    paper: Paper,
    lang: &str,
    dir: &Path,
    now_ms: i64,
) -> Result<Vec<PathBuf>, PaperError> {
    let day = crate::export::local_day(now_ms);
    let stem = format!("hearth-{}-{lang}-{day}", paper.slug());
    let pdf_bytes = pdf(doc).map_err(|e| PaperError::Pdf(e.to_string()))?;
    let mut written = Vec::new();
    for (ext, bytes) in [("md", markdown(doc).into_bytes()), ("pdf", pdf_bytes)] {
        let path = dir.join(format!("{stem}.{ext}"));
        crate::files::write_whole(&path, &bytes).map_err(|e| PaperError::Write {
            path: path.display().to_string(),
            why: e.to_string(),
        })?;
        written.push(path);
    }
    Ok(written)
}

/// Where papers are saved: `papers/` in the data folder (kept apart from the residents'
/// exports, which retention deletes).
pub fn dir() -> PathBuf {
    crate::paths::data_dir().join("papers")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::testing;

    /// The facts are counts read from the journal: consent per purpose, staff per role, the
    /// retention policy; the saved paper holds no resident's or staff member's name.
    #[test]
    fn facts_are_counts_and_the_papers_name_no_one() {
        let (dir, mut s, ids) = testing::journal(&[("Rosalind", "en"), ("Marcel", "fr")]);
        consent::record(
            &s,
            ids[1],
            &testing::answer(Purpose::KeepTranscripts, false, 5),
        )
        .unwrap();
        staff::add(&mut s, "Bartholomew", Role::Admin, "139742").unwrap();
        staff::add(&mut s, "Sam", Role::Caregiver, "2580").unwrap();
        let app = AppSide {
            version: "9.9.9".into(),
            speech_model: "base (q8_0), ready".into(),
            meaning_model: false,
            device_mode: DeviceMode::Shared,
            journal_path: dir.path().join("j.sqlite"),
        };
        let f = facts(&s, app, 1_764_770_000_000).unwrap();
        assert_eq!((f.residents, f.admins, f.caregivers), (2, 1, 1));
        assert!(!f.protected);
        let count = |p| f.consent.iter().find(|(q, _)| *q == p).unwrap().1;
        let both = ConsentCount {
            given: 2,
            withdrawn: 0,
            not_asked: 0,
        };
        assert_eq!(count(Purpose::SpeechRecognition), both);
        assert_eq!(count(Purpose::KeepTranscripts).withdrawn, 1);

        let i18n = hearth_i18n::I18n::load();
        let out = dir.path().join("papers");
        for paper in [Paper::Dpia, Paper::AiTransparency] {
            let doc = compose(paper, &f, &i18n, "fr");
            let paths = save(&doc, paper, "fr", &out, f.made_ms).unwrap();
            assert_eq!(paths.len(), 2);
            let md = std::fs::read_to_string(&paths[0]).unwrap();
            for name in ["Rosalind", "Marcel", "Bartholomew", "Sam"] {
                assert!(!md.contains(name), "{name} in {md}");
            }
            assert!(std::fs::read(&paths[1]).unwrap().starts_with(b"%PDF"));
        }
        let dpia = std::fs::read_to_string(out.join("hearth-dpia-fr-2025-12-03.md")).unwrap();
        assert!(dpia.contains("retiré pour 1"), "{dpia}");
    }
}

//! One resident's notes for a period, out of Hearth as a file: CSV for a spreadsheet, FHIR
//! R4 JSON for a health record system (an Observation per reading a caregiver confirmed or
//! corrected, about a pseudonymous Patient), and a PDF to print or hand over.

pub mod csv;
pub mod fhir;
pub mod pdf;
pub mod subject_access;

use crate::journal::notes::{self, Note};
use crate::journal::residents::{self, Resident};
use crate::journal::JournalError;
use crate::store::{Store, StoreError};

/// A store failure is a journal failure here.
impl From<StoreError> for ExportError {
    fn from(e: StoreError) -> Self {
        Self::Journal(e.into())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Journal(#[from] JournalError),
    #[error("no such resident")]
    UnknownResident,
    #[error("could not write the CSV: {0}")]
    Csv(#[from] ::csv::Error),
    #[error("could not make the PDF: {0}")]
    Pdf(String),
    #[error("could not write {path} (is the disk full?): {why}")]
    Write { path: String, why: String },
    #[error("unknown export format {0} (pdf, csv or fhir)")]
    Format(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Csv,
    Fhir,
}

impl Format {
    pub fn parse(name: &str) -> Result<Self, ExportError> {
        match name {
            "pdf" => Ok(Self::Pdf),
            "csv" => Ok(Self::Csv),
            "fhir" => Ok(Self::Fhir),
            other => Err(ExportError::Format(other.into())),
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Csv => "csv",
            Self::Fhir => "fhir.json",
        }
    }
}

/// The file's bytes for `format`; PDF words in `lang`.
pub fn render(
    r: &Record,
    format: Format,
    i18n: &hearth_i18n::I18n,
    lang: &str,
) -> Result<Vec<u8>, ExportError> {
    match format {
        Format::Pdf => pdf::write(r, i18n, lang),
        Format::Csv => csv::write(r),
        Format::Fhir => Ok(serde_json::to_vec_pretty(&fhir::bundle(r)).unwrap_or_default()),
    }
}

/// Writes the export into `dir` whole or not at all (a temporary file renamed into place),
/// named after the resident's number on file and the days, never their name (a file name is
/// seen by anyone browsing the folder): `hearth-resident-3-2026-11-01-2026-11-23.pdf`.
pub fn save(
    r: &Record,
    format: Format,
    i18n: &hearth_i18n::I18n,
    lang: &str,
    dir: &std::path::Path,
) -> Result<std::path::PathBuf, ExportError> {
    let bytes = render(r, format, i18n, lang)?;
    let name = format!(
        "{}{}-{}.{}",
        file_prefix(r.resident.id),
        local_day(r.from_ms),
        local_day(r.to_ms - 1),
        format.extension()
    );
    write_whole(dir, &name, &bytes)
}

/// How every file made about resident `id` begins.
pub(crate) fn file_prefix(id: i64) -> String {
    format!("hearth-resident-{id}-")
}

/// The resident an export file in the data folder is about, read from its name.
fn file_resident(name: &str) -> Option<i64> {
    let rest = name.strip_prefix("hearth-resident-")?;
    rest.split_once('-')?.0.parse().ok()
}

/// Hearth's export files in `dir` (none if it cannot be read).
fn files_in(dir: &std::path::Path) -> Vec<(std::path::PathBuf, i64)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| Some((e.path(), file_resident(&e.file_name().to_string_lossy())?)))
        .collect()
}

/// The export files in `dir` about resident `id` (an erasure deletes them).
pub fn exports_of(dir: &std::path::Path, id: i64) -> Vec<std::path::PathBuf> {
    files_in(dir)
        .into_iter()
        .filter(|(_, who)| *who == id)
        .map(|(path, _)| path)
        .collect()
}

/// The export files in `dir` last written before `before_ms` (the retention purge).
pub fn older_than(dir: &std::path::Path, before_ms: i64) -> Vec<std::path::PathBuf> {
    let written_ms = |p: &std::path::Path| {
        let at = std::fs::metadata(p).and_then(|m| m.modified()).ok()?;
        let since = at.duration_since(std::time::UNIX_EPOCH).ok()?;
        i64::try_from(since.as_millis()).ok()
    };
    files_in(dir)
        .into_iter()
        .map(|(path, _)| path)
        .filter(|p| written_ms(p).is_some_and(|ms| ms < before_ms))
        .collect()
}

/// Deletes `files`; how many went.
pub fn remove(files: &[std::path::PathBuf]) -> usize {
    files
        .iter()
        .filter(|p| std::fs::remove_file(p).is_ok())
        .count()
}

/// Writes `bytes` as `dir/name`, whole or not at all (a temporary file renamed into place),
/// readable by this user only.
pub(crate) fn write_whole(
    dir: &std::path::Path,
    name: &str,
    bytes: &[u8],
) -> Result<std::path::PathBuf, ExportError> {
    let path = dir.join(name);
    let failed = |e: &dyn std::fmt::Display| ExportError::Write {
        path: path.display().to_string(),
        why: e.to_string(),
    };
    // Exports are outside the journal's encryption: at least nobody else on the device
    // reads them.
    crate::files::private_dir(dir).map_err(|e| failed(&e))?;
    crate::files::write_whole(&path, bytes).map_err(|e| failed(&e))?;
    Ok(path)
}

/// What an export holds: the resident and their notes in [from_ms, to_ms), oldest first.
#[derive(Debug, Clone)]
pub struct Record {
    pub resident: Resident,
    pub from_ms: i64,
    pub to_ms: i64,
    pub notes: Vec<Note>,
    /// A stable stand-in for the resident outside Hearth: no name, and different in every
    /// journal, so two homes' exports cannot be joined on it.
    pub pseudonym: String,
}

pub fn record(
    store: &Store,
    resident_id: i64,
    from_ms: i64,
    to_ms: i64,
) -> Result<Record, ExportError> {
    let resident = residents::get(store, resident_id)?.ok_or(ExportError::UnknownResident)?;
    let mut notes = notes::list(
        store,
        &notes::NoteFilter {
            resident_id: Some(resident_id),
            from_ms,
            to_ms,
        },
    )?;
    notes.reverse();
    let pseudonym = residents::pseudonym(store, resident_id)?;
    Ok(Record {
        resident,
        from_ms,
        to_ms,
        notes,
        pseudonym,
    })
}

/// An instant as RFC 3339 in UTC (what CSV and FHIR readers expect).
pub fn utc(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

/// The day of an instant, `YYYY-MM-DD`, in this device's time zone.
pub fn local_day(ms: i64) -> String {
    local(ms).chars().take(10).collect()
}

/// An instant as `YYYY-MM-DD HH:MM` in this device's time zone (for people).
pub fn local(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| {
            t.to_zoned(jiff::tz::TimeZone::system())
                .strftime("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_whole_under_a_name_that_says_who_and_when() {
        let (dir, s, rose) = testing::journal();
        let r = record(&s, rose, 1_699_990_000_000, 1_700_100_000_000).unwrap();
        let out = dir.path().join("exports");
        let i18n = hearth_i18n::I18n::load();
        for format in ["pdf", "csv", "fhir"] {
            let path = save(&r, Format::parse(format).unwrap(), &i18n, "en", &out).unwrap();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            assert!(
                name.starts_with(&format!("hearth-resident-{rose}-2023-11-1")),
                "{name}"
            );
            assert!(std::fs::metadata(&path).unwrap().len() > 100);
        }
        assert_eq!(
            std::fs::read_dir(&out).unwrap().count(),
            3,
            "no temporary file left"
        );
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "the exports folder is this user's only");
        assert_eq!(exports_of(&out, rose).len(), 3);
        assert!(exports_of(&out, rose + 10).is_empty());
        assert!(Format::parse("docx").is_err());
        assert!(matches!(
            record(&s, rose + 5, 0, 1),
            Err(ExportError::UnknownResident)
        ));
    }
}

#[cfg(test)]
mod file_tests {
    use super::*;

    #[test]
    fn files_are_matched_by_number_exactly_whatever_the_name_was() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "hearth-resident-3-2026-01-01-2026-01-31.pdf",
            "hearth-resident-3-everything-2026-02-01.json",
            "hearth-resident-31-2026-01-01-2026-01-31.pdf",
            "hearth-rose-2026-01-01-2026-01-31.pdf",
            "notes-resident-3.pdf",
        ] {
            std::fs::write(dir.path().join(name), b"x").unwrap();
        }
        let mut of3: Vec<String> = exports_of(dir.path(), 3)
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into())
            .collect();
        of3.sort();
        assert_eq!(
            of3,
            [
                "hearth-resident-3-2026-01-01-2026-01-31.pdf",
                "hearth-resident-3-everything-2026-02-01.json"
            ]
        );
        assert_eq!(remove(&exports_of(dir.path(), 31)), 1);
        assert!(exports_of(dir.path(), 31).is_empty());
        assert_eq!(exports_of(dir.path(), 3).len(), 2);
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! A small journal to export: Rose, two notes, one reading corrected, one dismissed.
    use super::*;
    use crate::journal::reviews::{self, Decision};
    use crate::journal::testing;

    pub fn journal() -> (tempfile::TempDir, Store, i64) {
        let (dir, mut s, ids) = testing::journal(&[("Rose", "fr")]);
        let rose = ids[0];
        let mut say = |at: i64, text: &str| testing::say(&mut s, rose, at, "fr", text);
        let a = say(
            1_700_000_000_000,
            "J'ai mal au genou, à peu près sept. J'ai très mal dormi.",
        );
        say(1_700_000_100_000, "=SUM(A1) ça va bien, merci.");
        let pain = a.signals.iter().find(|x| x.read.kind == "pain").unwrap().id;
        let sleep = a
            .signals
            .iter()
            .find(|x| x.read.kind == "sleep")
            .unwrap()
            .id;
        let fix = Decision::Correct {
            value: None,
            location: Some("hip".into()),
            severity: Some(4),
        };
        reviews::decide(&mut s, pain, &fix, "Inès", 1_700_000_050_000).unwrap();
        reviews::decide(&mut s, sleep, &Decision::Dismiss, "Inès", 1_700_000_060_000).unwrap();
        (dir, s, rose)
    }
}

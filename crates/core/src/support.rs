//! A support report a home can send to whoever supports Hearth: what this device runs, how it
//! is set up and the end of the log. It holds no health data and no name: no resident, no
//! member of staff, no word anyone said, no reading, no decision — versions, settings, counts
//! and device names only. Written whole, readable by this user only, like an export.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use cpal::traits::HostTrait;

use crate::access::staff;
use crate::journal::{notes, residents};
use crate::store::Store;
use crate::{retention, settings};

/// How many of the log's last lines the report carries.
pub const LOG_LINES: usize = 200;

/// What the app knows that the core does not.
#[derive(Debug, Clone)]
pub struct AppFacts {
    pub version: String,
    /// The speech model's state in a few words ("base (q8_0), ready").
    pub speech_model: String,
    /// The meaning model's ("loaded", "not loaded").
    pub meaning_model: String,
    /// "open", "locked" or why it could not open.
    pub journal: String,
    /// How the device is used (shared, or a kiosk and where).
    pub device_mode: crate::device_mode::DeviceMode,
}

#[derive(Debug, thiserror::Error)]
#[error("could not write the support report in {dir}: {why}")]
pub struct SupportError {
    dir: String,
    why: String,
}

/// The report's text. `journal` is what [`journal_facts`] read of the open journal (none
/// while it is locked or failed); `log_dir` holds the app's log files. Nothing here reads the
/// journal, so the devices and the log are read without holding it.
pub fn report(app: &AppFacts, journal: Option<&str>, log_dir: &Path, now_ms: i64) -> String {
    let mut out = String::new();
    let line = |out: &mut String, label: &str, value: &str| {
        let _ = writeln!(out, "{label}: {value}");
    };
    out.push_str("Hearth support report (no names, no words said, no health data)\n\n");
    line(&mut out, "Made", &utc(now_ms));
    line(&mut out, "Hearth", &app.version);
    line(
        &mut out,
        "Journal schema",
        &crate::store::schema_version().to_string(),
    );
    line(&mut out, "System", &system());
    line(&mut out, "Speech model", &app.speech_model);
    line(&mut out, "Meaning model", &app.meaning_model);
    line(&mut out, "Microphones", &devices(true));
    line(&mut out, "Loudspeakers", &devices(false));
    line(&mut out, "Journal", &app.journal);
    let mode = match app.device_mode {
        crate::device_mode::DeviceMode::Shared => "shared window",
        crate::device_mode::DeviceMode::Kiosk { resident: None } => "kiosk for a lounge",
        crate::device_mode::DeviceMode::Kiosk { resident: Some(_) } => "kiosk in a resident's room",
    };
    line(&mut out, "Used as", mode);
    if let Some(facts) = journal {
        out.push_str(facts);
    }
    let _ = writeln!(out, "\nThe log's last {LOG_LINES} lines:");
    for l in log_tail(log_dir) {
        let _ = writeln!(out, "{l}");
    }
    out
}

/// Writes `text` in `dir` as `hearth-support-<UTC time>.txt`; answers its path.
pub fn save(dir: &Path, text: &str, now_ms: i64) -> Result<PathBuf, SupportError> {
    let stamp = utc(now_ms).replace([':', ' '], "-");
    let path = dir.join(format!("hearth-support-{stamp}.txt"));
    crate::files::write_whole(&path, text.as_bytes()).map_err(|e| SupportError {
        dir: dir.display().to_string(),
        why: e.to_string(),
    })?;
    Ok(path)
}

/// Counts and settings, never a row's content, a line each. A figure that cannot be read
/// says why.
pub fn journal_facts(s: &Store) -> String {
    let residents = residents::list(s).and_then(|active| {
        residents::archived(s).map(|gone| format!("{} ({} archived)", active.len(), gone.len()))
    });
    let notes = notes::totals(s).map(|t| {
        let last = t.last_note_ms.map_or("never".into(), utc);
        format!(
            "{} notes, {} transcripts, last {last}",
            t.notes, t.utterances
        )
    });
    let display = settings::display(s).map(|d| {
        format!(
            "text {} %, high contrast {}, reduced motion {}",
            d.text_percent, d.high_contrast, d.reduced_motion
        )
    });
    let language = settings::device_language(s).map(|l| l.unwrap_or_else(|| "the system's".into()));
    let retention = retention::policy(s).map(|p| {
        format!(
            "transcripts {} days, notes {} years",
            p.transcripts_days, p.notes_years
        )
    });
    let protected = if s.is_protected() { "yes" } else { "no" };
    let mut out = String::new();
    for (label, value) in [
        ("Residents", said(residents)),
        ("Staff", said(staff::list(s).map(|l| l.len().to_string()))),
        ("Notes", said(notes)),
        ("Protected by the staff passphrase", protected.to_string()),
        ("Display", said(display)),
        ("Screens' language", said(language)),
        ("Retention", said(retention)),
    ] {
        let _ = writeln!(out, "{label}: {value}");
    }
    out
}

/// A figure, or why it could not be read.
fn said<E: std::fmt::Display>(r: Result<String, E>) -> String {
    r.unwrap_or_else(|e| format!("unread ({e})"))
}

/// "Debian GNU/Linux 12 (bookworm), x86_64, 2 cores".
fn system() -> String {
    let os = std::fs::read_to_string("/etc/os-release")
        .ok()
        .and_then(|t| {
            t.lines()
                .find_map(|l| l.strip_prefix("PRETTY_NAME="))
                .map(|v| v.trim_matches('"').to_string())
        })
        .unwrap_or_else(|| std::env::consts::OS.to_string());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!("{os}, {}, {cores} cores", std::env::consts::ARCH)
}

/// The audio devices' names, the default first; "none" if there are none.
fn devices(input: bool) -> String {
    let host = cpal::default_host();
    let default = if input {
        host.default_input_device()
    } else {
        host.default_output_device()
    }
    .map(|d| d.to_string());
    let all = if input {
        host.input_devices()
            .map(|d| d.map(|d| d.to_string()).collect())
    } else {
        host.output_devices()
            .map(|d| d.map(|d| d.to_string()).collect())
    };
    let all: Vec<String> = all.unwrap_or_default();
    match default {
        None if all.is_empty() => "none".into(),
        None => format!("no default; {}", all.join(" · ")),
        Some(d) => format!("{d} (default); {} in all", all.len().max(1)),
    }
}

/// The last lines of the newest log file.
fn log_tail(dir: &Path) -> Vec<String> {
    let newest = std::fs::read_dir(dir).ok().and_then(|entries| {
        entries
            .filter_map(Result::ok)
            .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
            .max()
            .map(|(_, p)| p)
    });
    let text = newest
        .and_then(|p| std::fs::read_to_string(p).ok())
        .unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    let from = lines.len().saturating_sub(LOG_LINES);
    lines[from..].iter().map(|l| l.to_string()).collect()
}

/// "2026-12-03 13:30 UTC".
fn utc(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_else(|_| ms.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::testing;
    use crate::signals::{extract, Lexicon};

    fn facts() -> AppFacts {
        AppFacts {
            version: "9.9.9".into(),
            speech_model: "base (q8_0), ready".into(),
            meaning_model: "loaded".into(),
            journal: "open".into(),
            device_mode: crate::device_mode::DeviceMode::Kiosk { resident: Some(1) },
        }
    }

    /// A journal with a resident who said something telling, a member of staff and a log:
    /// the report has the figures and the log's end, and none of the names or words.
    #[test]
    fn a_report_says_how_hearth_is_set_up_and_nothing_of_anyone() {
        let (dir, mut s, ids) = testing::journal(&[("Rosalind", "en")]);
        let words = "My knee hurts and I feel lonely since my daughter Margot left";
        let read = extract(words, &Lexicon::builtin("en").unwrap());
        notes::record_check_in(&mut s, ids[0], 1_000, "en", words, &read).unwrap();
        staff::add(&mut s, "Bartholomew", crate::access::Role::Admin, "139742").unwrap();
        let logs = dir.path().join("logs");
        std::fs::create_dir_all(&logs).unwrap();
        let lines: Vec<String> = (0..300).map(|i| format!("line {i}")).collect();
        std::fs::write(logs.join("hearth_rCURRENT.log"), lines.join("\n")).unwrap();

        let journal = journal_facts(&s);
        let text = report(&facts(), Some(&journal), &logs, 1_764_768_600_000);
        for said in [
            "Hearth: 9.9.9",
            "Made: 2025-12-03",
            "Residents: 1 (0 archived)",
            "Staff: 1",
            "1 notes, 0 transcripts",
            "Retention: transcripts 90 days, notes 5 years",
            "line 299",
        ] {
            assert!(text.contains(said), "{said:?} not in:\n{text}");
        }
        assert!(
            !text.contains("line 99\n"),
            "only the last {LOG_LINES} lines"
        );
        let lower = text.to_lowercase();
        for private in [
            "rosalind",
            "bartholomew",
            "margot",
            "knee",
            "lonely",
            "139742",
        ] {
            assert!(!lower.contains(private), "{private:?} in:\n{text}");
        }

        let saved = save(dir.path(), &text, 1_764_768_600_000).unwrap();
        assert_eq!(std::fs::read_to_string(&saved).unwrap(), text);
        assert!(saved
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("hearth-support-2025-12-03"));
    }

    /// Locked, there is no journal to read: the report still says what it can.
    #[test]
    fn a_locked_journal_still_gives_a_report() {
        let dir = tempfile::tempdir().unwrap();
        let text = report(
            &AppFacts {
                journal: "locked".into(),
                ..facts()
            },
            None,
            &dir.path().join("no logs"),
            0,
        );
        assert!(text.contains("Journal: locked"), "{text}");
        assert!(
            text.contains("Used as: kiosk in a resident's room"),
            "{text}"
        );
        assert!(!text.contains("Residents:"), "{text}");
    }
}

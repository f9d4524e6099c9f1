//! `hearth export`: one resident's notes for a period as PDF, CSV or FHIR R4 JSON — the
//! same files the care team's screen writes.

use std::path::{Path, PathBuf};

use anyhow::Context;
use hearth_core::access::counted::Counted;
use hearth_core::access::throttle::AfterWrong;
use hearth_core::audit::{self, Entry};
use hearth_core::clock::now_ms;
use hearth_core::export::{self, Format};
use hearth_core::paths;
use hearth_core::store::{is_protected, KeyError, Secret, Store, StoreError};

#[derive(clap::Args)]
pub struct Args {
    /// The resident's number (as `hearth` lists them in the journal).
    #[arg(long)]
    resident: i64,
    /// First day, YYYY-MM-DD (this device's time zone).
    #[arg(long)]
    from: String,
    /// Last day, YYYY-MM-DD, included.
    #[arg(long)]
    to: String,
    /// pdf, csv or fhir.
    #[arg(long, default_value = "pdf")]
    format: String,
    /// Language of the PDF's words.
    #[arg(long, default_value = "en")]
    language: String,
    /// The journal (default: the app's).
    #[arg(long)]
    journal: Option<PathBuf>,
    /// Where to write (default: exports/ in the data folder).
    #[arg(long)]
    out: Option<PathBuf>,
}

/// Local midnight starting `day`, in milliseconds.
fn midnight(day: &str) -> anyhow::Result<i64> {
    let date: jiff::civil::Date = day
        .parse()
        .with_context(|| format!("{day} is not YYYY-MM-DD"))?;
    Ok(date
        .to_zoned(jiff::tz::TimeZone::system())?
        .timestamp()
        .as_millisecond())
}

/// The journal, with the staff passphrase when it is under one: `HEARTH_PASSPHRASE`, or typed
/// at the terminal (not echoed). Wrong tries count and pause as in the window (the same count).
pub fn open_journal(path: &Path) -> anyhow::Result<Store> {
    if !is_protected(path) {
        return Ok(Store::open(path)?);
    }
    let passphrase = typed_passphrase("Staff passphrase: ")?;
    let tries = Counted::for_journal(path);
    let if_wrong = tries.begin(now_ms())?;
    match Store::unlock(path, Secret::Passphrase(&passphrase)) {
        Ok(store) => {
            tries.right();
            Ok(store)
        }
        Err(StoreError::Key(KeyError::WrongPassphrase)) => match if_wrong {
            AfterWrong::TriesLeft(n) => {
                anyhow::bail!("that is not the staff passphrase ({n} tries left before a pause)")
            }
            AfterWrong::Wait(s) => {
                anyhow::bail!("that is not the staff passphrase; try again in {s} s")
            }
        },
        Err(e) => Err(e.into()),
    }
}

/// The staff passphrase: `HEARTH_PASSPHRASE`, or typed at the terminal (not echoed); wiped
/// when dropped.
pub fn typed_passphrase(prompt: &str) -> anyhow::Result<zeroize::Zeroizing<String>> {
    Ok(zeroize::Zeroizing::new(
        match std::env::var("HEARTH_PASSPHRASE") {
            Ok(p) if !p.is_empty() => p,
            _ => rpassword::prompt_password(prompt)?,
        },
    ))
}

pub fn run(a: Args) -> anyhow::Result<()> {
    let format = Format::parse(&a.format)?;
    let journal = a.journal.unwrap_or_else(paths::journal_file);
    let store = open_journal(&journal).with_context(|| journal.display().to_string())?;
    let to: jiff::civil::Date =
        a.to.parse()
            .with_context(|| format!("{} is not YYYY-MM-DD", a.to))?;
    let to_ms = midnight(&to.tomorrow()?.to_string())?;
    let from_ms = midnight(&a.from)?;
    let record = export::record(&store, a.resident, from_ms, to_ms)?;
    // Logged before the file is written, as in the window; by the machine's user, who
    // typed the staff passphrase.
    let by = std::env::var("USER").unwrap_or_else(|_| "command line".into());
    let entry = Entry::new(
        &format!("{by} (hearth export)"),
        "export",
        &audit::resident_subject(a.resident),
        format!(
            "{} {} to {}, {} notes",
            a.format,
            a.from,
            a.to,
            record.notes.len()
        ),
    );
    audit::record(&store, &entry)?;
    let i18n = hearth_i18n::I18n::load();
    let dir = a.out.unwrap_or_else(paths::exports_dir);
    let path = export::save(&record, format, &i18n, &a.language, &dir)?;
    println!("{} notes → {}", record.notes.len(), path.display());
    Ok(())
}

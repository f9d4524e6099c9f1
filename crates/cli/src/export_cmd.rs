//! `hearth export`: one resident's notes for a period as PDF, CSV or FHIR R4 JSON — the
//! same files the care team's screen writes.

use std::path::{Path, PathBuf};

use anyhow::Context;
use hearth_core::export::{self, Format};
use hearth_core::paths;
use hearth_core::store::{is_protected, Secret, Store};

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
/// at the terminal (not echoed).
fn open_journal(path: &Path) -> anyhow::Result<Store> {
    if !is_protected(path) {
        return Ok(Store::open(path)?);
    }
    let passphrase = match std::env::var("HEARTH_PASSPHRASE") {
        Ok(p) if !p.is_empty() => p,
        _ => rpassword::prompt_password("Staff passphrase: ")?,
    };
    Ok(Store::unlock(path, Secret::Passphrase(&passphrase))?)
}

pub fn run(a: Args) -> anyhow::Result<()> {
    let format = Format::parse(&a.format)?;
    let journal = a.journal.unwrap_or_else(paths::journal_file);
    let store = open_journal(&journal).with_context(|| journal.display().to_string())?;
    let to: jiff::civil::Date =
        a.to.parse()
            .with_context(|| format!("{} is not YYYY-MM-DD", a.to))?;
    let to_ms = midnight(&to.tomorrow()?.to_string())?;
    let record = export::record(&store, a.resident, midnight(&a.from)?, to_ms)?;
    let i18n = hearth_i18n::I18n::load();
    let dir = a.out.unwrap_or_else(paths::exports_dir);
    let path = export::save(&record, format, &i18n, &a.language, &dir)?;
    println!("{} notes → {}", record.notes.len(), path.display());
    Ok(())
}

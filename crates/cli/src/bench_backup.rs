//! `hearth bench-backup`: what an administrator waits for on a big journal (100,000 notes by
//! default, under a staff passphrase): a backup (copied, read back and integrity-checked),
//! checking it, restoring it on an empty device, and the first open after an upgrade across
//! schema steps (from a journal as schema 11 left it: the purge's indexes are built then).
//! The journal is generated once and kept for later runs.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;
use hearth_core::backup;
use hearth_core::clock::now_ms;
use hearth_core::journal::notes;
use hearth_core::store::key_box::box_file;
use hearth_core::store::{schema_version, Secret, Store};

use crate::demo_journal_cmd;

/// The generated journal's passphrase: a benchmark's, never a person's.
const PASSPHRASE: &str = "benchmark lantern orchard velvet";

#[derive(clap::Args)]
pub struct Args {
    /// The journal to measure; generated (and put under a passphrase) if it does not exist.
    #[arg(long)]
    journal: PathBuf,
    /// Notes to generate when the journal does not exist.
    #[arg(long, default_value_t = 100_000)]
    notes: usize,
}

fn secret() -> Secret<'static> {
    Secret::Passphrase(PASSPHRASE)
}

/// Seconds `f` took, and what it answered.
fn timed<T>(f: impl FnOnce() -> anyhow::Result<T>) -> anyhow::Result<(f64, T)> {
    let t = Instant::now();
    let out = f()?;
    Ok((t.elapsed().as_secs_f64(), out))
}

/// The journal and its key box copied to `to`.
fn copy_journal(from: &Path, to: &Path) -> anyhow::Result<()> {
    std::fs::copy(from, to).with_context(|| to.display().to_string())?;
    std::fs::copy(box_file(from), box_file(to)).with_context(|| to.display().to_string())?;
    Ok(())
}

pub fn run(a: Args) -> anyhow::Result<()> {
    if !a.journal.exists() {
        demo_journal_cmd::bench_journal(&a.journal, a.notes, 2 * 365)?;
        Store::open(&a.journal)?.protect(PASSPHRASE)?;
    }
    let store = Store::unlock(&a.journal, secret())
        .with_context(|| format!("{} (made by this command?)", a.journal.display()))?;
    let totals = notes::totals(&store)?;
    let mb = std::fs::metadata(&a.journal)?.len() as f64 / 1e6;
    println!(
        "journal: {} notes, {} transcripts, {mb:.0} MB, schema {}",
        totals.notes,
        totals.utterances,
        schema_version()
    );

    let scratch = tempfile::tempdir_in(a.journal.parent().unwrap_or(Path::new(".")))?;
    let stick = scratch.path().join("stick");
    let version = env!("CARGO_PKG_VERSION");
    let (make_s, folder) = timed(|| {
        Ok(backup::make(
            &store,
            &stick,
            "benchmark",
            version,
            now_ms(),
        )?)
    })?;
    drop(store);
    let (check_s, _) = timed(|| Ok(backup::check(&folder)?))?;
    let new_device = scratch.path().join("new-device/journal.sqlite");
    let (restore_s, _) = timed(|| {
        Ok(backup::restore(
            &folder,
            secret(),
            &new_device,
            "benchmark",
            now_ms(),
        )?)
    })?;
    let restored = notes::totals(&Store::unlock(&new_device, secret())?)?;
    anyhow::ensure!(
        restored.notes == totals.notes,
        "the restored journal has {} notes, not {}",
        restored.notes,
        totals.notes
    );

    let older = scratch.path().join("upgrade.sqlite");
    copy_journal(&a.journal, &older)?;
    Store::unlock(&older, secret())?.as_schema_11()?;
    let (upgrade_s, upgraded) = timed(|| Ok(Store::unlock(&older, secret())?))?;
    let verdict = upgraded.integrity_check()?;
    anyhow::ensure!(verdict == "ok", "the upgraded journal: {verdict}");

    println!("{:<60} {:>9}", "on this journal", "seconds");
    for (what, s) in [
        ("back up (copy, read back, integrity check)", make_s),
        ("check a backup against its manifest", check_s),
        (
            "restore on an empty device (checked, opened, audited)",
            restore_s,
        ),
        ("first open after an upgrade from schema 11", upgrade_s),
    ] {
        println!("{what:<60} {s:>9.2}");
    }
    Ok(())
}

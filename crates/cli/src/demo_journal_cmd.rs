//! `hearth demo-journal`: writes a realistic journal — many residents over years, notes in
//! English and French, signals and caregivers' decisions — to try the care team's screens
//! on, or to measure them (`hearth bench-journal`).

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context};
use hearth_core::journal::demo::{self, DemoSpec, DemoTotals};
use hearth_core::store::Store;

#[derive(clap::Args)]
pub struct Args {
    /// The new journal file (it must not exist yet).
    pub out: PathBuf,
    #[arg(long, default_value_t = 60)]
    pub residents: usize,
    #[arg(long, default_value_t = 1_000_000)]
    pub notes: usize,
    /// Over how many days, ending today.
    #[arg(long, default_value_t = 5 * 365)]
    pub days: i64,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

pub fn run(a: Args) -> anyhow::Result<()> {
    let spec = DemoSpec {
        residents: a.residents,
        notes: a.notes,
        days: a.days,
        end_ms: end_of_today_ms(),
        seed: a.seed,
    };
    let (t, secs) = write(&a.out, &spec)?;
    println!(
        "wrote {}: {} residents, {} notes, {} signals, {} decisions in {secs:.0} s",
        a.out.display(),
        t.residents,
        t.notes,
        t.signals,
        t.reviews
    );
    Ok(())
}

/// The end of today (UTC): the demo's last day is today.
pub fn end_of_today_ms() -> i64 {
    const DAY_MS: i64 = 86_400_000;
    (hearth_core::clock::now_ms() / DAY_MS + 1) * DAY_MS
}

/// The benchmarks' journal at `path` (60 residents, `notes` notes over `days` days ending
/// today), generated first when it is not there yet.
pub fn bench_journal(path: &Path, notes: usize, days: i64) -> anyhow::Result<()> {
    if path.exists() {
        return Ok(());
    }
    eprintln!("generating {} ({notes} notes)…", path.display());
    let spec = DemoSpec {
        residents: 60,
        notes,
        days,
        end_ms: end_of_today_ms(),
        seed: 1,
    };
    let (t, secs) = write(path, &spec)?;
    eprintln!(
        "generated in {secs:.0} s: {} notes, {} signals, {} decisions",
        t.notes, t.signals, t.reviews
    );
    Ok(())
}

/// Generates `spec` into a new file at `out`, showing progress; the totals and seconds taken.
pub fn write(out: &Path, spec: &DemoSpec) -> anyhow::Result<(DemoTotals, f64)> {
    if out.exists() {
        bail!("{} already exists; choose a new file", out.display());
    }
    let started = Instant::now();
    let mut store = Store::open(out).with_context(|| format!("creating {}", out.display()))?;
    let mut shown = 0;
    let totals = demo::generate(&mut store, spec, |n| {
        if n >= shown + spec.notes / 10 {
            shown = n;
            eprintln!("  {n} notes…");
        }
    })
    .with_context(|| format!("writing {}", out.display()))?;
    Ok((totals, started.elapsed().as_secs_f64()))
}

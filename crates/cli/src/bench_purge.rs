//! `hearth bench-purge`: the retention purge on a big journal that was never purged (after an
//! upgrade, a shortened period, or a clock jump): how long it takes, and how long the care
//! team's screens and a resident's save wait meanwhile (target: ≤ 100 ms more than usual, and
//! the first screen within 1 s). Works on a copy: the benchmark journal stays as it was.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context;
use hearth_core::clock::now_ms;
use hearth_core::journal::{board, notes, residents};
use hearth_core::retention::{self, clock, Outcome, TimeZone};
use hearth_core::store::Store;

const DAY_MS: i64 = 86_400_000;

#[derive(clap::Args)]
pub struct Args {
    /// The journal to copy and purge (made by `hearth demo-journal` or `bench-journal`).
    #[arg(long)]
    journal: PathBuf,
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

pub fn run(a: Args) -> anyhow::Result<()> {
    let scratch = tempfile::tempdir_in(a.journal.parent().unwrap_or(std::path::Path::new(".")))?;
    let copy = scratch.path().join("purge.sqlite");
    std::fs::copy(&a.journal, &copy).with_context(|| a.journal.display().to_string())?;
    // The copy as a Hearth at schema 11 left it: the first open after the upgrade
    // builds the purge's indexes on a million notes, and that wait is timed here.
    Store::open(&copy)?.as_schema_11()?;

    let opened = Instant::now();
    let store = Store::open(&copy)?;
    let open_ms = ms(opened.elapsed());
    let before = notes::totals(&store)?;
    let last = before.last_note_ms.context("the journal has no notes")?;
    // The demo journal's notes run to the end of its last day: the benchmark's "now" is just
    // after them, and an administrator has confirmed that date.
    let now = now_ms().max(last + 60_000);
    let mut store = store;
    clock::confirm(&mut store, "benchmark", now)?;
    let today = last / DAY_MS * DAY_MS;
    let people = residents::list(&store)?;
    let someone = people.first().context("no residents")?.id;
    println!(
        "journal: {} notes, {} transcripts; first open after the upgrade from schema 11 (the purge indexes built) {open_ms:.0} ms",
        before.notes, before.utterances
    );

    let journal = Arc::new(Mutex::new(store));
    // What the window does meanwhile: the board and a resident's save, in turn, every 100 ms,
    // each timed from asking for the journal to the answer. First without a purge (the same
    // calls, what is usual on this machine), then during one.
    let calls = |journal: &Arc<Mutex<Store>>, n: usize| -> anyhow::Result<Vec<f64>> {
        let mut waits = Vec::new();
        for i in 0..n {
            let t = Instant::now();
            {
                let mut s = journal.lock().map_err(|_| anyhow::anyhow!("poisoned"))?;
                if i % 2 == 0 {
                    board::between(&s, today, today + DAY_MS)?;
                } else {
                    notes::record_check_in(&mut s, someone, now, "en", "I slept well", &[])?;
                }
            }
            waits.push(ms(t.elapsed()));
            std::thread::sleep(Duration::from_millis(100));
        }
        Ok(waits)
    };
    let usual = calls(&journal, 20)?;
    let purger = {
        let journal = journal.clone();
        std::thread::spawn(move || {
            let started = Instant::now();
            let out = retention::run(&journal, now, &TimeZone::system(), None, |_, _| {});
            (out, started.elapsed())
        })
    };
    let first = Instant::now();
    residents::list(&*journal.lock().map_err(|_| anyhow::anyhow!("poisoned"))?)?;
    let first_screen = ms(first.elapsed());
    let mut during = Vec::new();
    while !purger.is_finished() {
        during.extend(calls(&journal, 2)?);
    }
    let (out, took) = purger
        .join()
        .map_err(|_| anyhow::anyhow!("the purge panicked"))?;
    let Outcome::Purged(c) = out? else {
        anyhow::bail!("the purge was skipped");
    };
    let stats = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        (
            v.get(v.len() / 2).copied().unwrap_or_default(),
            v.last().copied().unwrap_or_default(),
        )
    };
    let (usual_median, usual_worst) = stats(usual);
    let saves: Vec<f64> = during.iter().skip(1).step_by(2).copied().collect();
    let boards: Vec<f64> = during.iter().step_by(2).copied().collect();
    let (_, worst_save) = stats(saves);
    let (_, worst_board) = stats(boards);
    let (median, worst) = stats(during.clone());
    println!(
        "purge: {} transcripts and {} notes in {:.1} s ({:.0} rows/s)",
        c.transcripts,
        c.notes,
        took.as_secs_f64(),
        (c.transcripts + c.notes) as f64 / took.as_secs_f64().max(1e-9)
    );
    let mark = |ok: bool| if ok { "✔" } else { "✘" };
    println!(
        "first screen as the purge starts: {first_screen:.1} ms (target ≤ 1000) {}",
        mark(first_screen <= 1000.0)
    );
    println!("board and saves, usual: median {usual_median:.1} ms, worst {usual_worst:.1} ms");
    let extra = worst - usual_worst;
    println!(
        "board and saves during the purge ({} calls): median {median:.1} ms, worst {worst:.1} ms, {extra:+.1} ms on the usual worst (target ≤ +100) {}",
        during.len(),
        mark(extra <= 100.0)
    );
    println!("  worst board {worst_board:.1} ms, worst save {worst_save:.1} ms");
    let after = journal.lock().map_err(|_| anyhow::anyhow!("poisoned"))?;
    println!("integrity_check: {}", after.integrity_check()?);
    Ok(())
}

//! `hearth bench-purge`: the retention purge on a big journal that was never purged (after an
//! upgrade, a shortened period, or a clock jump): how long it takes, and how long the care
//! team's screens and a resident's save wait meanwhile (target: ≤ 100 ms more than usual, and
//! the first screen within 1 s). Works on a copy: the benchmark journal stays as it was.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context;
use hearth_core::journal::{board, notes, now_ms, residents};
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
        "journal: {} notes, {} transcripts; first open (schema steps included) {open_ms:.0} ms",
        before.notes, before.utterances
    );

    let journal = Arc::new(Mutex::new(store));
    let purger = {
        let journal = journal.clone();
        std::thread::spawn(move || {
            let started = Instant::now();
            let out = retention::run(&journal, now, &TimeZone::system(), None, |_, _| {});
            (out, started.elapsed())
        })
    };
    // Meanwhile, what the window does: the first screen (residents), then the board and a
    // resident's save, every 100 ms, each timed from asking for the journal to the answer.
    let mut waits = Vec::new();
    let mut first_screen = None;
    let mut saves = 0;
    while !purger.is_finished() {
        let t = Instant::now();
        {
            let mut s = journal.lock().map_err(|_| anyhow::anyhow!("poisoned"))?;
            if first_screen.is_none() {
                residents::list(&s)?;
                first_screen = Some(ms(t.elapsed()));
            } else if waits.len() % 2 == 0 {
                board::between(&s, today, today + DAY_MS)?;
            } else {
                notes::record_check_in(&mut s, someone, now, "en", "I slept well", &[])?;
                saves += 1;
            }
        }
        waits.push(ms(t.elapsed()));
        std::thread::sleep(Duration::from_millis(100));
    }
    let (out, took) = purger
        .join()
        .map_err(|_| anyhow::anyhow!("the purge panicked"))?;
    let Outcome::Purged(c) = out? else {
        anyhow::bail!("the purge was skipped");
    };
    waits.sort_by(f64::total_cmp);
    let median = waits.get(waits.len() / 2).copied().unwrap_or_default();
    let worst = waits.last().copied().unwrap_or_default();
    println!(
        "purge: {} transcripts and {} notes in {:.1} s ({:.0} rows/s)",
        c.transcripts,
        c.notes,
        took.as_secs_f64(),
        (c.transcripts + c.notes) as f64 / took.as_secs_f64().max(1e-9)
    );
    let mark = |ok: bool| if ok { "✔" } else { "✘" };
    let first = first_screen.unwrap_or_default();
    println!(
        "first screen during the purge: {first:.1} ms (target ≤ 1000) {}",
        mark(first <= 1000.0)
    );
    println!(
        "board and saves during the purge ({} calls, {saves} saves): median {median:.1} ms, worst {worst:.1} ms (target: worst ≤ 100) {}",
        waits.len(),
        mark(worst <= 100.0)
    );
    let after = journal.lock().map_err(|_| anyhow::anyhow!("poisoned"))?;
    println!("integrity_check: {}", after.integrity_check()?);
    Ok(())
}

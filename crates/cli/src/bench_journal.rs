//! `hearth bench-journal`: how fast the care team's screens read a big journal — the day's
//! board, a resident's day (timeline) and search — against the targets (30, 30 and 50 ms);
//! trends and the handover are held to the board's 30 ms.
//! The journal is generated once (`hearth demo-journal`) and kept for later runs.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use hearth_core::journal::search::{self, SearchFilter};
use hearth_core::journal::{board, handover, notes, residents, trends, NoteFilter};
use hearth_core::store::key_box::KeyBox;
use hearth_core::store::{Key, Store};

use crate::demo_journal_cmd;

const DAY_MS: i64 = 86_400_000;

#[derive(clap::Args)]
pub struct Args {
    /// The journal to measure; generated first if it does not exist.
    #[arg(long)]
    journal: PathBuf,
    /// Notes to generate when the journal does not exist.
    #[arg(long, default_value_t = 1_000_000)]
    notes: usize,
    /// Timed runs of each query (after one warm-up).
    #[arg(long, default_value_t = 20)]
    runs: usize,
}

/// Median and worst of `runs` timed calls of `f`, in milliseconds, after one warm-up.
fn time<T>(runs: usize, mut f: impl FnMut() -> anyhow::Result<T>) -> anyhow::Result<(f64, f64)> {
    f()?;
    let mut ms = Vec::with_capacity(runs);
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        f()?;
        ms.push(t.elapsed().as_secs_f64() * 1e3);
    }
    ms.sort_by(f64::total_cmp);
    Ok((ms[ms.len() / 2], ms[ms.len() - 1]))
}

fn row(what: &str, (median, worst): (f64, f64), target: f64, detail: &str) {
    let mark = if median <= target { "✔" } else { "✘" };
    println!("{what:<44} {median:>8.2} {worst:>8.2} {target:>7.0} {mark}  {detail}");
}

pub fn run(a: Args) -> anyhow::Result<()> {
    demo_journal_cmd::bench_journal(&a.journal, a.notes, 5 * 365)?;
    let store = Store::open(&a.journal).with_context(|| a.journal.display().to_string())?;
    let totals = notes::totals(&store)?;
    let last_ms = totals.last_note_ms.context("the journal has no notes")?;
    let size = std::fs::metadata(&a.journal)?.len() as f64 / 1e6;
    let today = last_ms / DAY_MS * DAY_MS;
    let day = (today, today + DAY_MS);
    let people = residents::list(&store)?;
    println!(
        "journal: {} notes, {} residents, {size:.0} MB; 'today' is the last day with notes",
        totals.notes,
        people.len()
    );
    println!(
        "{:<44} {:>8} {:>8} {:>7}",
        "query (ms)", "median", "worst", "target"
    );

    let mut on_board = 0;
    let b = time(a.runs, || {
        let rows = board::between(&store, day.0, day.1)?;
        on_board = rows.iter().map(|r| r.notes).sum::<u32>();
        Ok(rows)
    })?;
    row(
        "board: today, every resident",
        b,
        30.0,
        &format!("{on_board} notes"),
    );
    // A day long ago: the same index, colder pages.
    let old = (today - 900 * DAY_MS, today - 899 * DAY_MS);
    row(
        "board: a day 900 days ago",
        time(a.runs, || Ok(board::between(&store, old.0, old.1)?))?,
        30.0,
        "",
    );

    let busiest = people.first().context("no residents")?.id;
    for (what, days) in [
        ("timeline: one resident, today", 1),
        ("timeline: one resident, 14 days", 14),
    ] {
        let f = NoteFilter {
            resident_id: Some(busiest),
            from_ms: day.1 - days * DAY_MS,
            to_ms: day.1,
        };
        let mut shown = 0;
        let t = time(a.runs, || {
            let list = notes::list(&store, &f)?;
            shown = list.len();
            Ok(list)
        })?;
        row(what, t, 30.0, &format!("{shown} notes"));
    }
    let bounds: Vec<i64> = (0..=30).map(|i| today - (29 - i) * DAY_MS).collect();
    let mut points = 0;
    let t = time(a.runs, || {
        let days = trends::by_day(&store, busiest, &bounds)?;
        points = days.len();
        Ok(days)
    })?;
    row(
        "trends: one resident, 30 days",
        t,
        30.0,
        &format!("{points} day-topics"),
    );
    let shift = (today + 7 * 3_600_000, today + 15 * 3_600_000);
    let mut left = 0;
    let t = time(a.runs, || {
        let h = handover::between(&store, shift.0, shift.1)?;
        left = h.to_confirm.len();
        Ok(h)
    })?;
    row(
        "handover: an 8-hour shift",
        t,
        30.0,
        &format!("{left} to confirm"),
    );

    let searches: [(&str, &str, SearchFilter); 8] = [
        ("search: a common word", "knee", SearchFilter::default()),
        (
            "search: French, typed without accents",
            "fatiguee",
            SearchFilter::default(),
        ),
        (
            "search: two words, a prefix",
            "slept bad",
            SearchFilter::default(),
        ),
        (
            "search: one resident",
            "sleep",
            SearchFilter {
                resident_id: Some(busiest),
                ..SearchFilter::default()
            },
        ),
        (
            "search: with a signal (pain)",
            "hurts",
            SearchFilter {
                signal: Some("pain".into()),
                ..SearchFilter::default()
            },
        ),
        (
            "search: last 30 days",
            "daughter",
            SearchFilter {
                from_ms: Some(today - 29 * DAY_MS),
                to_ms: Some(day.1),
                ..SearchFilter::default()
            },
        ),
        (
            "search: a month two years ago",
            "knee",
            SearchFilter {
                from_ms: Some(today - 760 * DAY_MS),
                to_ms: Some(today - 730 * DAY_MS),
                ..SearchFilter::default()
            },
        ),
        (
            "search: a word nobody said",
            "xylophone",
            SearchFilter::default(),
        ),
    ];
    for (what, words, filter) in searches {
        let mut found = 0;
        let t = time(a.runs, || {
            let list = search::search(&store, words, &filter)?;
            found = list.len();
            Ok(list)
        })?;
        row(what, t, 50.0, &format!("\"{words}\": {found} shown"));
    }

    // What staff wait for after typing the passphrase (the journal's open is above).
    let scratch = tempfile::tempdir()?;
    let key = Key::load_or_create(&scratch.path().join("bench.key"))?;
    let passphrase = "a passphrase for the benchmark";
    let (sealed, _) = KeyBox::seal(&key, passphrase)?;
    row(
        "unlock: argon2id 64 MiB ×3, then unseal",
        time(a.runs.min(5), || Ok(sealed.open(passphrase)?))?,
        1000.0,
        "",
    );
    Ok(())
}

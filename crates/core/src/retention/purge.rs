//! The purge: removes what the policy no longer keeps, a small batch at a time, each batch its
//! own transaction, with the journal free between them. Years of old transcripts (after an
//! upgrade, a shorter period) once went in one transaction that held the journal for minutes
//! while residents could not talk and staff could not read; now a batch holds it for tens of
//! milliseconds. Nothing goes unless the clock is plausible (see `clock`).

use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::clock::{self, Verdict, PURGE_ACTION, SKIP_ACTION};
use super::{policy, Cutoffs};
use crate::audit::{self, Entry};
use crate::export;
use crate::journal::{notes, JournalError};
use crate::store::{Store, StoreError};

/// How much a purge removes, or would remove.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub notes: u64,
    pub transcripts: u64,
    /// Export files in the data folder (plain copies, outside the encryption).
    pub exports: u64,
}

impl Counts {
    pub fn total(&self) -> u64 {
        self.notes + self.transcripts + self.exports
    }

    fn add(&mut self, other: Counts) {
        self.notes += other.notes;
        self.transcripts += other.transcripts;
        self.exports += other.exports;
    }
}

/// How a purge ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Purged(Counts),
    /// The clock did not look right: nothing was deleted.
    Skipped(Verdict),
}

/// What the policy at `cut` would remove now.
pub fn due(store: &Store, cut: &Cutoffs, exports: Option<&Path>) -> Result<Counts, StoreError> {
    let count = |sql: &str, before: i64| -> Result<u64, StoreError> {
        Ok(store.conn().query_row(sql, [before], |r| r.get(0))?)
    };
    Ok(Counts {
        notes: count(
            "SELECT count(*) FROM notes WHERE created_ms < ?1",
            cut.notes_before,
        )?,
        transcripts: count(
            "SELECT count(*) FROM utterances WHERE ended_ms < ?1",
            cut.transcripts_before,
        )?,
        exports: exports.map_or(0, |d| {
            export::older_than(d, cut.exports_before).len() as u64
        }),
    })
}

/// Rows a batch starts with; it then grows or shrinks to take about `AIM` each (a save or a
/// screen waiting behind a batch waits at most about twice that).
const FIRST_BATCH: usize = 200;
const AIM: Duration = Duration::from_millis(15);
const MOST: usize = 5_000;
/// Between batches the journal is left free this long, so a waiting save goes first.
const BREATH: Duration = Duration::from_millis(3);

/// Purges `journal` (shared with the rest of Hearth) as the policy says at `now_ms`, batch
/// by batch; `progress` hears what is done so far and what was due. Logged when it starts
/// (what is due) and ends (what went), or when it is skipped for the clock.
pub fn run(
    journal: &Mutex<Store>,
    now_ms: i64,
    tz: &jiff::tz::TimeZone,
    exports: Option<&Path>,
    mut progress: impl FnMut(&Counts, &Counts),
) -> Result<Outcome, JournalError> {
    let lock = || journal.lock().map_err(|_| StoreError::Crashed);
    let (cut, due) = {
        let mut store = lock()?;
        let verdict = clock::check(&store, now_ms)?;
        if !verdict.plausible() {
            log::warn!("retention: the clock looks wrong ({verdict:?}); nothing deleted");
            audit::record(
                &store,
                &line(now_ms, SKIP_ACTION, skipped(&verdict, now_ms)),
            )?;
            return Ok(Outcome::Skipped(verdict));
        }
        let p = policy(&store)?;
        let cut = p.cutoffs(now_ms, tz);
        let due = due(&store, &cut, exports)?;
        let tx = store.write()?;
        clock::trust(&tx, "Hearth", now_ms)?;
        if due.total() > 0 {
            let detail = format!("due: {}", described(&due, &cut));
            audit::record_in(&tx, &line(now_ms, "retention_purge_started", detail))?;
        }
        tx.commit()?;
        (cut, due)
    };
    let mut done = Counts::default();
    let mut batch = FIRST_BATCH;
    progress(&done, &due);

    loop {
        let started = Instant::now();
        let step = {
            let mut store = lock()?;
            let step = step(&mut store, &cut, batch)?;
            // A purge rewrites many pages. Left to SQLite, copying 1,000 of them back from the
            // write-ahead log happened inside whichever commit crossed the mark — a resident's
            // save, say — and held the journal 100–170 ms here. Each batch copies its own
            // pages back instead, and its size accounts for that time.
            store
                .conn()
                .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))?;
            step
        };
        let took = started.elapsed();
        if step.total() == 0 {
            break;
        }
        done.add(step);
        progress(&done, &due);
        batch = if took < AIM / 2 {
            (batch + batch / 2).min(MOST)
        } else if took > AIM {
            (batch / 2).max(10)
        } else {
            batch
        };
        std::thread::sleep(BREATH);
    }
    if let Some(dir) = exports {
        done.exports = export::remove(&export::older_than(dir, cut.exports_before)) as u64;
    }
    progress(&done, &due);
    let detail = format!("{} deleted", described(&done, &cut));
    audit::record(&*lock()?, &line(now_ms, PURGE_ACTION, detail))?;
    Ok(Outcome::Purged(done))
}

/// One batch: up to `n` notes (with their readings, decisions and revisions) and up to `n`
/// transcripts, in one transaction.
fn step(store: &mut Store, cut: &Cutoffs, n: usize) -> Result<Counts, JournalError> {
    let tx = store.write()?;
    let notes = notes::delete_where(
        &tx,
        &format!(
            "id IN (SELECT id FROM notes WHERE created_ms < ?1 ORDER BY created_ms LIMIT {n})"
        ),
        cut.notes_before,
    )?
    .notes as u64;
    // A transcript's words live on in its note; the turn's own record (timing, model, the
    // recogniser's text) goes, and the note no longer points at it (the one change a note
    // allows, schema 11).
    let old = format!("SELECT id FROM utterances WHERE ended_ms < ?1 ORDER BY ended_ms LIMIT {n}");
    tx.execute(
        &format!("UPDATE notes SET utterance_id = NULL WHERE utterance_id IN ({old})"),
        [cut.transcripts_before],
    )?;
    let transcripts = tx.execute(
        &format!("DELETE FROM utterances WHERE id IN ({old})"),
        [cut.transcripts_before],
    )? as u64;
    tx.commit()?;
    Ok(Counts {
        notes,
        transcripts,
        exports: 0,
    })
}

/// "12 transcripts before 2026-09-03, 0 notes before 2021-12-02, 1 export files", for the log.
fn described(c: &Counts, cut: &Cutoffs) -> String {
    format!(
        "{} transcripts before {}, {} notes before {}, {} export files",
        c.transcripts,
        export::local_day(cut.transcripts_before),
        c.notes,
        export::local_day(cut.notes_before),
        c.exports
    )
}

fn line(at_ms: i64, action: &str, detail: String) -> Entry {
    Entry {
        at_ms,
        actor: "Hearth".into(),
        action: action.into(),
        subject: "everyone".into(),
        detail,
    }
}

fn skipped(v: &Verdict, now_ms: i64) -> String {
    let now = export::local(now_ms);
    match v {
        Verdict::Plausible => String::new(),
        Verdict::Behind { newest_ms } => format!(
            "the clock says {now}, earlier than a record of {}",
            export::local(*newest_ms)
        ),
        Verdict::Ahead { trusted_ms, .. } => format!(
            "the clock says {now}, too far past the last purge on {}",
            export::local(*trusted_ms)
        ),
    }
}

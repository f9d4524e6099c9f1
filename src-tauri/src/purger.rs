//! The retention purge in the background: at start, daily, and when woken (a new policy, a
//! confirmed clock). It works a small batch at a time (see `hearth_core::retention::purge`),
//! so the window, residents' talk and saves go on meanwhile; administrators see its progress.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use hearth_core::clock::now_ms;
use hearth_core::paths;
use hearth_core::retention::{self, Counts, Outcome};
use hearth_wire::{PurgeView, RetentionCounts};

use crate::repeating::Repeating;
use crate::state::Journal;

const DAILY: Duration = Duration::from_secs(24 * 60 * 60);

/// The purge's state for the window, and the way to wake it.
#[derive(Default)]
pub struct Purger {
    view: Mutex<Option<PurgeView>>,
    job: Repeating,
}

impl Purger {
    pub fn view(&self) -> PurgeView {
        self.view
            .lock()
            .ok()
            .and_then(|v| v.clone())
            .unwrap_or(PurgeView::NotYet)
    }

    fn show(&self, v: PurgeView) {
        if let Ok(mut slot) = self.view.lock() {
            *slot = Some(v);
        }
    }

    /// Runs the purge again now (a no-op before it started). It shows as running at once,
    /// so nobody reads the last run's outcome as this one's.
    pub fn wake(&self) {
        if self.job.started() {
            self.show(PurgeView::Running {
                done: RetentionCounts::default(),
                due: RetentionCounts::default(),
            });
            self.job.wake();
        }
    }

    /// Starts the purge thread on `journal` (once: a second call only wakes it).
    pub fn start(self: &Arc<Self>, journal: Journal) {
        if self.job.started() {
            self.wake();
            return;
        }
        let me = self.clone();
        self.job
            .start("retention", DAILY, move || me.run_once(&journal));
    }

    fn run_once(&self, journal: &Journal) {
        let now = now_ms();
        let tz = retention::TimeZone::system();
        let exports = paths::exports_dir();
        let outcome = retention::run(journal, now, &tz, Some(&exports), |done, due| {
            self.show(PurgeView::Running {
                done: counts(done),
                due: counts(due),
            })
        });
        self.show(match outcome {
            Ok(Outcome::Purged(c)) => {
                if c.total() > 0 {
                    log::info!(
                        "retention: {} notes, {} transcripts, {} exports deleted",
                        c.notes,
                        c.transcripts,
                        c.exports
                    );
                }
                PurgeView::Done {
                    at_ms: now,
                    removed: counts(&c),
                }
            }
            Ok(Outcome::Skipped(_)) => PurgeView::Skipped { at_ms: now },
            Err(e) => {
                log::error!("retention purge: {e}");
                PurgeView::Failed {
                    detail: e.to_string(),
                }
            }
        });
    }
}

pub fn counts(c: &Counts) -> RetentionCounts {
    RetentionCounts {
        notes: c.notes,
        transcripts: c.transcripts,
        exports: c.exports,
    }
}

//! The daily backup in the background: looked at when the journal opens, every hour, and
//! when an administrator changes it; a backup is made when one is due (see
//! `hearth_core::backup::daily`). Why the last try failed is kept for the staff screen.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use hearth_core::backup::daily;
use hearth_core::clock::now_ms;
use hearth_wire::Problem;

use crate::problems::ToProblem;
use crate::repeating::Repeating;
use crate::state::Journal;

/// Often enough that a tablet switched on for an hour a day still gets its backup.
const LOOK_EVERY: Duration = Duration::from_secs(60 * 60);

#[derive(Default)]
pub struct DailyBackups {
    problem: Mutex<Option<Problem>>,
    job: Repeating,
}

impl DailyBackups {
    /// Why the last try failed; none once one succeeds (or none was due).
    pub fn problem(&self) -> Option<Problem> {
        self.problem.lock().ok().and_then(|p| p.clone())
    }

    /// Starts looking after `journal` (once: a second call only wakes it).
    pub fn start(self: &Arc<Self>, journal: Journal) {
        let me = self.clone();
        self.job
            .start("daily-backup", LOOK_EVERY, move || me.run_once(&journal));
    }

    fn run_once(&self, journal: &Journal) {
        let outcome = {
            let Ok(store) = journal.lock() else {
                return;
            };
            match daily::setting(&store) {
                Ok(Some(d)) => daily::run(&store, &d, env!("CARGO_PKG_VERSION"), now_ms())
                    .map_err(ToProblem::to_problem),
                Ok(None) => Ok(None),
                Err(e) => Err(e.to_problem()),
            }
        };
        let problem = match outcome {
            Ok(Some(_)) => {
                log::info!("daily backup made");
                None
            }
            Ok(None) => None,
            Err(e) => {
                log::warn!("daily backup: {e}");
                Some(e)
            }
        };
        if let Ok(mut slot) = self.problem.lock() {
            *slot = problem;
        }
    }
}

//! A job on a thread of its own: run once at start, then every so often, and again whenever
//! woken (several wakes at once make one run). The retention purge and the daily backup.

use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::Mutex;
use std::time::Duration;

#[derive(Default)]
pub struct Repeating {
    wake: Mutex<Option<Sender<()>>>,
}

impl Repeating {
    /// Whether the job was started.
    pub fn started(&self) -> bool {
        self.wake.lock().is_ok_and(|w| w.is_some())
    }

    /// Runs the job again now (nothing before it started).
    pub fn wake(&self) {
        if let Some(tx) = self.wake.lock().ok().and_then(|w| w.clone()) {
            let _ = tx.send(());
        }
    }

    /// Starts `run` on a thread called `name`: now, then every `every` and when woken.
    /// Started once; a second call only wakes it.
    pub fn start(&self, name: &str, every: Duration, mut run: impl FnMut() + Send + 'static) {
        let (tx, rx) = mpsc::channel();
        {
            let Ok(mut wake) = self.wake.lock() else {
                return;
            };
            if wake.is_some() {
                drop(wake);
                self.wake();
                return;
            }
            *wake = Some(tx);
        }
        let spawned = std::thread::Builder::new()
            .name(name.into())
            .spawn(move || loop {
                run();
                if let Err(RecvTimeoutError::Disconnected) = rx.recv_timeout(every) {
                    return;
                }
                while rx.try_recv().is_ok() {}
            });
        if let Err(e) = spawned {
            log::error!("could not start {name}: {e}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::Arc;

    #[test]
    fn runs_at_start_and_when_woken_once_however_often_started() {
        let job = Repeating::default();
        assert!(!job.started());
        let runs = Arc::new(AtomicU32::new(0));
        let counted = runs.clone();
        job.start("test", Duration::from_secs(3600), move || {
            counted.fetch_add(1, Ordering::SeqCst);
        });
        let wait_for = |n: u32| {
            let started = std::time::Instant::now();
            while runs.load(Ordering::SeqCst) < n {
                assert!(started.elapsed().as_secs() < 5, "never ran {n} times");
                std::thread::sleep(Duration::from_millis(5));
            }
        };
        wait_for(1);
        assert!(job.started());
        job.wake();
        wait_for(2);
        // A second start is a wake, not a second thread.
        job.start("test", Duration::from_secs(3600), || panic!("a second job"));
        wait_for(3);
    }
}

//! Wrong tries at the staff passphrase (or the recovery code), kept in a file beside the key
//! box: the journal they would be written to is locked, and a count kept in memory was reset
//! by a restart. Each try is counted *before* its argon2 work runs and cleared when it proves
//! right, so neither tries made at the same moment nor a try cut short by a crash escape the
//! count. The window and `hearth export` share the same file.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::throttle::{AfterWrong, Throttle, Verdict, TRIES};

/// One check-and-count at a time in this process.
static GATE: Mutex<()> = Mutex::new(());

#[derive(Debug, thiserror::Error)]
pub enum TryError {
    #[error("too many wrong tries; try again in {0} s")]
    Wait(u64),
    #[error("could not keep count of tries in {path}: {why}")]
    Io { path: String, why: String },
}

/// The tries kept at one path.
pub struct Counted {
    path: PathBuf,
}

impl Counted {
    /// `journal.keybox.tries` beside `journal.sqlite`.
    pub fn for_journal(journal: &Path) -> Self {
        Self {
            path: journal.with_extension("keybox.tries"),
        }
    }

    fn load(&self) -> Throttle {
        match std::fs::read_to_string(&self.path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Throttle::default(),
            Ok(text) => {
                let mut parts = text.split_whitespace().map(str::parse::<i64>);
                match (parts.next(), parts.next()) {
                    (Some(Ok(failed)), Some(Ok(until))) => {
                        Throttle::resume(u32::try_from(failed).unwrap_or(u32::MAX), until)
                    }
                    // Tampered with or damaged: as if the tries had run out.
                    _ => Throttle::resume(TRIES, 0),
                }
            }
            Err(_) => Throttle::resume(TRIES, 0),
        }
    }

    /// Counts a try at `now_ms` (or says how long to wait first), and answers what a wrong
    /// answer to it will say.
    pub fn begin(&self, now_ms: i64) -> Result<AfterWrong, TryError> {
        let _one = GATE.lock().unwrap_or_else(|e| e.into_inner());
        let mut t = self.load();
        if let Verdict::Wait(seconds) = t.check(now_ms) {
            return Err(TryError::Wait(seconds));
        }
        let if_wrong = t.wrong(now_ms);
        let text = format!("{} {}\n", t.failed(), t.until_ms());
        crate::files::write_whole(&self.path, text.as_bytes()).map_err(|e| TryError::Io {
            path: self.path.display().to_string(),
            why: e.to_string(),
        })?;
        Ok(if_wrong)
    }

    /// The try was right: the count starts again.
    pub fn right(&self) {
        let _one = GATE.lock().unwrap_or_else(|e| e.into_inner());
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tries_are_counted_before_they_run_and_a_restart_keeps_the_count() {
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join("journal.sqlite");
        let tries = Counted::for_journal(&journal);
        assert_eq!(tries.begin(0).unwrap(), AfterWrong::TriesLeft(2));
        assert_eq!(tries.begin(1).unwrap(), AfterWrong::TriesLeft(1));
        // Hearth restarts: the count is where it was.
        let again = Counted::for_journal(&journal);
        assert_eq!(again.begin(2).unwrap(), AfterWrong::Wait(30));
        assert!(matches!(again.begin(10_000), Err(TryError::Wait(21))));
        // Past the pause, a right answer clears it.
        assert_eq!(again.begin(40_000).unwrap(), AfterWrong::Wait(60));
        again.right();
        assert_eq!(again.begin(40_001).unwrap(), AfterWrong::TriesLeft(2));
        // A damaged count counts as tries used up.
        std::fs::write(dir.path().join("journal.keybox.tries"), "nonsense").unwrap();
        assert_eq!(again.begin(40_002).unwrap(), AfterWrong::Wait(60));
    }

    #[test]
    fn tries_at_the_same_moment_are_all_counted() {
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join("journal.sqlite");
        let started: Vec<_> = (0..8)
            .map(|_| {
                let journal = journal.clone();
                std::thread::spawn(move || Counted::for_journal(&journal).begin(0).is_ok())
            })
            .collect();
        let went: usize = started
            .into_iter()
            .map(|t| usize::from(t.join().unwrap()))
            .sum();
        assert_eq!(went, 3, "only three tries go ahead before the pause");
    }
}

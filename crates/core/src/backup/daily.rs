//! The daily backup an administrator can switch on: once a day, a backup (made, opened and
//! checked like any other) into `hearth-daily/` inside a chosen folder, keeping the newest
//! few. Only that sub-folder is ever pruned, and only after a new backup passed its checks:
//! backups made by hand in the same folder are never touched, and a failing day never
//! deletes a good one.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{check, find, make, BackupError, Manifest};
use crate::refusal::Refusal;
use crate::store::{Store, StoreError};

/// The sub-folder daily backups go in.
pub const SUBFOLDER: &str = "hearth-daily";
/// Who the audit log says made them.
pub const BY: &str = "Hearth (daily backup)";
const SETTING: &str = "backup.daily";
/// A little under a day, so a backup taken at 09:00 is due again at 09:00 the next day even
/// if the check runs a few minutes early.
const DUE_AFTER_MS: i64 = 23 * 60 * 60 * 1000;
/// How many daily backups may be kept.
pub const KEEP: std::ops::RangeInclusive<u32> = 1..=90;

/// Where daily backups go, and how many are kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Daily {
    pub folder: PathBuf,
    pub keep: u32,
}

impl Daily {
    pub fn dir(&self) -> PathBuf {
        self.folder.join(SUBFOLDER)
    }
}

/// The daily backup set on this journal, if any.
pub fn setting(store: &Store) -> Result<Option<Daily>, StoreError> {
    crate::settings::read(store, SETTING)
}

/// Switches the daily backup on (into `daily.folder`, keeping `daily.keep`) or off.
pub fn set(store: &Store, daily: Option<&Daily>, by: &str, at_ms: i64) -> Result<(), StoreError> {
    if let Some(d) = daily {
        if !KEEP.contains(&d.keep) {
            return Err(Refusal::DailyBackupsKept {
                min: *KEEP.start(),
                max: *KEEP.end(),
            }
            .into());
        }
    }
    crate::settings::write(store, SETTING, &daily, by, at_ms)
}

/// The newest sound daily backup in `daily`'s folder.
pub fn newest(daily: &Daily) -> Option<(PathBuf, Manifest)> {
    let dir = daily.dir();
    let mut found: Vec<(PathBuf, Manifest)> = find(std::slice::from_ref(&dir))
        .into_iter()
        .filter(|(p, _)| p.parent() == Some(dir.as_path()))
        .filter_map(|(p, m)| m.ok().map(|m| (p, m)))
        .collect();
    found.sort_by_key(|(_, m)| std::cmp::Reverse(m.created_ms));
    found.into_iter().next()
}

/// Whether a daily backup is due at `now_ms` (none yet, or the newest is a day old; one
/// dated in the future, after a clock was put back, does not stop the next).
pub fn due(daily: &Daily, now_ms: i64) -> bool {
    newest(daily).is_none_or(|(_, m)| {
        now_ms - m.created_ms >= DUE_AFTER_MS || m.created_ms > now_ms + DUE_AFTER_MS
    })
}

/// Makes the day's backup if it is due, then keeps only the newest `keep`; answers the new
/// backup's folder (none when it was not due).
pub fn run(
    store: &Store,
    daily: &Daily,
    hearth_version: &str,
    now_ms: i64,
) -> Result<Option<PathBuf>, BackupError> {
    if !due(daily, now_ms) {
        return Ok(None);
    }
    if !daily.folder.is_dir() {
        // A stick not plugged in: said, and nothing made anywhere else.
        return Err(BackupError::Io {
            path: daily.folder.display().to_string(),
            why: "the folder is not there (is the USB stick plugged in?)".into(),
        });
    }
    let dir = daily.dir();
    std::fs::create_dir_all(&dir).map_err(|e| BackupError::Io {
        path: dir.display().to_string(),
        why: e.to_string(),
    })?;
    let made = make(store, &dir, BY, hearth_version, now_ms)?;
    prune(&dir, daily.keep, &made);
    Ok(Some(made))
}

/// Deletes the oldest daily backups in `dir` beyond `keep` (never `just_made`); damaged or
/// unfinished ones count as nothing and go first.
fn prune(dir: &Path, keep: u32, just_made: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut sound = Vec::new();
    for path in entries.flatten().map(|e| e.path()) {
        let named = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("hearth-backup-"));
        if !named || path == just_made {
            continue;
        }
        match check(&path) {
            Ok(m) => sound.push((m.created_ms, path)),
            Err(_) => remove(&path),
        }
    }
    sound.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
    let others = keep.saturating_sub(1) as usize;
    for (_, path) in sound.into_iter().skip(others) {
        remove(&path);
    }
}

fn remove(path: &Path) {
    if let Err(e) = std::fs::remove_dir_all(path) {
        log::warn!(
            "could not delete the old daily backup {}: {e}",
            path.display()
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::testing;

    const DAY: i64 = 24 * 60 * 60 * 1000;
    const START: i64 = 1_764_770_000_000;

    /// Day after day: a backup when due, none twice a day, the newest three kept, the
    /// administrator's own backup beside them untouched; each is sound and opens.
    #[test]
    fn one_a_day_keeping_the_newest_and_nothing_else() {
        let (dir, mut store, _) = testing::journal(&[("Arthur", "en")]);
        store.protect("the garden gate is green").unwrap();
        let stick = dir.path().join("stick");
        std::fs::create_dir_all(&stick).unwrap();
        let by_hand = make(&store, &stick, "Ada", "9.9.9", START - DAY).unwrap();
        let daily = Daily {
            folder: stick.clone(),
            keep: 3,
        };
        set(&store, Some(&daily), "Ada", START).unwrap();
        assert_eq!(setting(&store).unwrap(), Some(daily.clone()));

        let mut made = Vec::new();
        for day in 0..5 {
            let now = START + day * DAY;
            made.push(run(&store, &daily, "9.9.9", now).unwrap().expect("due"));
            assert_eq!(run(&store, &daily, "9.9.9", now + 60_000).unwrap(), None);
        }
        let mut kept: Vec<PathBuf> = std::fs::read_dir(daily.dir())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        kept.sort();
        assert_eq!(kept, made[2..].to_vec(), "the newest three");
        assert!(
            check(&by_hand).is_ok(),
            "the administrator's own backup stays"
        );
        assert_eq!(newest(&daily).unwrap().0, made[4]);
        let lines = crate::audit::recent(&store, 50).unwrap();
        assert_eq!(lines.iter().filter(|l| l.actor == BY).count(), 5);
    }

    #[test]
    fn a_missing_stick_is_said_and_a_silly_count_refused() {
        let (dir, mut store, _) = testing::journal(&[("Arthur", "en")]);
        store.protect("the garden gate is green").unwrap();
        let gone = Daily {
            folder: dir.path().join("no stick"),
            keep: 7,
        };
        let e = run(&store, &gone, "9.9.9", START).unwrap_err();
        assert!(e.to_string().contains("USB stick"), "{e}");
        assert!(!gone.folder.exists(), "nothing made in its place");
        let silly = Daily { keep: 0, ..gone };
        assert!(matches!(
            set(&store, Some(&silly), "Ada", START),
            Err(StoreError::Refused(Refusal::DailyBackupsKept { .. }))
        ));
        set(&store, None, "Ada", START).unwrap();
        assert_eq!(setting(&store).unwrap(), None);
    }
}

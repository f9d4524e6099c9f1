//! Backups an administrator takes to a USB stick or any folder, and restores on this device or
//! a new one. A backup is a folder `hearth-backup-<UTC time>/` holding a copy of the journal
//! (encrypted with its own key, taken while Hearth runs), the key box (it opens with the staff
//! passphrase or the recovery code, nothing else), and `manifest.json`: Hearth's version, the
//! journal's schema, when, and each file's size and sha256. It is written as `….partial` and
//! renamed once complete and checked, so a stick pulled out half-way leaves nothing that
//! passes for a backup.
//!
//! Restoring checks every file, opens the copy with the passphrase (migrating an older one),
//! checks its integrity, and only then puts it in place; the journal it replaces is kept
//! aside in `replaced-<UTC time>/`, never deleted.

pub mod daily;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::audit::{self, Entry};
use crate::models::store::file_sha256;
use crate::store::key_box::box_file;
use crate::store::{schema_version, Secret, Store, StoreError};

const MANIFEST: &str = "manifest.json";
const JOURNAL: &str = "journal.sqlite";
const KEY_BOX: &str = "journal.keybox";
/// The layout of a backup folder; a Hearth refuses a format it does not know.
const FORMAT: u32 = 1;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{path}: {why}")]
    Io { path: String, why: String },
    #[error(
        "the journal has no staff passphrase yet; a backup opens only with it, so choose it first"
    )]
    NoPassphrase,
    #[error("{0} is not a Hearth backup (it has no manifest.json)")]
    NotABackup(String),
    #[error("the backup {folder} is damaged or incomplete ({why}); nothing was changed")]
    Damaged { folder: String, why: String },
    #[error(
        "the backup {folder} was made by a newer Hearth (journal schema {found}, this Hearth knows \
         up to {known}); install that Hearth to restore it. Nothing was changed"
    )]
    TooNew {
        folder: String,
        found: i64,
        known: i64,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> BackupError + '_ {
    move |e| BackupError::Io {
        path: path.display().to_string(),
        why: e.to_string(),
    }
}

/// What a backup says of itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    /// The Hearth that made it.
    pub hearth: String,
    /// The journal's schema in it.
    pub schema: i64,
    pub created_ms: i64,
    pub files: Vec<FileSum>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileSum {
    pub name: String,
    pub size: u64,
    pub sha256: String,
}

fn sum(path: &Path) -> Result<FileSum, BackupError> {
    let size = std::fs::metadata(path).map_err(io(path))?.len();
    let sha256 = file_sha256(path).map_err(|e| BackupError::Io {
        path: path.display().to_string(),
        why: e.to_string(),
    })?;
    Ok(FileSum {
        name: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        size,
        sha256,
    })
}

/// `20261203-142501`: folder names that sort by time, in UTC like the logs.
fn stamp(now_ms: i64) -> String {
    jiff::Timestamp::from_millisecond(now_ms)
        .map(|t| t.strftime("%Y%m%d-%H%M%S").to_string())
        .unwrap_or_else(|_| now_ms.to_string())
}

/// Backs the journal up into a new folder inside `into`, and logs it as done `by` someone;
/// answers that folder.
pub fn make(
    store: &Store,
    into: &Path,
    by: &str,
    hearth_version: &str,
    now_ms: i64,
) -> Result<PathBuf, BackupError> {
    if !store.is_protected() {
        return Err(BackupError::NoPassphrase);
    }
    let name = format!("hearth-backup-{}", stamp(now_ms));
    let done = into.join(&name);
    let partial = into.join(format!("{name}.partial"));
    if partial.exists() {
        std::fs::remove_dir_all(&partial).map_err(io(&partial))?;
    }
    std::fs::create_dir_all(&partial).map_err(io(&partial))?;
    let journal = partial.join(JOURNAL);
    store.copy_to(&journal)?;
    // Opened, not only copied: a copy the journal's key cannot read whole is no backup.
    let verdict = store.check_copy(&journal)?;
    if verdict != "ok" {
        return Err(BackupError::Damaged {
            folder: partial.display().to_string(),
            why: format!("integrity check of the copy: {verdict}"),
        });
    }
    std::fs::copy(box_file(store.path()), partial.join(KEY_BOX)).map_err(io(&partial))?;
    let manifest = Manifest {
        format: FORMAT,
        hearth: hearth_version.to_string(),
        schema: schema_version(),
        created_ms: now_ms,
        files: vec![sum(&journal)?, sum(&partial.join(KEY_BOX))?],
    };
    let text = serde_json::to_string_pretty(&manifest).map_err(|e| BackupError::Io {
        path: MANIFEST.into(),
        why: e.to_string(),
    })?;
    crate::files::write_whole(&partial.join(MANIFEST), text.as_bytes()).map_err(io(&partial))?;
    // What is on the stick is what is checked: read back before it is called a backup.
    check(&partial)?;
    std::fs::rename(&partial, &done).map_err(io(&done))?;
    let entry = Entry::new(by, "backup", "journal", done.display().to_string());
    audit::record(store, &entry)?;
    Ok(done)
}

/// Reads a backup's manifest and checks every file against it.
pub fn check(folder: &Path) -> Result<Manifest, BackupError> {
    let damaged = |why: String| BackupError::Damaged {
        folder: folder.display().to_string(),
        why,
    };
    let text = match std::fs::read_to_string(folder.join(MANIFEST)) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(BackupError::NotABackup(folder.display().to_string()))
        }
        Err(e) => return Err(io(folder)(e)),
    };
    let manifest: Manifest =
        serde_json::from_str(&text).map_err(|e| damaged(format!("manifest.json: {e}")))?;
    if manifest.format != FORMAT {
        return Err(damaged(format!("unknown format {}", manifest.format)));
    }
    for name in [JOURNAL, KEY_BOX] {
        let Some(expected) = manifest.files.iter().find(|f| f.name == name) else {
            return Err(damaged(format!("the manifest does not list {name}")));
        };
        let path = folder.join(name);
        if !path.exists() {
            return Err(damaged(format!("{name} is missing")));
        }
        let found = sum(&path)?;
        if found.size != expected.size || found.sha256 != expected.sha256 {
            return Err(damaged(format!("{name} does not match its checksum")));
        }
    }
    Ok(manifest)
}

/// What a restore did.
#[derive(Debug)]
pub struct Restored {
    pub manifest: Manifest,
    /// Where the journal it replaced was kept, if there was one.
    pub replaced: Option<PathBuf>,
}

/// Restores the backup in `folder` as the journal at `journal` (which must not be open),
/// given the passphrase or recovery code it was made under; the restored journal's own audit
/// log says who put it there (`by`) and from what.
pub fn restore(
    folder: &Path,
    secret: Secret<'_>,
    journal: &Path,
    by: &str,
    now_ms: i64,
) -> Result<Restored, BackupError> {
    let manifest = check(folder)?;
    if manifest.schema > schema_version() {
        return Err(BackupError::TooNew {
            folder: folder.display().to_string(),
            found: manifest.schema,
            known: schema_version(),
        });
    }
    let dir = journal.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let staging = dir.join("journal.restoring.sqlite");
    let clear = |p: &Path| {
        for f in companions(p) {
            let _ = std::fs::remove_file(f);
        }
    };
    clear(&staging);
    let staged = (|| {
        std::fs::copy(folder.join(JOURNAL), &staging).map_err(io(&staging))?;
        std::fs::copy(folder.join(KEY_BOX), box_file(&staging)).map_err(io(&staging))?;
        // Opens only with the right secret; brings an older journal to this schema.
        let opened = Store::unlock(&staging, secret)?;
        let verdict = opened.integrity_check()?;
        if verdict != "ok" {
            return Err(BackupError::Damaged {
                folder: folder.display().to_string(),
                why: format!("integrity check: {verdict}"),
            });
        }
        let detail = format!(
            "from {} (Hearth {}, schema {})",
            folder.display(),
            manifest.hearth,
            manifest.schema
        );
        audit::record(&opened, &Entry::new(by, "restore", "journal", detail))?;
        drop(opened);
        Ok(())
    })();
    if let Err(e) = staged {
        clear(&staging);
        return Err(e);
    }
    let replaced = if journal.exists() || box_file(journal).exists() {
        let aside = dir.join(format!("replaced-{}", stamp(now_ms)));
        std::fs::create_dir_all(&aside).map_err(io(&aside))?;
        for f in companions(journal).into_iter().filter(|f| f.exists()) {
            let name = f.file_name().map(PathBuf::from).unwrap_or_default();
            std::fs::rename(&f, aside.join(name)).map_err(io(&f))?;
        }
        Some(aside)
    } else {
        None
    };
    // The key box first: a journal with no box beside it would be read with the device key.
    // Whatever SQLite left beside the copy (it normally leaves nothing) moves with it.
    for (from, to) in companions(&staging)
        .into_iter()
        .zip(companions(journal))
        .rev()
    {
        if from.exists() {
            std::fs::rename(&from, &to).map_err(io(&to))?;
        }
    }
    Ok(Restored { manifest, replaced })
}

/// A journal's files: itself, its WAL and shared memory, its key box.
fn companions(journal: &Path) -> Vec<PathBuf> {
    let name = journal.to_string_lossy();
    vec![
        journal.to_path_buf(),
        PathBuf::from(format!("{name}-wal")),
        PathBuf::from(format!("{name}-shm")),
        box_file(journal),
    ]
}

/// Where backups can go: USB sticks and other removable media (what is mounted under
/// `/media` or `/run/media`; `HEARTH_IMPORT_DIRS` instead where tests or a set-up say so),
/// then this device's own `backups/` folder, which alone does not survive the device.
pub fn places() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = match std::env::var_os("HEARTH_IMPORT_DIRS") {
        Some(dirs) if !dirs.is_empty() => std::env::split_paths(&dirs).collect(),
        _ => std::fs::read_to_string("/proc/self/mounts")
            .map(|m| removable(&m))
            .unwrap_or_default(),
    };
    out.push(own_folder());
    out
}

/// This device's own backups folder: `backups/` in the data folder.
pub fn own_folder() -> PathBuf {
    crate::paths::data_dir().join("backups")
}

/// Mount points under /media or /run/media in a mounts table (spaces come as `\040`).
fn removable(mounts: &str) -> Vec<PathBuf> {
    mounts
        .lines()
        .filter_map(|line| line.split(' ').nth(1))
        .map(|p| p.replace("\\040", " "))
        .filter(|p| p.starts_with("/media/") || p.starts_with("/run/media/"))
        .map(PathBuf::from)
        .collect()
}

/// The backups in `folders` and in their daily sub-folders (`hearth-daily/`), newest first,
/// each checked; damaged ones are listed with why.
pub fn find(folders: &[PathBuf]) -> Vec<(PathBuf, Result<Manifest, BackupError>)> {
    let mut out = Vec::new();
    let with_daily = folders
        .iter()
        .flat_map(|f| [f.clone(), f.join(daily::SUBFOLDER)]);
    for folder in with_daily {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let is_backup = path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("hearth-backup-") && !n.ends_with(".partial"));
            if is_backup && path.is_dir() {
                let checked = check(&path);
                out.push((path, checked));
            }
        }
    }
    out.sort_by(|a, b| b.0.file_name().cmp(&a.0.file_name()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{notes, testing};

    const PASSPHRASE: &str = "the garden gate is green";

    #[test]
    fn usb_sticks_are_what_is_mounted_under_media() {
        let mounts = "/dev/sda1 / ext4 rw 0 0\n\
                      /dev/sdb1 /media/ada/CARE\\040HOME vfat rw 0 0\n\
                      /dev/sdc1 /run/media/sam/STICK vfat rw 0 0\n\
                      tmpfs /run/user/1000 tmpfs rw 0 0\n";
        assert_eq!(
            removable(mounts),
            [
                PathBuf::from("/media/ada/CARE HOME"),
                PathBuf::from("/run/media/sam/STICK")
            ]
        );
    }

    fn protected() -> (tempfile::TempDir, Store, i64) {
        let (dir, mut store, ids) = testing::journal(&[("Arthur", "en")]);
        store.protect(PASSPHRASE).unwrap();
        (dir, store, ids[0])
    }

    fn note_count(store: &Store) -> i64 {
        notes::totals(store).unwrap().notes
    }

    #[test]
    fn back_up_erase_restore_and_everything_is_there() {
        let (dir, mut store, arthur) = protected();
        testing::say(&mut store, arthur, 10, "en", "my knee hurts");
        let stick = dir.path().join("stick");
        let made = make(&store, &stick, "Ada", "0.1.0", 1_764_770_000_000).unwrap();
        let logged = &audit::recent(&store, 1).unwrap()[0];
        assert_eq!(
            (logged.actor.as_str(), logged.action.as_str()),
            ("Ada", "backup")
        );
        assert!(made.ends_with("hearth-backup-20251203-135320"), "{made:?}");
        let journal = store.path().to_path_buf();
        drop(store);

        // The device's data is gone (a new device): the backup brings it back.
        for f in companions(&journal) {
            let _ = std::fs::remove_file(f);
        }
        let restored = restore(&made, Secret::Passphrase(PASSPHRASE), &journal, "Ada", 2).unwrap();
        assert!(restored.replaced.is_none());
        assert_eq!(restored.manifest.hearth, "0.1.0");
        let store = Store::unlock(&journal, Secret::Passphrase(PASSPHRASE)).unwrap();
        assert_eq!(store.integrity_check().unwrap(), "ok");
        assert_eq!(note_count(&store), 1);
        assert_eq!(find(std::slice::from_ref(&stick)).len(), 1);
        // The restore is in the restored journal's own audit log, said as Ada's.
        let newest = &audit::recent(&store, 1).unwrap()[0];
        assert_eq!(
            (newest.actor.as_str(), newest.action.as_str()),
            ("Ada", "restore")
        );
    }

    #[test]
    fn restoring_over_a_journal_keeps_the_replaced_one_aside() {
        let (dir, mut store, arthur) = protected();
        let made = make(&store, dir.path(), "Ada", "0.1.0", 1).unwrap();
        testing::say(&mut store, arthur, 10, "en", "written after the backup");
        let journal = store.path().to_path_buf();
        drop(store);
        let code_wrong = restore(
            &made,
            Secret::Passphrase("not the passphrase"),
            &journal,
            "Ada",
            2,
        );
        assert!(code_wrong.is_err(), "a wrong passphrase restores nothing");
        let restored = restore(&made, Secret::Passphrase(PASSPHRASE), &journal, "Ada", 2).unwrap();
        let aside = restored.replaced.unwrap();
        let store = Store::unlock(&journal, Secret::Passphrase(PASSPHRASE)).unwrap();
        assert_eq!(note_count(&store), 0, "the backup's journal is in place");
        let kept = Store::unlock(&aside.join("j.sqlite"), Secret::Passphrase(PASSPHRASE)).unwrap();
        assert_eq!(note_count(&kept), 1, "the replaced journal is kept whole");
    }

    #[test]
    fn a_damaged_or_cut_short_backup_is_refused_and_nothing_changes() {
        let (dir, mut store, arthur) = protected();
        testing::say(&mut store, arthur, 10, "en", "kept");
        let made = make(&store, &dir.path().join("stick"), "Ada", "0.1.0", 1).unwrap();
        let journal = store.path().to_path_buf();
        drop(store);
        let before = std::fs::read(&journal).unwrap();

        // A flipped byte in the copy.
        let copy = made.join(JOURNAL);
        let mut bytes = std::fs::read(&copy).unwrap();
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0x55;
        std::fs::write(&copy, &bytes).unwrap();
        let err = restore(&made, Secret::Passphrase(PASSPHRASE), &journal, "Ada", 2).unwrap_err();
        assert!(matches!(err, BackupError::Damaged { .. }), "{err}");
        // Cut short: half the file.
        bytes.truncate(middle);
        std::fs::write(&copy, &bytes).unwrap();
        let err = restore(&made, Secret::Passphrase(PASSPHRASE), &journal, "Ada", 2).unwrap_err();
        assert!(matches!(err, BackupError::Damaged { .. }), "{err}");
        // No manifest: not a backup at all.
        let err = restore(
            dir.path(),
            Secret::Passphrase(PASSPHRASE),
            &journal,
            "Ada",
            2,
        )
        .unwrap_err();
        assert!(matches!(err, BackupError::NotABackup(_)), "{err}");
        assert_eq!(std::fs::read(&journal).unwrap(), before);
        assert!(!dir.path().join("journal.restoring.sqlite").exists());
    }

    #[test]
    fn a_backup_needs_the_passphrase_and_a_newer_one_is_refused() {
        let (dir, store, _) = testing::journal(&[("Arthur", "en")]);
        assert!(matches!(
            make(&store, dir.path(), "Ada", "0.1.0", 1),
            Err(BackupError::NoPassphrase)
        ));
        let (dir, store, _) = protected();
        let made = make(&store, dir.path(), "Ada", "0.1.0", 1).unwrap();
        let path = made.join(MANIFEST);
        let mut m: Manifest =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        m.schema = schema_version() + 1;
        std::fs::write(&path, serde_json::to_string(&m).unwrap()).unwrap();
        let journal = store.path().to_path_buf();
        drop(store);
        let err = restore(&made, Secret::Passphrase(PASSPHRASE), &journal, "Ada", 2).unwrap_err();
        assert!(matches!(err, BackupError::TooNew { .. }), "{err}");
    }
}

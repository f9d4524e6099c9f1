//! Writing a file whole or not at all: into a temporary file beside it (readable by this user
//! only), synced, then renamed into place. A crash or a full disk leaves the old file or none,
//! never half of one; the folder is synced after the rename, so the new name itself survives
//! a power cut (losing the key box or the device key would make the journal unreadable).
//! Exports, the key box and the device key all write this way.

use std::io::{self, Write};
use std::path::Path;

use tempfile::NamedTempFile;

/// `bytes` in a synced temporary file in `path`'s folder (made if missing).
fn written_beside(path: &Path, bytes: &[u8]) -> io::Result<NamedTempFile> {
    let dir = folder_of(path);
    std::fs::create_dir_all(dir)?;
    let mut tmp = NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

/// The folder `path` is in ("." for a bare name).
fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Makes a rename (or a new file) in `dir` durable: on Linux the entry lives in the folder,
/// which has to be synced itself.
pub(crate) fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(test)]
    tests::SYNCED.with(|s| s.borrow_mut().push(tests::listing(dir)));
    std::fs::File::open(dir)?.sync_all()
}

/// Writes `bytes` as `path`, replacing what was there.
pub(crate) fn write_whole(path: &Path, bytes: &[u8]) -> io::Result<()> {
    written_beside(path, bytes)?
        .persist(path)
        .map_err(|e| e.error)?;
    sync_dir(folder_of(path))
}

/// Makes `dir` (and its parents) if missing, readable by this user only.
pub(crate) fn private_dir(dir: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::create_dir_all(dir)?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
}

/// Writes `bytes` as `path` only if there is nothing there yet: false (and nothing written)
/// when another writer got there first.
pub(crate) fn write_new(path: &Path, bytes: &[u8]) -> io::Result<bool> {
    match written_beside(path, bytes)?.persist_noclobber(path) {
        Ok(_) => sync_dir(folder_of(path)).map(|()| true),
        Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(e.error),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::cell::RefCell;

    thread_local! {
        /// What each folder held when it was synced, in order (this thread's writes only).
        pub(crate) static SYNCED: RefCell<Vec<Vec<String>>> = const { RefCell::new(Vec::new()) };
    }

    pub(crate) fn listing(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map(|d| {
                d.filter_map(|e| e.ok()?.file_name().into_string().ok())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    /// The new name must itself reach the disk: the folder is synced after the rename, when
    /// it holds the file under its final name and no temporary one.
    #[test]
    fn the_folder_is_synced_after_the_file_takes_its_name() {
        let dir = tempfile::tempdir().unwrap();
        SYNCED.with(|s| s.borrow_mut().clear());
        write_whole(&dir.path().join("device.key"), b"key").unwrap();
        assert!(write_new(&dir.path().join("journal.keybox"), b"box").unwrap());
        let synced = SYNCED.with(|s| s.take());
        assert_eq!(
            synced,
            vec![
                vec!["device.key".to_string()],
                vec!["device.key".to_string(), "journal.keybox".to_string()]
            ]
        );
    }

    #[test]
    fn a_file_is_written_whole_private_and_new_only_when_absent() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deeper/file");
        write_whole(&path, b"one").unwrap();
        write_whole(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert!(!write_new(&path, b"three").unwrap());
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert!(write_new(&dir.path().join("other"), b"four").unwrap());
        // Nothing temporary is left beside them.
        assert_eq!(
            std::fs::read_dir(dir.path().join("deeper"))
                .unwrap()
                .count(),
            1
        );
    }
}

//! A whisper.cpp model file already on this device — on a USB stick, or in Downloads — put in
//! Hearth's models folder from the staff screens: found by looking in a few folders, checked
//! against the catalog's checksums while it is copied (with progress), and only then put in
//! place under the name Hearth loads.

use std::path::{Path, PathBuf};

use super::catalog::{file_name, Catalog};
use super::download::copy_hashed;
use super::import::looks_like_ggml;
use super::{InstalledModel, ModelError, WeightType};

/// The folders looked in: `HEARTH_IMPORT_DIRS` (separated by `:`), else removable media
/// (`/media`, `/run/media`) and the user's Downloads.
pub fn search_dirs() -> Vec<PathBuf> {
    if let Some(dirs) = std::env::var_os("HEARTH_IMPORT_DIRS").filter(|d| !d.is_empty()) {
        return std::env::split_paths(&dirs).collect();
    }
    let mut dirs = vec![PathBuf::from("/media"), PathBuf::from("/run/media")];
    if let Some(d) =
        directories::UserDirs::new().and_then(|u| u.download_dir().map(Path::to_path_buf))
    {
        dirs.push(d);
    }
    dirs
}

/// A model file found, with its size (for the screen and the progress).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub path: PathBuf,
    pub size: u64,
}

/// whisper.cpp model files (`*.bin` with ggml's magic number) in `dirs`, three folders deep at
/// most (a stick's mount point, a folder on it, one more).
pub fn find(dirs: &[PathBuf]) -> Vec<Found> {
    fn walk(dir: &Path, depth: u32, out: &mut Vec<Found>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(meta) = std::fs::metadata(&path) else {
                continue;
            };
            if meta.is_dir() && depth > 0 {
                walk(&path, depth - 1, out);
            } else if meta.is_file()
                && path.extension().is_some_and(|e| e == "bin")
                && looks_like_ggml(&path).unwrap_or(false)
            {
                out.push(Found {
                    path,
                    size: meta.len(),
                });
            }
        }
    }
    let mut out = Vec::new();
    for d in dirs {
        walk(d, 3, &mut out);
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

/// Which catalog model a file is, by its sha256: one Hearth's import makes, or an official
/// download.
fn identify(catalog: &Catalog, sha256: &str) -> Option<(String, WeightType)> {
    catalog.models.iter().find_map(|m| {
        let made = m
            .ggml
            .iter()
            .find(|g| g.sha256 == sha256)
            .map(|g| g.weights);
        let official = m
            .download
            .as_ref()
            .filter(|d| d.sha256 == sha256)
            .map(|_| WeightType::F16);
        made.or(official).map(|w| (m.name.clone(), w))
    })
}

/// Whether some model in the catalog has exactly `size` bytes.
fn known_size(catalog: &Catalog, size: u64) -> bool {
    catalog.models.iter().any(|m| {
        m.ggml.iter().any(|g| g.size == size) || m.download.as_ref().is_some_and(|d| d.size == size)
    })
}

/// Bytes free for this user in the file system holding `dir` (None if it cannot be told).
fn free_bytes(dir: &Path) -> Option<u64> {
    let v = rustix::fs::statvfs(dir).ok()?;
    v.f_bavail.checked_mul(v.f_frsize)
}

/// Room left beside a model, so that the journal can still be written afterwards.
const SPARE_BYTES: u64 = 64 * 1024 * 1024;

/// Copies `src` into `models_dir`, reporting bytes done of the total; a file the catalog does
/// not know (damaged, cut short, or another model) is refused and nothing is left behind. A
/// size no catalog model has is refused before anything is copied, and so is a copy the disk
/// has no room for.
pub fn import_file(
    catalog: &Catalog,
    src: &Path,
    models_dir: &Path,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<InstalledModel, ModelError> {
    if !looks_like_ggml(src)? {
        return Err(ModelError::Unsupported(format!(
            "{} is not a whisper.cpp model file",
            src.display()
        )));
    }
    std::fs::create_dir_all(models_dir)?;
    let mut from = std::fs::File::open(src)?;
    let total = from.metadata()?.len();
    if !known_size(catalog, total) {
        return Err(ModelError::Unsupported(format!(
            "{} has {total} bytes, which no model in Hearth's catalog has: it is cut short, \
             damaged or another model",
            src.display()
        )));
    }
    if let Some(free) = free_bytes(models_dir) {
        if free < total.saturating_add(SPARE_BYTES) {
            return Err(ModelError::Io(std::io::Error::new(
                std::io::ErrorKind::StorageFull,
                format!(
                    "the model needs {} MB and {} MB are free in {}",
                    total.div_ceil(1_000_000),
                    free / 1_000_000,
                    models_dir.display()
                ),
            )));
        }
    }
    let (tmp, size, sum) = copy_hashed(&mut from, models_dir, total, ModelError::Io, progress)?;
    let Some((name, weights)) = identify(catalog, &sum) else {
        return Err(ModelError::Checksum {
            what: src.display().to_string(),
            expected: "a model in Hearth's catalog".into(),
            actual: sum,
        });
    };
    let path = models_dir.join(file_name(&name, weights));
    tmp.persist(&path).map_err(|e| ModelError::Io(e.error))?;
    Ok(InstalledModel {
        name,
        weights,
        path,
        size,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small "model": ggml's magic and some bytes, with the catalog entry that knows it.
    fn fake(dir: &Path) -> (PathBuf, Catalog) {
        let path = dir.join("stick/whisper/ggml-base-q8_0.bin");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let mut bytes = 0x6767_6d6c_u32.to_le_bytes().to_vec();
        bytes.extend((0..300_000u32).map(|i| (i % 251) as u8));
        std::fs::write(&path, &bytes).unwrap();
        let sum = crate::models::store::file_sha256(&path).unwrap();
        let mut catalog = Catalog::builtin();
        catalog.models[0].ggml[1].sha256 = sum;
        catalog.models[0].ggml[1].size = bytes.len() as u64;
        (path, catalog)
    }

    #[test]
    fn a_known_file_on_a_stick_is_found_copied_with_progress_and_named_as_hearth_loads_it() {
        let dir = tempfile::tempdir().unwrap();
        let (src, catalog) = fake(dir.path());
        std::fs::write(dir.path().join("stick/notes.bin"), b"not a model").unwrap();
        let found = find(&[dir.path().to_path_buf()]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].path, src);
        let models = dir.path().join("models");
        let mut seen = Vec::new();
        let installed =
            import_file(&catalog, &src, &models, &mut |d, t| seen.push((d, t))).unwrap();
        assert_eq!(installed.name, catalog.models[0].name);
        assert_eq!(installed.weights, WeightType::Q8_0);
        assert_eq!(
            installed.path,
            models.join(file_name(&installed.name, WeightType::Q8_0))
        );
        assert_eq!(
            std::fs::read(&installed.path).unwrap(),
            std::fs::read(&src).unwrap()
        );
        assert!(seen.len() > 1);
        assert_eq!(seen.last(), Some(&(installed.size, installed.size)));
        assert!(seen.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn an_unknown_or_damaged_file_is_refused_and_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let (src, catalog) = fake(dir.path());
        // Damaged in place: the right size, the wrong bytes.
        let mut bytes = std::fs::read(&src).unwrap();
        bytes[1000] ^= 0xff;
        std::fs::write(&src, &bytes).unwrap();
        let models = dir.path().join("models");
        let err = import_file(&catalog, &src, &models, &mut |_, _| {}).unwrap_err();
        assert!(matches!(err, ModelError::Checksum { .. }), "{err}");
        assert_eq!(std::fs::read_dir(&models).unwrap().count(), 0);
        // Cut short, as when a stick is pulled out during a copy: refused before copying.
        let mut seen = 0;
        std::fs::write(&src, &bytes[..bytes.len() / 2]).unwrap();
        let err = import_file(&catalog, &src, &models, &mut |_, _| seen += 1).unwrap_err();
        assert!(matches!(err, ModelError::Unsupported(_)), "{err}");
        assert_eq!(seen, 0, "nothing was copied");
        assert_eq!(std::fs::read_dir(&models).unwrap().count(), 0);
        let text = dir.path().join("stick/readme.bin");
        std::fs::write(&text, b"hello").unwrap();
        assert!(matches!(
            import_file(&catalog, &text, &models, &mut |_, _| {}),
            Err(ModelError::Unsupported(_))
        ));
    }
}

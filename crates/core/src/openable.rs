//! Which files the window may hand to the system's viewer: only what Hearth itself wrote
//! into its exports and papers folders (a resident's export, a support report, a DPIA),
//! never a path a tampered window names.

use std::path::{Path, PathBuf};

/// `path` made absolute and free of `..` and links, if it is a file inside one of `dirs`.
pub fn inside(path: &Path, dirs: &[PathBuf]) -> Option<PathBuf> {
    let real = path.canonicalize().ok()?;
    if !real.is_file() {
        return None;
    }
    dirs.iter()
        .filter_map(|d| d.canonicalize().ok())
        .any(|d| real.starts_with(d))
        .then_some(real)
}

/// The folders Hearth writes files to open: exports (and support reports) and papers.
pub fn folders() -> Vec<PathBuf> {
    vec![crate::paths::exports_dir(), crate::papers::dir()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_hearth_wrote_in_its_folders() {
        let dir = tempfile::tempdir().unwrap();
        let exports = dir.path().join("exports");
        std::fs::create_dir_all(&exports).unwrap();
        let pdf = exports.join("hearth-resident-1-notes.pdf");
        std::fs::write(&pdf, b"%PDF").unwrap();
        std::fs::write(dir.path().join("journal.sqlite"), b"x").unwrap();
        let dirs = [exports.clone()];
        assert_eq!(inside(&pdf, &dirs), Some(pdf.canonicalize().unwrap()));
        // Climbing out, the folder itself, a file that is not there, a link out.
        assert_eq!(inside(&exports.join("../journal.sqlite"), &dirs), None);
        assert_eq!(inside(&exports, &dirs), None);
        assert_eq!(inside(&exports.join("gone.pdf"), &dirs), None);
        let link = exports.join("link.pdf");
        std::os::unix::fs::symlink(dir.path().join("journal.sqlite"), &link).unwrap();
        assert_eq!(inside(&link, &dirs), None);
    }
}

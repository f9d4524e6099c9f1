//! Where Hearth keeps its files. Each can be moved with an environment variable, so tests and
//! the project's scripts never touch a person's real data.

use std::path::PathBuf;

/// `HEARTH_DATA_DIR`, else the OS's per-user data folder (`~/.local/share/hearth` on Linux).
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("HEARTH_DATA_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    directories::ProjectDirs::from("eu", "Hearth", "hearth")
        .map(|p| p.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".hearth"))
}

/// `HEARTH_MODELS_DIR`, else `models/` in the data folder.
pub fn models_dir() -> PathBuf {
    std::env::var_os("HEARTH_MODELS_DIR")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| data_dir().join("models"))
}

/// Where a package installs models for every user of the machine (read-only).
pub const SHARED_MODELS_DIR: &str = "/usr/share/hearth/models";

/// Read-only folders searched for models after [`models_dir`]: what packages installed
/// (`hearth-model-base`). None when `HEARTH_MODELS_DIR` is set: that folder is then the
/// whole truth, so tests and scripts never pick up a model the machine happens to have.
pub fn shared_models_dirs() -> Vec<PathBuf> {
    match std::env::var_os("HEARTH_MODELS_DIR").filter(|d| !d.is_empty()) {
        Some(_) => Vec::new(),
        None => vec![PathBuf::from(SHARED_MODELS_DIR)],
    }
}

/// The journal database: `journal.sqlite` in the data folder.
pub fn journal_file() -> PathBuf {
    data_dir().join("journal.sqlite")
}

/// The window's own web data (WebKit's storage and cache): `webview/` in the data folder, so
/// Hearth has one folder on a device, not a second one named after the app's identifier.
pub fn webview_dir() -> PathBuf {
    data_dir().join("webview")
}

/// Where an earlier Hearth's window kept its web data, under the app's identifier
/// (`~/.local/share/eu.hearth.app` and `~/.cache/eu.hearth.app`). None when
/// `HEARTH_DATA_DIR` moves the data folder: tests and scripts never touch a person's folders.
pub fn old_webview_dirs() -> Vec<PathBuf> {
    if std::env::var_os("HEARTH_DATA_DIR").is_some_and(|d| !d.is_empty()) {
        return Vec::new();
    }
    directories::BaseDirs::new()
        .map(|b| {
            [b.data_dir(), b.cache_dir()]
                .iter()
                .map(|d| d.join("eu.hearth.app"))
                .collect()
        })
        .unwrap_or_default()
}

/// Where exports are written: `exports/` in the data folder.
pub fn exports_dir() -> PathBuf {
    data_dir().join("exports")
}

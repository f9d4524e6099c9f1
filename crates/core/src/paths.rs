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

/// The journal database: `journal.sqlite` in the data folder.
pub fn journal_file() -> PathBuf {
    data_dir().join("journal.sqlite")
}

/// Where exports are written: `exports/` in the data folder.
pub fn exports_dir() -> PathBuf {
    data_dir().join("exports")
}

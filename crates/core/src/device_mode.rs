//! How this device is used: **shared** (a window staff and residents take turns at) or a
//! **kiosk** (a resident's tablet: full screen, started with the session, closed only by
//! staff), tied to one resident's room or serving a lounge.
//!
//! Kept in a small file beside the journal, not in it: the window must know how to open
//! before a staff passphrase unlocks the journal. It holds no name and nothing said (a
//! resident is a number), so it needs no encryption; the change itself is audited in the
//! journal by the command that makes it.

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::files::write_whole;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "mode", rename_all = "snake_case")]
pub enum DeviceMode {
    /// A normal window: staff and residents take turns at it.
    #[default]
    Shared,
    /// Full screen, no window frame, started with the session; closing it or reaching the
    /// care team's screens needs a staff PIN.
    Kiosk {
        /// The resident whose room the tablet is in (opens on their page), or none: a
        /// lounge's tablet (opens on the residents' cards).
        resident: Option<i64>,
    },
}

impl DeviceMode {
    pub fn is_kiosk(&self) -> bool {
        matches!(self, DeviceMode::Kiosk { .. })
    }
}

/// `device.json` in the data folder.
pub fn file() -> PathBuf {
    crate::paths::data_dir().join("device.json")
}

/// The mode kept in `path`; shared when there is none yet. A damaged file is an error (the
/// caller says so and opens shared, so staff can set it again).
pub fn load(path: &Path) -> io::Result<DeviceMode> {
    match std::fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("{} is damaged: {e}", path.display()),
            )
        }),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(DeviceMode::Shared),
        Err(e) => Err(e),
    }
}

/// Keeps `mode` in `path`, whole or not at all.
pub fn save(path: &Path, mode: DeviceMode) -> io::Result<()> {
    let json = serde_json::to_vec_pretty(&mode).map_err(io::Error::other)?;
    write_whole(path, &json)
}

/// Starting Hearth with the desktop session (an XDG autostart entry): what makes a tablet
/// that was switched off come back as the resident's kiosk.
pub mod autostart {
    use super::*;

    /// `$XDG_CONFIG_HOME/autostart` (else `~/.config/autostart`).
    pub fn dir() -> Option<PathBuf> {
        directories::BaseDirs::new().map(|b| b.config_dir().join("autostart"))
    }

    /// The entry's file in `dir`.
    pub fn entry(dir: &Path) -> PathBuf {
        dir.join("eu.hearth.app.desktop")
    }

    /// The entry that starts `exe` when the session starts.
    pub fn text(exe: &Path) -> String {
        format!(
            "[Desktop Entry]\nType=Application\nName=Hearth\nComment=Started with the session: this device is a Hearth kiosk\nExec=\"{}\"\nIcon=hearth-app\nTerminal=false\nX-GNOME-Autostart-enabled=true\n",
            exe.display()
        )
    }

    /// Adds (kiosk) or removes (shared) the entry in `dir`.
    pub fn follow(dir: &Path, mode: DeviceMode, exe: &Path) -> io::Result<()> {
        let entry = entry(dir);
        if mode.is_kiosk() {
            write_whole(&entry, text(exe).as_bytes())
        } else {
            match std::fs::remove_file(&entry) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
                _ => Ok(()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mode_is_kept_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("device.json");
        assert_eq!(load(&path).unwrap(), DeviceMode::Shared, "nothing yet");
        for mode in [
            DeviceMode::Kiosk { resident: Some(7) },
            DeviceMode::Kiosk { resident: None },
            DeviceMode::Shared,
        ] {
            save(&path, mode).unwrap();
            assert_eq!(load(&path).unwrap(), mode);
        }
    }

    #[test]
    fn a_damaged_file_is_an_error_not_a_guess() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("device.json");
        std::fs::write(&path, b"{\"mode\": \"kio").unwrap();
        let e = load(&path).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::InvalidData);
        assert!(e.to_string().contains("damaged"), "{e}");
    }

    #[test]
    fn the_autostart_entry_follows_the_mode() {
        let dir = tempfile::tempdir().unwrap();
        let exe = Path::new("/usr/bin/hearth-app");
        autostart::follow(dir.path(), DeviceMode::Kiosk { resident: None }, exe).unwrap();
        let text = std::fs::read_to_string(autostart::entry(dir.path())).unwrap();
        assert!(text.contains("Exec=\"/usr/bin/hearth-app\""), "{text}");
        assert!(
            text.starts_with("[Desktop Entry]\nType=Application\n"),
            "{text}"
        );
        autostart::follow(dir.path(), DeviceMode::Shared, exe).unwrap();
        assert!(!autostart::entry(dir.path()).exists());
        // Shared again when it already was: nothing to remove, no error.
        autostart::follow(dir.path(), DeviceMode::Shared, exe).unwrap();
    }
}

//! The main window, built here rather than from the configuration alone, so its web data
//! (WebKit's storage and cache) lives in Hearth's own data folder: one folder a device,
//! whatever the app's identifier says (`~/.local/share/hearth/webview`, not
//! `~/.local/share/eu.hearth.app`).

use std::path::Path;

use tauri::{Manager, Runtime, WebviewWindow, WebviewWindowBuilder};

/// The window the configuration describes but leaves unbuilt (`"create": false`), built
/// with its web data in `webview_dir`. None where the configuration has no such window
/// (the mock runtime of the command tests).
pub fn open<R: Runtime, M: Manager<R>>(
    manager: &M,
    webview_dir: &Path,
) -> tauri::Result<Option<WebviewWindow<R>>> {
    let Some(config) = manager
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == "main" && !w.create)
        .cloned()
    else {
        return Ok(None);
    };
    let window = WebviewWindowBuilder::from_config(manager, &config)?
        .data_directory(webview_dir.to_path_buf())
        .build()?;
    Ok(Some(window))
}

/// Removes the web data an earlier Hearth left under the app's identifier (only WebKit's
/// own storage and cache were ever there: Hearth keeps nothing in the web view).
pub fn forget_old_webview_folders() {
    for old in hearth_core::paths::old_webview_dirs() {
        if old.is_dir() {
            match std::fs::remove_dir_all(&old) {
                Ok(()) => log::info!("removed the window's old web data folder {}", old.display()),
                Err(e) => log::warn!(
                    "could not remove the old web data folder {}: {e}",
                    old.display()
                ),
            }
        }
    }
}

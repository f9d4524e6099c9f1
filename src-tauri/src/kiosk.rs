//! The window as a kiosk: full screen and frameless, the close request of a window manager
//! (a close button, Alt+F4) refused, the desktop asked to keep the screen awake, and Hearth
//! started with the session. Staff leave it through a signed-in command, never the window.

use std::sync::atomic::{AtomicU32, Ordering};

use hearth_core::device_mode::{self, autostart, DeviceMode};
use tauri::{Manager, Runtime, WebviewWindow, WindowEvent};

/// The mode in force (a poisoned lock still holds a whole value: the mode is one word).
pub fn mode(state: &crate::AppState) -> DeviceMode {
    *state.device.lock().unwrap_or_else(|e| e.into_inner())
}

/// Puts `mode` in force for the commands and the window's close requests.
pub fn set_mode(state: &crate::AppState, mode: DeviceMode) {
    *state.device.lock().unwrap_or_else(|e| e.into_inner()) = mode;
}

/// The mode kept on this device; shared (with a line in the log) when its file is damaged,
/// so staff can still reach the screens that set it again.
pub fn load() -> DeviceMode {
    device_mode::load(&device_mode::file()).unwrap_or_else(|e| {
        log::error!("{e}; this device opens as a shared window until staff choose again");
        DeviceMode::Shared
    })
}

/// The window's first look follows the mode, so a kiosk never flashes a framed window.
pub fn shape_config(config: &mut tauri::Config, mode: DeviceMode) {
    if let Some(window) = config.app.windows.first_mut() {
        window.fullscreen = mode.is_kiosk();
        window.decorations = !mode.is_kiosk();
    }
}

/// Keeps `mode` on this device and adds or removes the session's autostart entry.
pub fn keep(mode: DeviceMode) -> std::io::Result<()> {
    device_mode::save(&device_mode::file(), mode)?;
    let Some(dir) = autostart::dir() else {
        log::warn!("no configuration folder: Hearth will not start with the session");
        return Ok(());
    };
    let exe = std::env::current_exe()?;
    autostart::follow(&dir, mode, &exe)
}

/// A window manager's close request, refused while this device is a kiosk.
pub fn on_window_event<R: Runtime>(window: &tauri::Window<R>, event: &WindowEvent) {
    if let WindowEvent::CloseRequested { api, .. } = event {
        if mode(&window.state::<crate::AppState>()).is_kiosk() {
            api.prevent_close();
            log::info!("a request to close the kiosk was refused: staff close it signed in");
        }
    }
}

/// The open window takes the mode's shape now (an administrator just chose it).
pub fn apply<R: Runtime>(window: &WebviewWindow<R>, mode: DeviceMode) {
    let kiosk = mode.is_kiosk();
    // Frame first: leaving full screen with no frame would leave a window nobody can move.
    let shaped = window
        .set_decorations(!kiosk)
        .and_then(|()| window.set_fullscreen(kiosk));
    if let Err(e) = shaped {
        log::warn!("the window could not change its shape: {e}");
    }
    keep_awake(window, kiosk);
}

/// The desktop's idle inhibition held while the kiosk is shown (0: none).
static AWAKE: AtomicU32 = AtomicU32::new(0);

/// Asks the desktop (through GTK's session inhibition) not to blank the screen or lock
/// the session while `on`, and lets it go otherwise.
#[cfg(target_os = "linux")]
pub fn keep_awake<R: Runtime>(window: &WebviewWindow<R>, on: bool) {
    let window = window.clone();
    let asked = window.clone().run_on_main_thread(move || {
        use gtk::prelude::*;
        let Ok(gtk_window) = window.gtk_window() else {
            return;
        };
        let Some(app) = gtk_window.application() else {
            log::warn!("no desktop application to ask for the screen to stay awake");
            return;
        };
        let held = AWAKE.swap(0, Ordering::SeqCst);
        if held != 0 {
            app.uninhibit(held);
        }
        if on {
            let reason = "Hearth is a resident's kiosk";
            let cookie = app.inhibit(
                Some(&gtk_window),
                gtk::ApplicationInhibitFlags::IDLE | gtk::ApplicationInhibitFlags::SUSPEND,
                Some(reason),
            );
            if cookie == 0 {
                log::warn!("the desktop did not agree to keep the screen awake");
            } else {
                log::info!("the desktop keeps the screen awake while the kiosk is shown");
            }
            AWAKE.store(cookie, Ordering::SeqCst);
        }
    });
    if let Err(e) = asked {
        log::warn!("could not ask the desktop to keep the screen awake: {e}");
    }
}

#[cfg(not(target_os = "linux"))]
pub fn keep_awake<R: Runtime>(_window: &WebviewWindow<R>, _on: bool) {}

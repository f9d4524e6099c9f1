//! How this device is used (a shared window or a resident's kiosk), read once at start, for
//! the screens that behave differently in a kiosk: the resident's page it opens on, the
//! care team's screens that sign out when left, and the staff's way to close Hearth.

use hearth_wire::{commands, DeviceModeView};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::tauri;

#[derive(Clone, Copy)]
pub struct DeviceMode(pub RwSignal<DeviceModeView>);

/// Provides the mode to every screen and reads it from the backend (a locked journal too:
/// the mode is kept beside it).
pub fn provide() -> RwSignal<DeviceModeView> {
    let mode = RwSignal::new(DeviceModeView::Shared);
    provide_context(DeviceMode(mode));
    spawn_local(async move {
        if let Ok(m) = tauri::invoke::<commands::DeviceMode>(&()).await {
            mode.set(m);
        }
    });
    mode
}

pub fn device_mode() -> RwSignal<DeviceModeView> {
    expect_context::<DeviceMode>().0
}

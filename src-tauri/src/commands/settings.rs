//! Display settings and the device's language: anyone's screen reads them (residents' too);
//! only a staff administrator changes them, and each change is in the audit log.

use hearth_core::access::Role;
use hearth_core::audit::Entry;
use hearth_core::clock::now_ms;
use hearth_core::settings;
use hearth_wire::{commands as wire, ArgsOf, Problem, ReplyOf};

use crate::audited::changed;
use crate::session::require;
use crate::state::with;
use crate::views::{display_of, display_view};
use crate::AppState;

#[tauri::command]
pub async fn display(state: tauri::State<'_, AppState>) -> Result<ReplyOf<wire::Display>, Problem> {
    Ok(display_view(with(&state, |s| settings::display(s))?))
}

#[tauri::command]
pub async fn set_display(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::SetDisplay>,
) -> Result<ReplyOf<wire::SetDisplay>, Problem> {
    let who = require(&state, Role::Admin)?;
    let d = display_of(args);
    let entry = Entry::new(&who.name, "change_display", "this device", format!("{d:?}"));
    changed(&state, entry, |s| {
        settings::set_display(s, &d, &who.name, now_ms())
    })
}

/// The language this device's screens start in (none: the system's).
#[tauri::command]
pub async fn device_language(
    state: tauri::State<'_, AppState>,
) -> Result<ReplyOf<wire::DeviceLanguage>, Problem> {
    with(&state, |s| settings::device_language(s))
}

#[tauri::command]
pub async fn set_device_language(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::SetDeviceLanguage>,
) -> Result<ReplyOf<wire::SetDeviceLanguage>, Problem> {
    let language = args;
    let who = require(&state, Role::Admin)?;
    let detail = language.clone().unwrap_or_else(|| "the system's".into());
    let entry = Entry::new(&who.name, "change_language", "this device", detail);
    changed(&state, entry, |s| {
        settings::set_device_language(s, language.as_deref(), &who.name, now_ms())
    })
}

//! How this device is used: a shared window or a resident's kiosk. Anyone's window reads
//! it (a locked one too: it opens by it); an administrator changes it, logged; anyone signed
//! in may close Hearth, which in a kiosk is the only way out.

use hearth_core::access::Role;
use hearth_core::audit::Entry;
use hearth_core::device_mode::DeviceMode;
use hearth_core::store::StoreError;
use hearth_wire::{commands as wire, ArgsOf, DeviceModeView, Problem, ReplyOf};
use tauri::{AppHandle, Manager, Runtime};

use crate::audited::{changed, resident};
use crate::kiosk;
use crate::problems::ToProblem;
use crate::session::require;
use crate::AppState;

#[tauri::command]
pub async fn device_mode(
    state: tauri::State<'_, AppState>,
) -> Result<ReplyOf<wire::DeviceMode>, Problem> {
    Ok(view(kiosk::mode(&state)))
}

#[tauri::command]
pub async fn set_device_mode<R: Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::SetDeviceMode>,
) -> Result<ReplyOf<wire::SetDeviceMode>, Problem> {
    let who = require(&state, Role::Admin)?;
    let mode = match args {
        DeviceModeView::Shared => DeviceMode::Shared,
        DeviceModeView::Kiosk { resident } => DeviceMode::Kiosk { resident },
    };
    let (subject, detail) = match mode {
        DeviceMode::Shared => ("this device".to_string(), "shared"),
        DeviceMode::Kiosk { resident: None } => ("this device".to_string(), "kiosk for a lounge"),
        DeviceMode::Kiosk { resident: id } => (resident(id), "kiosk in the resident's room"),
    };
    let entry = Entry::new(&who.name, "change_device_mode", &subject, detail);
    // The file is written inside the log's transaction: a mode nobody logged is never kept,
    // and a file that cannot be written leaves no line saying it was.
    changed(&state, entry, |_| kiosk::keep(mode).map_err(Unkept::File))?;
    kiosk::set_mode(&state, mode);
    if let Some(window) = app.get_webview_window("main") {
        kiosk::apply(&window, mode);
    }
    log::info!("this device is now {detail}");
    Ok(())
}

#[tauri::command]
pub async fn close_hearth<R: Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, AppState>,
) -> Result<ReplyOf<wire::CloseHearth>, Problem> {
    let who = require(&state, Role::Caregiver)?;
    crate::stop_microphone(&state);
    log::info!("Hearth was closed by staff");
    let entry = Entry::new(&who.name, "close_hearth", "this device", "");
    let _ = crate::state::with(&state, |s| hearth_core::audit::record(s, &entry));
    app.exit(0);
    Ok(())
}

/// The mode's file could not be written, or the log could not take its line.
enum Unkept {
    Store(StoreError),
    File(std::io::Error),
}

impl From<StoreError> for Unkept {
    fn from(e: StoreError) -> Self {
        Unkept::Store(e)
    }
}

impl ToProblem for Unkept {
    fn to_problem(self) -> Problem {
        match self {
            Unkept::Store(e) => e.to_problem(),
            Unkept::File(e) => {
                log::error!("the device's mode could not be kept: {e}");
                Problem::Device {
                    detail: e.to_string(),
                }
            }
        }
    }
}

fn view(mode: DeviceMode) -> DeviceModeView {
    match mode {
        DeviceMode::Shared => DeviceModeView::Shared,
        DeviceMode::Kiosk { resident } => DeviceModeView::Kiosk { resident },
    }
}

//! Opening what Hearth wrote (an export, a paper, a support report) in the system's own
//! viewer, where it can be read or printed, instead of leaving staff with a path.

use std::path::PathBuf;

use hearth_core::access::Role;
use hearth_core::openable;
use hearth_core::refusal::Refusal;
use hearth_wire::{commands as wire, ArgsOf, Problem, ReplyOf};

use crate::problems::problem;
use crate::session::require;
use crate::AppState;

#[tauri::command]
pub async fn open_file(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::OpenFile>,
) -> Result<ReplyOf<wire::OpenFile>, Problem> {
    require(&state, Role::Caregiver)?;
    let Some(path) = openable::inside(&PathBuf::from(&args), &openable::folders()) else {
        return Err(problem(Refusal::NotAnExport { path: args }));
    };
    // The desktop's default viewer (xdg-open), on its own: Hearth does not wait for it.
    open::that_detached(&path).map_err(|e| {
        log::warn!("the system could not open a file: {e}");
        Problem::Export {
            detail: format!("the system has no viewer for {}: {e}", path.display()),
        }
    })?;
    log::info!("a file Hearth wrote was opened in the system's viewer");
    Ok(())
}

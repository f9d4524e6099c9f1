//! What the window shows on its status line: the version, the speech model, the journal.

use hearth_wire::{commands as wire, AppStatus, ModelStatus, ReplyOf};

use crate::AppState;

#[tauri::command]
pub fn app_status(state: tauri::State<'_, AppState>) -> ReplyOf<wire::AppStatus> {
    let model = state
        .model
        .lock()
        .map(|m| m.clone())
        .unwrap_or_else(|_| ModelStatus::Failed {
            detail: "internal error".into(),
        });
    AppStatus {
        version: env!("CARGO_PKG_VERSION").to_string(),
        model,
        journal: crate::state::status(&state),
    }
}

//! The support report an administrator saves for whoever supports Hearth: no names, nothing
//! anyone said (see `hearth_core::support`).

use hearth_core::access::Role;
use hearth_core::audit::{self, Entry};
use hearth_core::clock::now_ms;
use hearth_core::paths;
use hearth_core::store::StoreError;
use hearth_core::support::{self, AppFacts};
use hearth_wire::{commands as wire, ModelStatus, Problem, ReplyOf};

use crate::problems::problem;
use crate::state::with;
use crate::AppState;

#[tauri::command]
pub async fn save_support_report(
    state: tauri::State<'_, AppState>,
) -> Result<ReplyOf<wire::SaveSupportReport>, Problem> {
    let who = crate::session::require(&state, Role::Admin)?;
    let facts = AppFacts {
        version: env!("CARGO_PKG_VERSION").to_string(),
        speech_model: speech_model(&state),
        meaning_model: if state.meaning.get().is_some() {
            "loaded"
        } else {
            "not loaded"
        }
        .into(),
        journal: "open".into(),
        device_mode: crate::kiosk::mode(&state),
    };
    let now = now_ms();
    // The journal is held only for its counts and settings, not while devices and the log
    // are read.
    let journal = with(&state, |s| Ok::<_, StoreError>(support::journal_facts(s)))?;
    let text = support::report(&facts, Some(&journal), &crate::logs::folder(), now);
    with(&state, |s| {
        audit::record(s, &Entry::new(&who.name, "support_report", "device", ""))
    })?;
    let path = support::save(&paths::exports_dir(), &text, now).map_err(problem)?;
    Ok(path.display().to_string())
}

/// The speech model's state in a few words ("base (q8_0), ready"), for the report and the
/// papers.
pub fn speech_model(state: &AppState) -> String {
    match state.model.lock().map(|m| m.clone()) {
        Ok(ModelStatus::Ready { name, weights, .. }) => format!("{name} ({weights}), ready"),
        Ok(ModelStatus::Loading { name }) => format!("{name}, loading"),
        Ok(ModelStatus::Missing { name, .. }) => format!("{name}, missing"),
        Ok(ModelStatus::Failed { detail }) => format!("failed: {detail}"),
        Err(_) => "unknown".into(),
    }
}

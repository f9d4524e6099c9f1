//! The audit log from the window's side: every read of residents' notes leaves a line first
//! (no line, no read), every change is written with its line in one transaction, and staff
//! administrators can read the log.

use hearth_core::access::Role;
use hearth_core::audit;
use hearth_core::journal::{residents, JournalError};
use hearth_core::store::Store;
use hearth_wire::{commands as wire, AuditEntryView, Problem, ReplyOf};

use crate::audited::viewed;
use crate::session::require;
use crate::state::with;
use crate::AppState;

/// A log line's subject for the screen: the resident's name, or that they were erased.
fn subject_shown(store: &Store, subject: String) -> Result<String, JournalError> {
    let Some(id) = audit::subject_resident(&subject) else {
        return Ok(subject);
    };
    Ok(residents::name_on_file(store, id)?.unwrap_or_else(|| format!("erased resident ({id})")))
}

/// The newest 500 lines, for a staff administrator.
#[tauri::command]
pub async fn audit_log(
    state: tauri::State<'_, AppState>,
) -> Result<ReplyOf<wire::AuditLog>, Problem> {
    let who = require(&state, Role::Admin)?;
    viewed(&state, &who, "view_audit", None, String::new())?;
    with(&state, |s| {
        audit::recent(s, 500)?
            .into_iter()
            .map(|e| {
                Ok::<_, JournalError>(AuditEntryView {
                    at_ms: e.at_ms,
                    actor: e.actor,
                    action: e.action,
                    subject: subject_shown(s, e.subject)?,
                    detail: e.detail,
                })
            })
            .collect()
    })
}

//! The audit log from the window's side: every read of residents' notes leaves a line first
//! (no line, no read), every change is written with its line in one transaction, and staff
//! administrators can read the log.

use hearth_core::access::{Role, Staff};
use hearth_core::audit::{self, Entry};
use hearth_core::export::local_day;
use hearth_core::journal::residents;
use hearth_core::store::{Store, StoreError};
use hearth_wire::{AuditEntryView, Problem};

use crate::access::require;
use crate::journal::with;
use crate::AppState;

/// A resident's name for the log ("everyone" for none, the number if unknown).
pub fn resident(store: &Store, id: Option<i64>) -> Result<String, StoreError> {
    let Some(id) = id else {
        return Ok("everyone".into());
    };
    Ok(residents::get(store, id)?.map_or_else(|| format!("resident {id}"), |r| r.preferred_name))
}

/// `YYYY-MM-DD` (or a range) for the log, in this device's time zone.
pub fn days(from_ms: i64, to_ms: i64) -> String {
    let (a, b) = (local_day(from_ms), local_day(to_ms - 1));
    if a == b {
        a
    } else {
        format!("{a} to {b}")
    }
}

/// Logs that `who` looked at `subject` (a resident, or "everyone").
pub fn viewed(
    state: &AppState,
    who: &Staff,
    action: &str,
    resident_id: Option<i64>,
    detail: String,
) -> Result<(), Problem> {
    with(state, |s| {
        let subject = resident(s, resident_id)?;
        audit::record(s, &Entry::new(&who.name, action, &subject, detail))
    })
}

/// Makes a change as `who` together with its line in the log.
pub fn changed<T>(
    state: &AppState,
    entry: Entry,
    change: impl FnOnce(&mut Store) -> Result<T, StoreError>,
) -> Result<T, Problem> {
    with(state, |s| audit::logged(s, &entry, change))
}

/// The newest 500 lines, for a staff administrator.
#[tauri::command]
pub async fn audit_log(state: tauri::State<'_, AppState>) -> Result<Vec<AuditEntryView>, Problem> {
    let who = require(&state, Role::Admin)?;
    viewed(&state, &who, "view_audit", None, String::new())?;
    let lines = with(&state, |s| audit::recent(s, 500))?;
    Ok(lines
        .into_iter()
        .map(|e| AuditEntryView {
            at_ms: e.at_ms,
            actor: e.actor,
            action: e.action,
            subject: e.subject,
            detail: e.detail,
        })
        .collect())
}

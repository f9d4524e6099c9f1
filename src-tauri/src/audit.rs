//! The audit log from the window's side: every read of residents' notes leaves a line first
//! (no line, no read), every change is written with its line in one transaction, and staff
//! administrators can read the log.

use hearth_core::access::{Role, Staff};
use hearth_core::audit::{self, Entry};
use hearth_core::export::local_day;
use hearth_core::journal::{residents, JournalError, Note};
use hearth_core::store::{Store, StoreError};
use hearth_wire::{AuditEntryView, Problem};

use crate::access::require;
use crate::journal::with;
use crate::problems::ToProblem;
use crate::AppState;

/// A resident as the log names them: by number ("everyone" for none), so an erasure leaves
/// no name in the log; `audit_log` shows the name while the resident is on file.
pub fn resident(id: Option<i64>) -> String {
    id.map_or_else(|| "everyone".into(), audit::resident_subject)
}

/// A log line's subject for the screen: the resident's name, or that they were erased.
fn subject_shown(store: &Store, subject: String) -> Result<String, JournalError> {
    let Some(id) = audit::subject_resident(&subject) else {
        return Ok(subject);
    };
    Ok(residents::name_on_file(store, id)?.unwrap_or_else(|| format!("erased resident ({id})")))
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
        audit::record(
            s,
            &Entry::new(&who.name, action, &resident(resident_id), detail),
        )
    })
}

/// Makes a change as `who` together with its line in the log.
pub fn changed<T, E: From<StoreError> + ToProblem>(
    state: &AppState,
    entry: Entry,
    change: impl FnOnce(&mut Store) -> Result<T, E>,
) -> Result<T, Problem> {
    with(state, |s| audit::logged(s, &entry, change))
}

/// Makes a change to a note as `who`, logged about the note's resident (so a subject access
/// request finds it) in the same transaction; `detail` names the note or reading, never its
/// words.
pub fn changed_note(
    state: &AppState,
    who: &str,
    action: &str,
    detail: String,
    change: impl FnOnce(&mut Store) -> Result<Note, JournalError>,
) -> Result<Note, Problem> {
    with(state, |s| {
        audit::logged_as(s, change, |n| {
            Entry::new(who, action, &resident(Some(n.resident_id)), detail)
        })
    })
}

/// The newest 500 lines, for a staff administrator.
#[tauri::command]
pub async fn audit_log(state: tauri::State<'_, AppState>) -> Result<Vec<AuditEntryView>, Problem> {
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

//! Views and changes with their line in the audit log: a change and its line are kept
//! together or not at all; the log names residents by number, never by name.

use hearth_core::access::Staff;
use hearth_core::audit::{self, Entry};
use hearth_core::export::local_day;
use hearth_core::journal::{JournalError, Note};
use hearth_core::store::{Store, StoreError};
use hearth_wire::Problem;

use crate::problems::ToProblem;
use crate::state::with;
use crate::AppState;

/// A resident as the log names them: by number ("everyone" for none), so an erasure leaves
/// no name in the log; `audit_log` shows the name while the resident is on file.
pub fn resident(id: Option<i64>) -> String {
    id.map_or_else(|| "everyone".into(), audit::resident_subject)
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

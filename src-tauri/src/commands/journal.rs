//! The journal in the window: opened at start-up, or later with the staff passphrase when it
//! is under one (a failure is shown, not fatal), and the commands that read it.

use hearth_core::journal::{notes, NoteFilter};
use hearth_wire::{commands as wire, ArgsOf, Problem, ReplyOf};

use crate::state::with;
use crate::views::note_view;
use crate::AppState;

#[tauri::command]
pub async fn notes(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::Notes>,
) -> Result<ReplyOf<wire::Notes>, Problem> {
    let who = crate::session::require(&state, hearth_core::access::Role::Caregiver)?;
    crate::checks::period(args.from_ms, args.to_ms)?;
    let day = crate::audited::days(args.from_ms, args.to_ms);
    crate::audited::viewed(&state, &who, "view_notes", args.resident_id, day)?;
    let filter = NoteFilter {
        resident_id: args.resident_id,
        from_ms: args.from_ms,
        to_ms: args.to_ms,
    };
    let list = with(&state, |s| notes::list(s, &filter))?;
    Ok(list.into_iter().map(note_view).collect())
}

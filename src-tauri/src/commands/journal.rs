//! The journal in the window: opened at start-up, or later with the staff passphrase when it
//! is under one (a failure is shown, not fatal), and the commands that read it.

use hearth_core::journal::{notes, NoteFilter};
use hearth_wire::{NoteView, NotesQuery, Problem};

use crate::state::with;
use crate::views::note_view;
use crate::AppState;

#[tauri::command]
pub async fn notes(
    state: tauri::State<'_, AppState>,
    query: NotesQuery,
) -> Result<Vec<NoteView>, Problem> {
    let who = crate::session::require(&state, hearth_core::access::Role::Caregiver)?;
    crate::checks::period(query.from_ms, query.to_ms)?;
    let day = crate::audited::days(query.from_ms, query.to_ms);
    crate::audited::viewed(&state, &who, "view_notes", query.resident_id, day)?;
    let filter = NoteFilter {
        resident_id: query.resident_id,
        from_ms: query.from_ms,
        to_ms: query.to_ms,
    };
    let list = with(&state, |s| notes::list(s, &filter))?;
    Ok(list.into_iter().map(note_view).collect())
}

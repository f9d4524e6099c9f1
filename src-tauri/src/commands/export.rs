//! Exports: one resident's notes for a period, written as a file on this device.

use hearth_core::export;
use hearth_core::paths;
use hearth_wire::{commands as wire, ArgsOf, Exported, Problem, ReplyOf};

use crate::problems::problem;
use crate::state::with;
use crate::views::format_of;
use crate::AppState;

#[tauri::command]
pub async fn export(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::Export>,
) -> Result<ReplyOf<wire::Export>, Problem> {
    let who = crate::session::require(&state, hearth_core::access::Role::Caregiver)?;
    crate::checks::period(args.from_ms, args.to_ms)?;
    crate::checks::language(&args.language)?;
    let format = format_of(args.format);
    let record = with(&state, |s| {
        export::record(s, args.resident_id, args.from_ms, args.to_ms)
    })?;
    // Logged before the file exists: a copy of residents' notes outside the encryption is
    // never made without its line (a failed write leaves a line and no file, never the
    // reverse).
    let entry = hearth_core::audit::Entry::new(
        &who.name,
        "export",
        &crate::audited::resident(Some(args.resident_id)),
        // Not the file's name, nor anything of the notes.
        format!(
            "{} {}, {} notes",
            args.format.as_str(),
            crate::audited::days(args.from_ms, args.to_ms),
            record.notes.len(),
        ),
    );
    with(&state, |s| hearth_core::audit::record(s, &entry))?;
    // Made outside the journal's lock: a long PDF does not hold up a check-in's save.
    let path = export::save(
        &record,
        format,
        &state.i18n,
        &args.language,
        &paths::exports_dir(),
    )
    .map_err(problem)?;
    Ok(Exported {
        path: path.display().to_string(),
        notes: record.notes.len(),
    })
}

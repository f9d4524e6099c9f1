//! A caregiver dictates a note: the same microphone and recogniser as a resident's turn, in
//! the screen's language, but the words only come back to the screen — the caregiver checks
//! them, and saves them as their own note. Nothing is saved or inferred here.

use std::sync::Arc;

use hearth_core::listen::ListenEvent;
use hearth_wire::{commands as wire, events, ArgsOf, DictationState, Problem, ReplyOf};
use tauri::{AppHandle, Emitter, Runtime};

use crate::listen_session::listen;
use crate::AppState;

#[tauri::command]
pub async fn start_dictation<R: Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::StartDictation>,
) -> Result<ReplyOf<wire::StartDictation>, Problem> {
    crate::session::require(&state, hearth_core::access::Role::Caregiver)?;
    crate::checks::language(&args.language)?;
    let on = Arc::new(move |e: ListenEvent| {
        let said = match e {
            ListenEvent::Started => DictationState::Listening,
            ListenEvent::Level(level) => DictationState::Level { level },
            ListenEvent::Full | ListenEvent::Working => DictationState::Working,
            ListenEvent::NothingHeard => DictationState::NothingHeard,
            ListenEvent::Failed(detail) => DictationState::Failed {
                problem: Problem::Recognition { detail },
            },
            ListenEvent::Heard(h) => DictationState::Heard { text: h.text },
        };
        if let Err(e) = app.emit(events::DICTATION, said) {
            log::warn!("could not tell the window: {e}");
        }
    });
    listen(&state, &args.language, on).await
}

/// Ends the dictation; the words follow as a `dictation` event.
#[tauri::command]
pub async fn stop_dictation(
    state: tauri::State<'_, AppState>,
) -> Result<ReplyOf<wire::StopDictation>, Problem> {
    crate::listen_session::stop(&state);
    Ok(())
}

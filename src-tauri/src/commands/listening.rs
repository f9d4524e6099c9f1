//! Talking to Hearth from the window: start and stop commands over hearth-core's listening
//! session. The microphone and recognition run on the session's own threads; what happens
//! reaches the window as `listening` events, and a saved note also as `note-saved`.

use hearth_core::journal::residents;
use hearth_core::said::Readers;
use hearth_wire::{commands as wire, ArgsOf, Problem, ReplyOf};
use tauri::{AppHandle, Runtime};

use crate::listen_session::{listen, may_listen, reporter, stop};
use crate::state;
use crate::AppState;

#[tauri::command]
pub async fn start_listening<R: Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::StartListening>,
) -> Result<ReplyOf<wire::StartListening>, Problem> {
    if state.mic.in_use() {
        return Err(Problem::AlreadyListening);
    }
    let resident = state::with(&state, |s| residents::get(s, args.resident_id))?
        .ok_or(Problem::UnknownResident)?;
    may_listen(&state, resident.id)?;
    let Some(transcriber) = state.transcriber.get() else {
        return Err(Problem::ModelNotReady);
    };
    let model = transcriber.model_name().to_string();
    let store = crate::state::current(&state)?;
    // Read the lexicon now, before anyone speaks: off the path from "stop" to the words.
    let readers = Readers::for_language(&resident.language, state.meaning.get().cloned());
    let language = resident.language.clone();
    let on = reporter(app, store, resident.id, resident.language, model, readers);
    listen(&state, &language, on).await
}

#[tauri::command]
pub async fn stop_listening(
    state: tauri::State<'_, AppState>,
) -> Result<ReplyOf<wire::StopListening>, Problem> {
    stop(&state);
    Ok(())
}

//! One turn of listening over hearth-core's session: who may be heard (consent), the
//! recogniser in the resident's language, and the session's events as `listening` events
//! and saved notes. Shared by the talk and dictation commands.

use std::sync::{Arc, OnceLock};

use hearth_core::listen::{Limits, ListenEvent, Microphone, Recognise, Session};
use hearth_core::said::{self, Readers};
use hearth_core::speech::{Language, Transcriber};
use hearth_wire::{events, ListenState, Problem};
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::problems::problem;
use crate::state;
use crate::state::Journal;
use crate::AppState;

/// Refuses to open the microphone for a resident without consent to be listened to and to
/// have their words kept (the save checks again, for a withdrawal in between).
pub fn may_listen(state: &AppState, resident_id: i64) -> Result<(), Problem> {
    state::with(state, |s| {
        hearth_core::journal::consent::keeping_words(s, resident_id)
    })
}

/// Opens the microphone and starts a turn of listening in `language`, reported to `on`:
/// one microphone user at a time (a resident's message, a check-in or a dictation).
pub async fn listen(
    state: &AppState,
    language: &str,
    on: Arc<dyn Fn(ListenEvent) + Send + Sync>,
) -> Result<(), Problem> {
    if state.transcriber.get().is_none() {
        return Err(Problem::ModelNotReady);
    }
    // Claimed before anything is awaited: a second start meanwhile is told it is in use.
    let claim = state.mic.claim()?;
    // Opening a device can take a moment: not on the async runtime's threads.
    let (mic, blocks) = tauri::async_runtime::spawn_blocking(Microphone::open)
        .await
        .map_err(|e| Problem::Microphone {
            detail: e.to_string(),
        })?
        .map_err(problem)?;
    let rate = mic.rate();
    let recognise = recogniser(
        state.transcriber.clone(),
        Language::Code(language.to_string()),
    );
    let session = Session::start(blocks, rate, Some(mic), Limits::default(), recognise, on)
        .map_err(|e| Problem::Microphone {
            detail: e.to_string(),
        })?;
    claim.listening(session);
    Ok(())
}

/// Ends the turn being listened to, if any (what was heard is still recognised and saved,
/// if consent holds).
pub fn stop(state: &AppState) {
    state.mic.stop_listening();
}

pub fn recogniser(slot: Arc<OnceLock<Transcriber>>, language: Language) -> Recognise {
    Arc::new(move |audio: &[f32]| match slot.get() {
        Some(t) => t.transcribe(audio, &language),
        None => Err(hearth_core::speech::SpeechError::Recognition(
            "the speech model is not loaded".into(),
        )),
    })
}

/// Turns the session's events into window events, saving what was heard on the way.
/// What reads signals in a resident's words: their language's lexicon, and the meaning
/// model when it is installed.
pub fn reporter<R: Runtime>(
    app: AppHandle<R>,
    store: Journal,
    resident_id: i64,
    language: String,
    model: String,
    readers: Readers,
) -> Arc<dyn Fn(ListenEvent) + Send + Sync> {
    Arc::new(move |e: ListenEvent| {
        let state = match e {
            ListenEvent::Started => ListenState::Listening { resident_id },
            ListenEvent::Level(level) => ListenState::Level { level },
            ListenEvent::Full => ListenState::Full,
            ListenEvent::Working => ListenState::Working,
            ListenEvent::NothingHeard => ListenState::NothingHeard,
            ListenEvent::Failed(detail) => {
                log::error!("recognition: {detail}");
                ListenState::Failed {
                    problem: Problem::Recognition { detail },
                }
            }
            ListenEvent::Heard(h) => {
                log::info!(
                    "heard {} ms of speech; text {} ms after the end; {} blocks dropped",
                    h.audio_ms,
                    h.finish_ms,
                    h.dropped_blocks
                );
                let saved = state::locked(&store, |s| {
                    said::keep_heard(s, resident_id, &h, &language, &model, &readers)
                });
                match saved {
                    Ok(note) => {
                        let note = crate::views::note_view(note);
                        // To the care team's screen only while someone is signed in there.
                        if crate::session::someone_signed_in(&app.state::<AppState>()) {
                            let _ = app.emit(events::NOTE_SAVED, note.clone());
                        }
                        ListenState::Heard {
                            note,
                            finish_ms: h.finish_ms,
                        }
                    }
                    Err(problem) => ListenState::NotSaved {
                        text: h.text,
                        problem,
                    },
                }
            }
        };
        if let Err(e) = app.emit(events::LISTENING, state) {
            log::warn!("could not tell the window: {e}");
        }
    })
}

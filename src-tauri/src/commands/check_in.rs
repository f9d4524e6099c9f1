//! A spoken check-in from the window: start, the one big button, stop. The conversation
//! itself (voice, ear, dialogue, note) is hearth-core's; this file opens the devices, maps
//! its events to `check-in` window events, and saves the note into the journal.

use std::sync::Arc;

use hearth_core::clock::now_ms;
use hearth_core::companion::{Control, Conversation, Event, InputMode, Parts, Voice};
use hearth_core::dialogue::{CheckInNote, Outcome, Script};
use hearth_core::journal::{notes, residents};
use hearth_core::listen::Microphone;
use hearth_core::settings::Input;
use hearth_core::signals::Lexicon;
use hearth_core::speech::Language;
use hearth_core::voice::VoiceError;
use hearth_wire::{commands as wire, events, ArgsOf, CheckInState, Problem, ReplyOf};
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::listen_session::recogniser;
use crate::problems::problem;
use crate::state;
use crate::state::Journal;
use crate::AppState;

/// How long a question may go unanswered before it is asked again (audio time).
const ANSWER_WAIT_MS: u64 = 12_000;

#[tauri::command]
pub async fn start_check_in<R: Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::StartCheckIn>,
) -> Result<ReplyOf<wire::StartCheckIn>, Problem> {
    if state.mic.in_use() {
        return Err(Problem::AlreadyListening);
    }
    let resident = state::with(&state, |s| residents::profile(s, args.resident_id))?
        .ok_or(Problem::UnknownResident)?;
    crate::listen_session::may_listen(&state, args.resident_id)?;
    let prefs = &resident.preferences;
    if state.transcriber.get().is_none() {
        return Err(Problem::ModelNotReady);
    }
    let lexicon =
        Lexicon::builtin(&resident.language).map_err(|_| Problem::LanguageNotSupported {
            language: resident.language.clone(),
        })?;
    let store = state::current(&state)?;
    // Claimed before anything is awaited: a message started meanwhile is told it is in use.
    let claim = state.mic.claim()?;
    // Opening devices can take a moment: not on the async runtime's threads.
    let (spoken, voice_settings) = (prefs.spoken, prefs.voice());
    let (opened, voice) = tauri::async_runtime::spawn_blocking(move || {
        let voice = if spoken {
            Voice::open(voice_settings)
        } else {
            Err(VoiceError::TurnedOff)
        };
        (Microphone::open(), voice)
    })
    .await
    .map_err(|e| Problem::Microphone {
        detail: e.to_string(),
    })?;
    let (mic, blocks) = opened.map_err(problem)?;
    let parts = Parts {
        name: resident.preferred_name.clone(),
        language: resident.language.clone(),
        // Hold is a tap when pressed and a tap when let go: the window sends both.
        mode: match prefs.input {
            Input::HandsFree => InputMode::HandsFree,
            Input::Tap | Input::Hold => InputMode::Tap,
        },
        rate: mic.rate(),
        blocks,
        mic: Some(mic),
        voice,
        recognise: recogniser(
            state.transcriber.clone(),
            Language::Code(resident.language.clone()),
        ),
        i18n: state.i18n.clone(),
        script: Script::daily().without(&resident.avoids),
        lexicon,
        meaning: state.meaning.get().cloned(),
        timing: prefs.ear_timing(),
        answer_wait_ms: ANSWER_WAIT_MS,
        save: saver(app.clone(), store, args.resident_id, resident.language),
    };
    let conversation = Conversation::start(parts, reporter(app)).map_err(|e| Problem::Engine {
        detail: e.to_string(),
    })?;
    claim.check_in(conversation);
    Ok(())
}

#[tauri::command]
pub async fn check_in_tap(
    state: tauri::State<'_, AppState>,
) -> Result<ReplyOf<wire::CheckInTap>, Problem> {
    send(&state, Control::Tap);
    Ok(())
}

#[tauri::command]
pub async fn stop_check_in(
    state: tauri::State<'_, AppState>,
) -> Result<ReplyOf<wire::StopCheckIn>, Problem> {
    send(&state, Control::Stop);
    Ok(())
}

pub fn send(state: &AppState, c: Control) {
    state.mic.send(c);
}

/// Saves the check-in's note (one transaction) and tells the notes screen.
fn saver<R: Runtime>(
    app: AppHandle<R>,
    store: Journal,
    resident_id: i64,
    language: String,
) -> hearth_core::companion::Save {
    Box::new(move |note: &CheckInNote| {
        let saved = state::locked(&store, |s| {
            notes::record_check_in(
                s,
                resident_id,
                now_ms(),
                &language,
                &note.text,
                &note.signals,
            )
        })
        // The conversation reports the reason; the window shows it as a journal problem.
        .map_err(|p| match p {
            Problem::Journal { detail } => detail,
            other => other.to_string(),
        })?;
        let id = saved.id;
        // To the care team's screen only while someone is signed in there.
        if crate::session::someone_signed_in(&app.state::<AppState>()) {
            let _ = app.emit(events::NOTE_SAVED, crate::views::note_view(saved));
        }
        Ok(id)
    })
}

fn reporter<R: Runtime>(app: AppHandle<R>) -> Arc<dyn Fn(Event) + Send + Sync> {
    Arc::new(move |e: Event| {
        let state = match e {
            Event::Says { text, spoken } => CheckInState::Says { text, spoken },
            Event::Silent(detail) => {
                log::warn!("voice: {detail}");
                CheckInState::Silent {
                    problem: Problem::NoVoice { detail },
                }
            }
            Event::YourTurn => CheckInState::YourTurn,
            Event::Level(level) => CheckInState::Level { level },
            Event::HearingYou => CheckInState::HearingYou,
            Event::Working => CheckInState::Working,
            Event::Heard { text } => CheckInState::Heard { text },
            Event::NothingHeard => CheckInState::NothingHeard,
            Event::Failed(detail) => {
                log::error!("check-in: {detail}");
                CheckInState::Failed {
                    problem: Problem::Recognition { detail },
                }
            }
            Event::Ended {
                outcome,
                note_id,
                not_saved,
            } => CheckInState::Ended {
                finished: outcome == Outcome::Finished,
                saved: note_id.is_some(),
                problem: not_saved.map(|detail| Problem::Journal { detail }),
            },
        };
        if let Err(e) = app.emit(events::CHECK_IN, state) {
            log::warn!("could not tell the window: {e}");
        }
    })
}

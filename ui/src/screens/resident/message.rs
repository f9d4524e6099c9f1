//! Leaving a message: one very large button to talk (tap to start and tap to stop, or hold
//! while speaking), a live level meter while listening, and the words heard, to read or to
//! hear again. Its words say what is happening in a way that can be read from across a room.

use hearth_wire::{commands, events, ListenState, Problem, StartListening};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::mark;
use crate::i18n::{tr, Tr};
use crate::level_meter::LevelMeter;
use crate::problem;
use crate::read_aloud::ReadAloudButton;
use crate::tauri;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Phase {
    Ready,
    /// Asked for the microphone, waiting for its first sound.
    Starting,
    Listening,
    Working,
    Done,
}

/// How the talk button works: tap to start and tap to stop, or hold while speaking (the
/// resident's profile; hands-free residents tap here, since a message has no question).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TalkMode {
    Tap,
    Hold,
}

/// Where a message is: the phase, the microphone's level, the words heard, and what is said
/// under the button (a message key, or a problem).
#[derive(Clone, Copy)]
pub struct Talk {
    pub phase: RwSignal<Phase>,
    level: RwSignal<f32>,
    pub heard: RwSignal<Option<String>>,
    pub message: RwSignal<Option<Result<&'static str, Problem>>>,
}

impl Talk {
    pub fn new() -> Self {
        Talk {
            phase: RwSignal::new(Phase::Ready),
            level: RwSignal::new(0.0),
            heard: RwSignal::new(None),
            message: RwSignal::new(None),
        }
    }

    /// Follows what the backend says of the microphone, for as long as the screen lives.
    pub fn follow_listening(self) {
        let Talk {
            phase,
            level,
            heard,
            message,
        } = self;
        spawn_local(async move {
            tauri::listen(events::LISTENING, move |s: ListenState| match s {
                ListenState::Listening { .. } => phase.set(Phase::Listening),
                ListenState::Level { level: l } => level.set(l),
                ListenState::Full => message.set(Some(Ok("listen-full"))),
                ListenState::Working => {
                    phase.set(Phase::Working);
                    level.set(0.0);
                }
                ListenState::Heard { note, .. } => {
                    heard.set(Some(note.text));
                    phase.set(Phase::Done);
                    mark("hearthHeardMs");
                }
                ListenState::NotSaved { text, problem } => {
                    heard.set(Some(text));
                    message.set(Some(Err(problem)));
                    phase.set(Phase::Ready);
                }
                ListenState::NothingHeard => {
                    message.set(Some(Ok("listen-nothing")));
                    phase.set(Phase::Ready);
                }
                ListenState::Failed { problem } => {
                    message.set(Some(Err(problem)));
                    phase.set(Phase::Ready);
                }
            })
            .await;
        });
    }

    /// Nothing said and nothing heard yet (someone new at the screen, or a check-in begins).
    pub fn clear(self) {
        self.message.set(None);
        self.heard.set(None);
    }

    /// Whether the microphone is open (or opening).
    pub fn listening(self) -> bool {
        matches!(
            self.phase.get_untracked(),
            Phase::Starting | Phase::Listening
        )
    }

    fn start(self, resident_id: i64) {
        self.clear();
        self.phase.set(Phase::Starting);
        spawn_local(async move {
            let args = StartListening { resident_id };
            if let Err(p) = tauri::invoke::<commands::StartListening>(&args).await {
                self.message.set(Some(Err(p)));
                self.phase.set(Phase::Ready);
            }
        });
    }

    pub fn stop(self) {
        mark("hearthStopMs");
        spawn_local(async move {
            let _ = tauri::invoke::<commands::StopListening>(&()).await;
        });
    }

    /// What is said under the button, in the screen's language.
    pub fn said(self, tr: &Tr) -> Option<String> {
        self.message.get().map(|m| match m {
            Ok(key) => tr.t(key, &[]),
            Err(p) => problem::say(tr, &p),
        })
    }
}

/// The talk button and what goes with it, for `resident` (the one at the screen).
#[component]
pub fn LeaveMessage(
    talk: Talk,
    resident: Signal<Option<i64>>,
    mode: Signal<TalkMode>,
    /// The resident's language: what they said is marked as in it.
    language: Signal<String>,
) -> impl IntoView {
    let tr = tr();
    let Talk {
        phase,
        level,
        heard,
        ..
    } = talk;
    let start = move || {
        if let Some(id) = resident.get_untracked() {
            talk.start(id);
        }
    };
    let on_click = move |_| {
        if mode.get_untracked() != TalkMode::Tap {
            return;
        }
        match phase.get_untracked() {
            Phase::Ready | Phase::Done => start(),
            Phase::Starting | Phase::Listening => talk.stop(),
            Phase::Working => {}
        }
    };
    let on_down = move |_| {
        if mode.get_untracked() == TalkMode::Hold
            && matches!(phase.get_untracked(), Phase::Ready | Phase::Done)
        {
            start();
        }
    };
    let on_up = move |_| {
        if mode.get_untracked() == TalkMode::Hold && talk.listening() {
            talk.stop();
        }
    };
    let button_label = move || {
        let key = match (phase.get(), mode.get()) {
            (Phase::Ready | Phase::Done, TalkMode::Tap) => "talk-tap",
            (Phase::Ready | Phase::Done, TalkMode::Hold) => "talk-hold",
            (Phase::Starting, _) => "talk-starting",
            (Phase::Listening, TalkMode::Tap) => "talk-listening-tap",
            (Phase::Listening, TalkMode::Hold) => "talk-listening-hold",
            (Phase::Working, _) => "talk-working",
        };
        tr.t(key, &[])
    };
    let phase_name = move || format!("{:?}", phase.get()).to_lowercase();

    view! {
        <button
            id="talk"
            class="talk-button"
            data-phase=phase_name
            disabled=move || phase.get() == Phase::Working
            on:click=on_click
            on:pointerdown=on_down
            on:pointerup=on_up
        >
            {button_label}
        </button>
        <LevelMeter id="level" level=level shown=Signal::derive(move || phase.get() == Phase::Listening) />
        <p id="listen-message" class="message" role="status" aria-live="polite">
            {move || talk.said(&tr)}
        </p>
        <blockquote id="transcript" class="transcript" lang=language aria-live="polite" hidden=move || heard.get().is_none()>
            {move || heard.get()}
        </blockquote>
        <div hidden=move || heard.get().is_none()>
            <ReadAloudButton text=Signal::derive(move || heard.get().unwrap_or_default()) language=language />
        </div>
        <p class="saved" hidden=move || phase.get() != Phase::Done>
            {move || tr.t("saved", &[])}
        </p>
    }
}

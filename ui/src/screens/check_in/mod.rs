//! The spoken check-in on the resident's screen: what the companion says, in large type
//! (with "read it to me"); whose turn it is, in words and colour; the resident's words as
//! heard; one big button ("let me answer" / "I've finished") and a stop button
//! (`answer.rs`).

mod answer;

use hearth_wire::{commands, events, CheckInState, Problem, ResidentView, StartCheckIn};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::tr;
use crate::level_meter::LevelMeter;
use crate::problem;
use crate::read_aloud::ReadAloudButton;
use crate::tauri;
use answer::AnswerButtons;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Phase {
    Starting,
    /// The companion is talking.
    Companion,
    YourTurn,
    HearingYou,
    Working,
    Ended,
}

/// The phase as the page's `data-phase` says it ("yourturn"; empty with no check-in).
fn phase_name(phase: RwSignal<Option<Phase>>) -> impl Fn() -> String + Copy {
    move || {
        phase
            .get()
            .map(|p| format!("{p:?}").to_lowercase())
            .unwrap_or_default()
    }
}

/// Starts a check-in with `resident`; `phase` becomes `None` when the person leaves.
pub fn start(
    resident: &ResidentView,
    phase: RwSignal<Option<Phase>>,
    problem: RwSignal<Option<Problem>>,
) {
    phase.set(Some(Phase::Starting));
    problem.set(None);
    let request = StartCheckIn {
        resident_id: resident.id,
    };
    spawn_local(async move {
        if let Err(p) = tauri::invoke::<commands::StartCheckIn>(&request).await {
            problem.set(Some(p));
            phase.set(None);
        }
    });
}

/// Shown while `phase` is `Some`. Listens to `check-in` events for the life of the page.
#[component]
pub fn CheckIn(
    resident: Signal<Option<ResidentView>>,
    phase: RwSignal<Option<Phase>>,
) -> impl IntoView {
    let tr = tr();
    let caption = RwSignal::new(String::new());
    let heard = RwSignal::new(None::<String>);
    let level = RwSignal::new(0f32);
    let notice = RwSignal::new(None::<Problem>);
    let message = RwSignal::new(None::<&'static str>);
    let ended = RwSignal::new(None::<(bool, Option<Problem>)>);

    spawn_local(async move {
        tauri::listen(events::CHECK_IN, move |s: CheckInState| match s {
            CheckInState::Says { text, .. } => {
                caption.set(text);
                message.set(None);
                if phase.get_untracked() != Some(Phase::Ended) {
                    phase.set(Some(Phase::Companion));
                }
            }
            CheckInState::Silent { problem } => notice.set(Some(problem)),
            CheckInState::YourTurn => phase.set(Some(Phase::YourTurn)),
            CheckInState::Level { level: l } => level.set(l),
            CheckInState::HearingYou => {
                heard.set(None);
                phase.set(Some(Phase::HearingYou));
            }
            CheckInState::Working => {
                level.set(0.0);
                phase.set(Some(Phase::Working));
            }
            CheckInState::Heard { text } => heard.set(Some(text)),
            CheckInState::NothingHeard => message.set(Some("chat-nothing-heard")),
            CheckInState::Failed { problem } => notice.set(Some(problem)),
            CheckInState::Ended { saved, problem, .. } => {
                ended.set(Some((saved, problem)));
                phase.set(Some(Phase::Ended));
            }
        })
        .await;
    });
    // A new check-in starts clean.
    Effect::new(move |_| {
        if phase.get() == Some(Phase::Starting) {
            caption.set(String::new());
            heard.set(None);
            notice.set(None);
            message.set(None);
            ended.set(None);
        }
    });

    let language = Signal::derive(move || resident.get().map(|r| r.language).unwrap_or_default());
    let phase_name = phase_name(phase);
    let turn_words = move || {
        let key = match phase.get()? {
            Phase::Starting => "talk-starting",
            Phase::Companion => return None,
            Phase::YourTurn => "chat-your-turn",
            Phase::HearingYou => "chat-hearing",
            Phase::Working => "talk-working",
            Phase::Ended => return None,
        };
        Some(tr.t(key, &[]))
    };
    let prefs = move || {
        resident.with(|r| {
            r.as_ref()
                .map(|r| r.preferences.clone())
                .unwrap_or_default()
        })
    };
    let one_button = move || prefs().one_button;
    let captions = move || prefs().captions;
    let end_words = move || {
        ended.get().map(|(saved, p)| match p {
            Some(p) => problem::say(&tr, &p),
            None if saved => tr.t("chat-saved", &[]),
            None => tr.t("chat-nothing-saved", &[]),
        })
    };
    let listening = move || matches!(phase.get(), Some(Phase::YourTurn | Phase::HearingYou));

    view! {
        <div class="check-in" id="check-in" data-phase=phase_name hidden=move || phase.get().is_none()>
            <div class="notice" role="status" hidden=move || notice.get().is_none()>
                <p id="voice-notice">{move || notice.get().map(|p| problem::say(&tr, &p))}</p>
                // What staff need to mend it, small and apart from the resident's words.
                <p class="detail">
                    {move || match notice.get() {
                        Some(Problem::NoVoice { detail }) => {
                            tr.t("staff-detail", &[("detail", &problem::sentence(&detail))])
                        }
                        _ => String::new(),
                    }}
                </p>
            </div>
            <p id="caption" class="caption" lang=language aria-live="polite" hidden=move || !captions()>{move || caption.get()}</p>
            <div hidden=move || caption.get().is_empty() || !captions()>
                <ReadAloudButton id="caption-read" text=caption language=language />
            </div>
            <p id="turn" class="turn" role="status">{turn_words}</p>
            <LevelMeter level=level shown=Signal::derive(listening) />
            <p class="message" role="status">{move || message.get().map(|k| tr.t(k, &[]))}</p>
            <blockquote id="answer" class="transcript" lang=language hidden=move || heard.get().is_none()>
                {move || heard.get()}
            </blockquote>
            <AnswerButtons phase prefs=Signal::derive(prefs) />
            <p id="check-in-ended" class="saved" role="status" hidden=move || ended.get().is_none()>
                {end_words}
            </p>
            <button id="check-in-back" class=move || if one_button() { "talk-button" } else { "secondary" } hidden=move || phase.get() != Some(Phase::Ended) on:click=move |_| phase.set(None)>
                {move || tr.t("chat-back", &[])}
            </button>
        </div>
    }
}

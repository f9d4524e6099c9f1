//! The resident's screen: pick yourself from large cards, then one very large button to
//! talk. Its words say what is happening in a way that can be read from across a room:
//! ready, listening (with a live level meter), working, done — and the words heard.

use hearth_wire::{
    commands, events, DisplaySettings, InputMode, ListenState, Problem, ResidentView,
    StartListening,
};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::check_in::{self, CheckIn, Phase as ChatPhase};
use crate::i18n::tr;
use crate::level_meter::LevelMeter;
use crate::problem;
use crate::read_aloud::ReadAloudButton;
use crate::tauri;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Phase {
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

#[component]
pub fn Resident(shown: Signal<bool>) -> impl IntoView {
    let tr = tr();
    let residents = RwSignal::new(Vec::<ResidentView>::new());
    let chosen = RwSignal::new(None::<ResidentView>);
    let phase = RwSignal::new(Phase::Ready);
    let level = RwSignal::new(0f32);
    let heard = RwSignal::new(None::<String>);
    // A message key (or a problem) shown under the button.
    let message = RwSignal::new(None::<Result<&'static str, Problem>>);
    let mode = move || {
        chosen.with(|r| match r.as_ref().map(|r| r.preferences.input) {
            Some(InputMode::Hold) => TalkMode::Hold,
            _ => TalkMode::Tap,
        })
    };
    let mode_now = move || untrack(mode);
    // The resident whose room this kiosk is in: their page is the only one it shows.
    let kiosk = crate::device_mode::device_mode();
    let room = Signal::derive(move || kiosk.get().resident());
    // This resident's text size and contrast, if their profile has them, while they are here.
    let resident_display = expect_context::<ResidentDisplay>().0;
    Effect::new(move |_| {
        resident_display.set(chosen.with(|r| r.as_ref().and_then(|r| r.preferences.display)));
    });
    let may_listen = move || chosen.with(|r| r.as_ref().is_some_and(|r| r.may_listen));
    let one_button = move || chosen.with(|r| r.as_ref().is_some_and(|r| r.preferences.one_button));
    // A spoken check-in in progress (its own view replaces the talk button).
    let chat = RwSignal::new(None::<ChatPhase>);
    let chat_problem = RwSignal::new(None::<Problem>);
    let language = Signal::derive(move || chosen.get().map(|r| r.language).unwrap_or_default());

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
    // Each time the screen is shown: staff may have added someone, or changed a profile or
    // a consent, meanwhile. The resident at the screen keeps their place, with what holds now.
    Effect::new(move |_| {
        // Again once the device's mode is known: a room's kiosk opens on its resident.
        room.track();
        if !shown.get() {
            return;
        }
        spawn_local(async move {
            match tauri::invoke::<commands::Residents>(&()).await {
                Ok(list) => {
                    // A kiosk in a resident's room opens on their page (the cards, should
                    // they no longer be on the list).
                    let here = chosen
                        .get_untracked()
                        .map(|r| r.id)
                        .or(room.get_untracked());
                    if let Some(here) = here {
                        chosen.set(list.iter().find(|r| r.id == here).cloned());
                    }
                    residents.set(list);
                    mark("hearthReadyMs");
                }
                Err(p) => message.set(Some(Err(p))),
            }
        });
    });

    let start = move || {
        let Some(r) = chosen.get_untracked() else {
            return;
        };
        message.set(None);
        heard.set(None);
        phase.set(Phase::Starting);
        spawn_local(async move {
            let args = StartListening { resident_id: r.id };
            if let Err(p) = tauri::invoke::<commands::StartListening>(&args).await {
                message.set(Some(Err(p)));
                phase.set(Phase::Ready);
            }
        });
    };
    let stop = move || {
        mark("hearthStopMs");
        spawn_local(async move {
            let _ = tauri::invoke::<commands::StopListening>(&()).await;
        });
    };
    let on_click = move |_| {
        if mode_now() != TalkMode::Tap {
            return;
        }
        match phase.get_untracked() {
            Phase::Ready | Phase::Done => start(),
            Phase::Starting | Phase::Listening => stop(),
            Phase::Working => {}
        }
    };
    let on_down = move |_| {
        if mode_now() == TalkMode::Hold
            && matches!(phase.get_untracked(), Phase::Ready | Phase::Done)
        {
            start();
        }
    };
    let on_up = move |_| {
        if mode_now() == TalkMode::Hold
            && matches!(phase.get_untracked(), Phase::Starting | Phase::Listening)
        {
            stop();
        }
    };

    let button_label = move || {
        let key = match (phase.get(), mode()) {
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
    let message_text = move || {
        message.get().map(|m| match m {
            Ok(key) => tr.t(key, &[]),
            Err(p) => problem::say(&tr, &p),
        })
    };

    let cards = move || {
        residents
            .get()
            .into_iter()
            .map(|r| {
                let initial = r.name.chars().next().unwrap_or('?').to_string();
                let demo = r.is_demo;
                let id = format!("resident-{}", r.id);
                let name = r.name.clone();
                let pick = r.clone();
                view! {
                    <li>
                        <button id=id class="resident-card" lang=r.language.clone() on:click=move |_| {
                            message.set(None);
                            heard.set(None);
                            phase.set(Phase::Ready);
                            chosen.set(Some(pick.clone()));
                            // The button to talk, in view and ready for Enter or a switch.
                            request_animation_frame(|| crate::dom::focus("check-in-start"));
                        }>
                            <span class="avatar" aria-hidden="true">{initial}</span>
                            <span class="name">{name}</span>
                            {demo.then(|| view! { <span class="badge">{move || tr.t("demo", &[])}</span> })}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <Show
            when=move || chosen.get().is_some()
            fallback=move || {
                view! {
                    <h2 id="who-heading">{move || tr.t("who-is-talking", &[])}</h2>
                    <p id="residents-message" class="message" role="status">
                        {message_text}
                    </p>
                    <ul class="residents" aria-labelledby="who-heading">{cards}</ul>
                }
            }
        >
            <div class="talk" data-phase=phase_name hidden=move || chat.get().is_some()>
                <h2 id="hello">
                    {move || {
                        let name = chosen.get().map(|r| r.name).unwrap_or_default();
                        tr.t("hello-name", &[("name", &name)])
                    }}
                </h2>
                <p id="no-consent" class="message" role="status" hidden=may_listen>
                    {move || {
                        let name = chosen.get().map(|r| r.name).unwrap_or_default();
                        tr.t("no-consent-resident", &[("name", &name)])
                    }}
                </p>
                <div hidden=move || !may_listen()>
                <button
                    id="check-in-start"
                    class="talk-button chat-button"
                    disabled=move || !matches!(phase.get(), Phase::Ready | Phase::Done)
                    on:click=move |_| {
                        if let Some(r) = chosen.get_untracked() {
                            message.set(None);
                            heard.set(None);
                            check_in::start(&r, chat, chat_problem);
                        }
                    }
                >
                    {move || tr.t("chat-start", &[])}
                </button>
                <p id="check-in-problem" class="message" role="status">
                    {move || chat_problem.get().map(|p| problem::say(&tr, &p))}
                </p>
                <div hidden=one_button>
                <p class="or">{move || tr.t("chat-or-message", &[])}</p>
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
                    {message_text}
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
                </div>
                </div>
                <button id="change-resident" class="secondary" hidden=move || room.get().is_some() on:click=move |_| {
                    if matches!(phase.get_untracked(), Phase::Starting | Phase::Listening) {
                        stop();
                    }
                    chosen.set(None);
                }>
                    {move || {
                        let name = chosen.get().map(|r| r.name).unwrap_or_default();
                        tr.t("not-you", &[("name", &name)])
                    }}
                </button>
            </div>
        </Show>
        <CheckIn resident=chosen.into() phase=chat />
    }
}

/// The text size and contrast of the resident at the screen, when their profile sets them
/// (the shell applies them over the device's while the residents' screen is shown).
#[derive(Clone, Copy)]
pub struct ResidentDisplay(pub RwSignal<Option<DisplaySettings>>);

/// Stamps `window[name]` with the time now, so the app benchmark (scripts/bench-app.sh) can
/// read when the screen became usable and how long a person waited for their words.
fn mark(name: &str) {
    if let Some(w) = web_sys::window() {
        let _ = js_sys::Reflect::set(&w, &name.into(), &js_sys::Date::now().into());
    }
}

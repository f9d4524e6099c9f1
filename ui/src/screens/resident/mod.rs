//! The resident's screen: pick yourself from large cards (`cards.rs`), then start a spoken
//! check-in, or leave a message with one very large button (`message.rs`). A kiosk in a
//! resident's room opens on their page and offers no other.

mod cards;
mod message;

use hearth_wire::{commands, DisplaySettings, InputMode, Problem, ResidentView};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::check_in::{self, CheckIn, Phase as ChatPhase};
use crate::i18n::tr;
use crate::problem;
use crate::tauri;
use cards::ResidentCards;
use message::{LeaveMessage, Phase, Talk, TalkMode};

#[component]
pub fn Resident(shown: Signal<bool>) -> impl IntoView {
    let tr = tr();
    let residents = RwSignal::new(Vec::<ResidentView>::new());
    let chosen = RwSignal::new(None::<ResidentView>);
    let talk = Talk::new();
    talk.follow_listening();
    let mode = Signal::derive(move || {
        chosen.with(|r| match r.as_ref().map(|r| r.preferences.input) {
            Some(InputMode::Hold) => TalkMode::Hold,
            _ => TalkMode::Tap,
        })
    });
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
    let name = move || chosen.get().map(|r| r.name).unwrap_or_default();

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
                Err(p) => talk.message.set(Some(Err(p))),
            }
        });
    });

    let pick = Callback::new(move |r: ResidentView| {
        talk.clear();
        talk.phase.set(Phase::Ready);
        chosen.set(Some(r));
        // The button to talk, in view and ready for Enter or a switch.
        request_animation_frame(|| crate::dom::focus("check-in-start"));
    });

    view! {
        <Show
            when=move || chosen.get().is_some()
            fallback=move || {
                view! {
                    <ResidentCards residents message=Signal::derive(move || talk.said(&tr)) pick />
                }
            }
        >
            <div class="talk" data-phase=move || format!("{:?}", talk.phase.get()).to_lowercase() hidden=move || chat.get().is_some()>
                <h2 id="hello">{move || tr.t("hello-name", &[("name", &name())])}</h2>
                <p id="no-consent" class="message" role="status" hidden=may_listen>
                    {move || tr.t("no-consent-resident", &[("name", &name())])}
                </p>
                <div hidden=move || !may_listen()>
                <button
                    id="check-in-start"
                    class="talk-button chat-button"
                    disabled=move || !matches!(talk.phase.get(), Phase::Ready | Phase::Done)
                    on:click=move |_| {
                        if let Some(r) = chosen.get_untracked() {
                            talk.clear();
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
                <LeaveMessage
                    talk
                    resident=Signal::derive(move || chosen.with(|r| r.as_ref().map(|r| r.id)))
                    mode
                    language
                />
                </div>
                </div>
                <button id="change-resident" class="secondary" hidden=move || room.get().is_some() on:click=move |_| {
                    if talk.listening() {
                        talk.stop();
                    }
                    chosen.set(None);
                }>
                    {move || tr.t("not-you", &[("name", &name())])}
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

//! The check-in's buttons: the big one ("let me answer", "I've finished", or held while
//! answering, as the resident's profile says) and the one that stops the check-in (absent
//! in one-button mode, where saying "stop" ends it).

use hearth_wire::{commands, InputMode, ResidentPreferences};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::Phase;
use crate::i18n::tr;
use crate::tauri;

#[component]
pub fn AnswerButtons(
    phase: RwSignal<Option<Phase>>,
    /// The resident's ways of answering.
    prefs: Signal<ResidentPreferences>,
) -> impl IntoView {
    let tr = tr();
    let phase_name = super::phase_name(phase);
    let button_label = move || {
        let input = prefs.with(|p| p.input);
        let key = match (phase.get(), input) {
            (Some(Phase::Companion), _) => "chat-let-me-answer",
            // Taps and holds start the answer; hands-free, the resident just speaks.
            (Some(Phase::YourTurn), InputMode::Tap) => "chat-tap-answer",
            (Some(Phase::YourTurn), InputMode::Hold) => "chat-hold-answer",
            (Some(Phase::HearingYou), InputMode::Hold) => "chat-hold-release",
            (Some(Phase::YourTurn | Phase::HearingYou), _) => "chat-finished",
            _ => "talk-working",
        };
        tr.t(key, &[])
    };
    let hold = move || prefs.with_untracked(|p| p.input == InputMode::Hold);
    let send_tap = move || {
        spawn_local(async move {
            let _ = tauri::invoke::<commands::CheckInTap>(&()).await;
        });
    };
    // Held: pressing starts the answer, letting go ends it. A click from the
    // keyboard or a switch (detail 0) is a tap in every mode.
    let tap = move |ev: web_sys::MouseEvent| {
        if !hold() || ev.detail() == 0 {
            send_tap();
        }
    };
    let press = move |_| {
        if hold() && phase.get_untracked() == Some(Phase::YourTurn) {
            send_tap();
        }
    };
    let release = move |_| {
        if hold() && phase.get_untracked() == Some(Phase::HearingYou) {
            send_tap();
        }
    };
    let one_button = move || prefs.with(|p| p.one_button);
    let stop = move |_| {
        spawn_local(async move {
            let _ = tauri::invoke::<commands::StopCheckIn>(&()).await;
        });
    };
    view! {
        <div class="check-in-actions">
        <button
            id="check-in-tap"
            class="talk-button"
            data-phase=phase_name
            hidden=move || phase.get() == Some(Phase::Ended)
            disabled=move || matches!(phase.get(), Some(Phase::Starting | Phase::Working))
            on:click=tap
            on:pointerdown=press
            on:pointerup=release
        >
            {button_label}
        </button>
        // One-button mode: saying "stop" ends it; the one button stays the only one.
        <button id="check-in-stop" class="secondary" hidden=move || one_button() || phase.get() == Some(Phase::Ended) on:click=stop>
            {move || tr.t("chat-stop", &[])}
        </button>
        </div>
    }
}

//! How this device shows Hearth to everyone, for a staff administrator: text size up to
//! 200 %, high contrast, reduced motion. Applied at once, kept in the journal.

use hearth_wire::{commands, DisplaySettings};
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Serialize;

use crate::i18n::tr;
use crate::problem;
use crate::tauri;

#[derive(Serialize)]
struct SetArgs {
    settings: DisplaySettings,
}

#[component]
pub fn DisplayChoice() -> impl IntoView {
    let tr = tr();
    let display = expect_context::<RwSignal<DisplaySettings>>();
    let message = RwSignal::new(None::<String>);
    let save = move |next: DisplaySettings| {
        spawn_local(async move {
            match tauri::invoke_with::<(), _>(commands::SET_DISPLAY, &SetArgs { settings: next })
                .await
            {
                Ok(()) => {
                    display.set(next);
                    message.set(Some(tr.t("review-saved", &[])));
                }
                Err(p) => message.set(Some(problem::say(&tr, &p))),
            }
        });
    };
    let size = move |pct: u16| {
        view! {
            <button id=format!("text-{pct}") class="compact"
                aria-pressed=move || (display.get().text_percent == pct).to_string()
                on:click=move |_| save(DisplaySettings { text_percent: pct, ..display.get_untracked() })>
                {format!("{pct} %")}
            </button>
        }
    };
    view! {
        <h2>{move || tr.t("display-heading", &[])}</h2>
        <div class="span-choice" role="group" aria-label=move || tr.t("display-text", &[])>
            <span class="choice-label">{move || tr.t("display-text", &[])}</span>
            {size(100)}{size(150)}{size(200)}
        </div>
        <label class="check">
            <input id="high-contrast" type="checkbox" prop:checked=move || display.get().high_contrast
                on:change=move |ev| save(DisplaySettings { high_contrast: event_target_checked(&ev), ..display.get_untracked() }) />
            {move || tr.t("display-contrast", &[])}
        </label>
        <label class="check">
            <input id="reduced-motion" type="checkbox" prop:checked=move || display.get().reduced_motion
                on:change=move |ev| save(DisplaySettings { reduced_motion: event_target_checked(&ev), ..display.get_untracked() }) />
            {move || tr.t("display-motion", &[])}
        </label>
        <p class="review-message" role="status">{move || message.get()}</p>
    }
}

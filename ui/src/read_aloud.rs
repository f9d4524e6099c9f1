//! "Read it to me": a button beside any text on screen that speaks it with the companion's
//! voice, in the text's own language.

use hearth_wire::{commands, ReadAloud};
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Serialize;

use crate::i18n::tr;
use crate::problem;
use crate::tauri;

#[derive(Serialize)]
struct Args {
    request: ReadAloud,
}

/// `text` and `language` are read when pressed; `problem` receives the reason it cannot
/// speak (no loudspeaker), to be shown where the button is.
#[component]
pub fn ReadAloudButton(
    #[prop(into)] text: Signal<String>,
    #[prop(into)] language: Signal<String>,
    #[prop(optional)] id: Option<&'static str>,
) -> impl IntoView {
    let tr = tr();
    let said = RwSignal::new(None::<String>);
    let read = move |_| {
        let request = ReadAloud {
            text: text.get_untracked(),
            language: language.get_untracked(),
        };
        spawn_local(async move {
            let r = tauri::invoke_with::<(), _>(commands::READ_ALOUD, &Args { request }).await;
            said.set(r.err().map(|p| problem::say(&tr, &p)));
        });
    };
    view! {
        <button class="read-aloud" id=id on:click=read>
            // A loudspeaker drawn in the page: emoji fonts are not on every device.
            <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
                <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
                <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" stroke-linecap="round" />
            </svg>
            {move || tr.t("read-aloud", &[])}
        </button>
        <span class="read-aloud-problem" id=id.map(|i| format!("{i}-problem")) role="status">
            {move || said.get()}
        </span>
    }
}

//! "Read it to me": a button beside any text on screen that speaks it with the companion's
//! voice, in the text's own language.

use hearth_wire::{commands, ReadAloud};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::tr;
use crate::widgets::Report;

/// Asks the backend to speak `text` in `language`; `said` gets why it could not, if so.
fn speak(text: String, language: String, said: Report) {
    said.clear();
    said.call::<commands::ReadAloud>(ReadAloud { text, language }, |()| ());
}

/// The loudspeaker drawn in the page: emoji fonts are not on every device.
fn icon() -> impl IntoView {
    view! {
        <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
            <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
            <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" stroke-linecap="round" />
        </svg>
    }
}

/// "Read this screen to me": everything visible in the page's main part, in order, in the
/// language the screen is in — for residents who cannot read it.
#[component]
pub fn ReadScreenButton() -> impl IntoView {
    let tr = tr();
    let said = Report::new();
    let read = move |_| {
        let text = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("main").ok().flatten())
            .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
            .map(|m| m.inner_text())
            .unwrap_or_default();
        speak(text, tr.lang.get_untracked(), said);
    };
    view! {
        <button class="read-aloud" id="read-screen" on:click=read>
            {icon()}
            {move || tr.t("read-screen", &[])}
        </button>
        <span class="read-aloud-problem" id="read-screen-problem" role="status">{move || said.text(&tr)}</span>
    }
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
    let said = Report::new();
    let read = move |_| speak(text.get_untracked(), language.get_untracked(), said);
    view! {
        <button class="read-aloud" id=id on:click=read>
            {icon()}
            {move || tr.t("read-aloud", &[])}
        </button>
        <span class="read-aloud-problem" id=id.map(|i| format!("{i}-problem")) role="status">
            {move || said.text(&tr)}
        </span>
    }
}

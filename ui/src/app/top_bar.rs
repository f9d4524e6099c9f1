//! The bar at the top of every screen: Hearth's name, the two screens (hidden while the
//! journal is locked), the button that reads the screen aloud, and the languages.

use leptos::prelude::*;

use super::Screen;
use crate::i18n::tr;
use crate::read_aloud::ReadScreenButton;

#[component]
pub fn TopBar(screen: RwSignal<Screen>, locked: Memo<bool>) -> impl IntoView {
    let tr = tr();
    let tab = move |which: Screen, id: &'static str, label: &'static str| {
        view! {
            <button
                id=id
                class="tab"
                aria-current=move || (screen.get() == which).then_some("page")
                on:click=move |_| screen.set(which)
            >
                {move || tr.t(label, &[])}
            </button>
        }
    };
    view! {
        <header class="top">
            <h1 id="app-title">{move || tr.t("app-title", &[])}</h1>
            <nav class="tabs" aria-label=move || tr.t("screens", &[]) hidden=move || locked.get()>
                {tab(Screen::Talk, "tab-talk", "tab-talk")}
                {tab(Screen::Notes, "tab-notes", "tab-notes")}
            </nav>
            <div class="read-screen"><ReadScreenButton /></div>
            <nav class="languages" aria-label=move || tr.t("language-choice", &[])>
                {tr
                    .languages()
                    .into_iter()
                    .map(|(code, name)| {
                        let c = code.clone();
                        view! {
                            <button
                                id=format!("lang-{code}")
                                lang=code.clone()
                                aria-pressed=move || (tr.lang.get() == c).to_string()
                                on:click=move |_| tr.lang.set(code.clone())
                            >
                                {name}
                            </button>
                        }
                    })
                    .collect_view()}
            </nav>
        </header>
    }
}

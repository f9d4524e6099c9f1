//! The care team's screen: the day's board (who needs attention first), the notes of a day
//! or of one resident (with decisions on what Hearth read, trends and export), search, and
//! the shift handover. The views share the day, the resident and the caregiver's name.

mod add_note;
mod board;
mod export;
mod handover;
mod note_card;
mod notes;
mod search;
mod signal_review;
mod trends;

use hearth_wire::{commands, events, DictationState, ResidentView};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::tr;
use crate::tauri;
use crate::time;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum View {
    Board,
    Notes,
    Search,
    Handover,
}

/// What the care team's views share.
#[derive(Clone, Copy)]
pub struct Care {
    pub view: RwSignal<View>,
    /// `YYYY-MM-DD`, local.
    pub day: RwSignal<String>,
    /// One resident's notes, or everyone's.
    pub resident: RwSignal<Option<i64>>,
    pub residents: RwSignal<Vec<ResidentView>>,
    /// Who decides: kept with every decision (sign-in replaces it when roles exist).
    pub author: RwSignal<String>,
    /// Counts decisions made here, so views that sum them (trends) read again.
    pub decisions: RwSignal<u32>,
    /// The dictation under way or just ended (one listener for the page's life).
    pub dictation: RwSignal<Option<DictationState>>,
    pub dictation_level: RwSignal<f32>,
}

impl Care {
    /// The name to keep with a change; without one, says so in `message` and puts the
    /// cursor in the name field.
    pub fn author_or_ask(&self, message: RwSignal<Option<String>>) -> Option<String> {
        let author = self.author.get_untracked();
        if !author.trim().is_empty() {
            return Some(author);
        }
        message.set(Some(tr().t("author-needed", &[])));
        if let Some(input) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("author"))
        {
            let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(input).focus();
        }
        None
    }

    /// The resident's language, to read their words aloud in it.
    pub fn language_of(&self, resident_id: i64) -> String {
        self.residents
            .get()
            .into_iter()
            .find(|r| r.id == resident_id)
            .map(|r| r.language)
            .unwrap_or_default()
    }
}

#[component]
pub fn CareTeam(shown: Signal<bool>) -> impl IntoView {
    let tr = tr();
    let care = Care {
        view: RwSignal::new(View::Board),
        day: RwSignal::new(time::today()),
        resident: RwSignal::new(None),
        residents: RwSignal::new(Vec::new()),
        // Kept while the app runs, never on disk: on a shared tablet, yesterday's name
        // must not sign today's decisions. (Sign-in replaces this with roles.)
        author: RwSignal::new(String::new()),
        decisions: RwSignal::new(0),
        dictation: RwSignal::new(None),
        dictation_level: RwSignal::new(0.0),
    };
    provide_context(care);
    spawn_local(async move {
        tauri::listen(events::DICTATION, move |s: DictationState| match s {
            DictationState::Level { level } => care.dictation_level.set(level),
            other => care.dictation.set(Some(other)),
        })
        .await;
    });
    Effect::new(move |_| {
        if shown.get() {
            spawn_local(async move {
                if let Ok(list) = tauri::invoke::<Vec<ResidentView>>(commands::RESIDENTS).await {
                    care.residents.set(list);
                }
            });
        }
    });
    let shown_as = move |v: View| Signal::derive(move || shown.get() && care.view.get() == v);
    let tab = move |which: View, id: &'static str, label: &'static str| {
        view! {
            <button
                id=id
                class="tab"
                aria-current=move || (care.view.get() == which).then_some("page")
                on:click=move |_| care.view.set(which)
            >
                {move || tr.t(label, &[])}
            </button>
        }
    };
    view! {
        <div class="care-bar">
            <nav class="tabs care-tabs" aria-label=move || tr.t("care-views", &[])>
                {tab(View::Board, "view-board", "care-board")}
                {tab(View::Notes, "view-notes", "care-notes")}
                {tab(View::Search, "view-search", "care-search")}
                {tab(View::Handover, "view-handover", "care-handover")}
            </nav>
            <label class="author">
                {move || tr.t("author-label", &[])}
                <input
                    id="author"
                    type="text"
                    autocomplete="name"
                    prop:value=move || care.author.get()
                    on:change=move |ev| care.author.set(event_target_value(&ev).trim().to_string())
                />
            </label>
        </div>
        <div id="care-board" hidden=move || care.view.get() != View::Board>
            <board::Board shown=shown_as(View::Board) />
        </div>
        <div id="care-notes" hidden=move || care.view.get() != View::Notes>
            <notes::Notes shown=shown_as(View::Notes) />
        </div>
        <div id="care-search" hidden=move || care.view.get() != View::Search>
            <search::Search />
        </div>
        <div id="care-handover" hidden=move || care.view.get() != View::Handover>
            <handover::Handover shown=shown_as(View::Handover) />
        </div>
    }
}

pub fn care() -> Care {
    expect_context::<Care>()
}

/// "Save …" and "Cancel", side by side under a small form.
#[component]
fn SaveCancel(
    save_id: String,
    save_label: &'static str,
    on_save: impl Fn() + 'static,
    on_cancel: impl Fn() + 'static,
) -> impl IntoView {
    let tr = tr();
    view! {
        <div class="correction-actions">
            <button id=save_id class="compact primary" on:click=move |_| on_save()>
                {move || tr.t(save_label, &[])}
            </button>
            <button class="compact" on:click=move |_| on_cancel()>
                {move || tr.t("correct-cancel", &[])}
            </button>
        </div>
    }
}

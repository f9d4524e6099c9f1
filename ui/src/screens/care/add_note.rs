//! A caregiver's own note about the resident shown: what they noticed, in their words, with
//! their name. Nothing is inferred from it.

use hearth_wire::{commands, NewNote, NoteView};
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Serialize;

use super::care;
use crate::i18n::tr;
use crate::problem;
use crate::tauri;
use crate::time;

#[derive(Serialize)]
struct AddArgs {
    request: NewNote,
}

#[component]
pub fn AddNote(resident_id: i64, notes: RwSignal<Vec<NoteView>>) -> impl IntoView {
    let tr = tr();
    let care = care();
    let text = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let name = move || {
        care.residents
            .get()
            .into_iter()
            .find(|r| r.id == resident_id)
            .map(|r| r.name)
            .unwrap_or_default()
    };
    let save = move |_| {
        let author = care.author.get_untracked();
        if author.trim().is_empty() {
            message.set(Some(tr.t("author-needed", &[])));
            return;
        }
        if text.get_untracked().trim().is_empty() {
            return;
        }
        let request = NewNote {
            resident_id,
            text: text.get_untracked(),
            author,
        };
        spawn_local(async move {
            match tauri::invoke_with::<NoteView, _>(commands::ADD_NOTE, &AddArgs { request }).await
            {
                Ok(n) => {
                    // Shown at once when the day on screen is today (where it was saved).
                    if care.day.get_untracked() == time::today() {
                        notes.update(|list| list.insert(0, n));
                    }
                    text.set(String::new());
                    message.set(Some(tr.t("review-saved", &[])));
                }
                Err(p) => message.set(Some(problem::say(&tr, &p))),
            }
        });
    };
    view! {
        <section class="add-note" aria-labelledby="add-note-heading">
            <h3 id="add-note-heading">{move || tr.t("add-note-heading", &[("name", &name())])}</h3>
            <label>
                {move || tr.t("add-note-label", &[])}
                <textarea id="add-note-text" rows="3" prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </label>
            <button id="add-note-save" class="compact primary" on:click=save>
                {move || tr.t("add-note-save", &[])}
            </button>
            <p class="review-message" role="status">{move || message.get()}</p>
        </section>
    }
}

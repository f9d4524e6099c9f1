//! The notes of a day — everyone's, or one resident's timeline — newest first, filtered by
//! resident and day; a new note appears the moment it is saved.

use hearth_wire::{commands, events, NoteView, NotesQuery, Problem};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::add_note::AddNote;
use super::care;
use super::export::Export;
use super::note_card::NoteCard;
use super::trends::Trends;
use crate::i18n::tr;
use crate::problem;
use crate::tauri;
use crate::time;

#[component]
pub fn Notes(shown: Signal<bool>) -> impl IntoView {
    let tr = tr();
    let care = care();
    let notes = RwSignal::new(Vec::<NoteView>::new());
    let problem = RwSignal::new(None::<Problem>);

    let query = move || {
        let (from_ms, to_ms) = time::day_bounds(&care.day.get())?;
        Some(NotesQuery {
            resident_id: care.resident.get(),
            from_ms,
            to_ms,
        })
    };
    // (Re)load whenever the view is shown or a filter changes.
    Effect::new(move |_| {
        if !shown.get() {
            return;
        }
        let Some(query) = query() else { return };
        spawn_local(async move {
            match tauri::invoke::<commands::Notes>(&query).await {
                Ok(list) => {
                    notes.set(list);
                    problem.set(None);
                }
                Err(p) => problem.set(Some(p)),
            }
        });
    });
    spawn_local(async move {
        tauri::listen(events::NOTE_SAVED, move |n: NoteView| {
            let Some(q) = query() else { return };
            let fits = q.resident_id.is_none_or(|r| r == n.resident_id)
                && (q.from_ms..q.to_ms).contains(&n.created_ms);
            if fits {
                notes.update(|list| {
                    if !list.iter().any(|x| x.id == n.id) {
                        list.insert(0, n)
                    }
                });
            }
        })
        .await;
    });

    view! {
        <h2>{move || tr.t("notes-heading", &[])}</h2>
        <div class="filters">
            <label>
                {move || tr.t("filter-resident", &[])}
                <select id="filter-resident" on:change=move |ev| {
                    care.resident.set(event_target_value(&ev).parse().ok());
                }>
                    <option value="" selected=move || care.resident.get().is_none()>
                        {move || tr.t("filter-everyone", &[])}
                    </option>
                    {move || {
                        care.residents
                            .get()
                            .into_iter()
                            .map(|r| {
                                let id = r.id;
                                view! {
                                    <option value=id.to_string() selected=move || care.resident.get() == Some(id)>
                                        {r.name}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </label>
            <label>
                {move || tr.t("filter-day", &[])}
                <input id="filter-day" type="date" prop:value=move || care.day.get()
                    on:change=move |ev| care.day.set(event_target_value(&ev)) />
            </label>
        </div>
        {move || problem.get().map(|p| view! { <p class="status problem" role="alert">{problem::say(&tr, &p)}</p> })}
        <p id="notes-empty" class="empty" hidden=move || !notes.get().is_empty()>
            {move || tr.t("notes-none", &[])}
        </p>
        <ol id="notes" class="notes" aria-live="polite">
            <For each=move || notes.get() key=|n| n.id let:n>
                <NoteCard note=n />
            </For>
        </ol>
        // One resident chosen: a note of one's own, their trends, and the export.
        {move || care.resident.get().map(|id| view! {
            <AddNote resident_id=id notes=notes />
            <Trends resident_id=id />
            <Export resident_id=id />
        })}
    }
}

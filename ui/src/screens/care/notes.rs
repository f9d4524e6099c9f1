//! The notes of a day — everyone's, or one resident's timeline — newest first, filtered by
//! resident and day; a new note appears the moment it is saved.

use hearth_wire::{commands, events, NoteView, NotesQuery};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::add_note::AddNote;
use super::care;
use super::export::Export;
use super::note_card::NoteCard;
use super::trends::Trends;
use crate::i18n::tr;
use crate::tauri;
use crate::time;
use crate::widgets::ProblemLine;

#[component]
pub fn Notes(shown: Signal<bool>) -> impl IntoView {
    let tr = tr();
    let care = care();
    let query = move || {
        let (from_ms, to_ms) = time::day_bounds(&care.day.get())?;
        Some(NotesQuery {
            resident_id: care.resident.get(),
            from_ms,
            to_ms,
        })
    };
    // Bumped when a note that belongs here is saved: the list is asked again.
    let saved = RwSignal::new(0u32);
    // Asked again whenever the view is shown, a filter changes or a note is saved; only the
    // latest question's answer is applied (a slow reply for other filters is dropped).
    let notes = LocalResource::new(move || {
        saved.track();
        let asked = shown.get().then(query).flatten();
        async move { Some(tauri::invoke::<commands::Notes>(&asked?).await) }
    });
    let answer = move || notes.get().flatten();
    let list = move || answer().and_then(Result::ok);
    let problem = move || answer().and_then(Result::err);
    spawn_local(async move {
        tauri::listen(events::NOTE_SAVED, move |n: NoteView| {
            let Some(q) = query() else { return };
            let fits = q.resident_id.is_none_or(|r| r == n.resident_id)
                && (q.from_ms..q.to_ms).contains(&n.created_ms);
            if fits {
                saved.update(|n| *n += 1);
            }
        })
        .await;
    });
    // A caregiver's own note is shown at once when the day on screen is today.
    let added = Callback::new(move |()| {
        if care.day.get_untracked() == time::today() {
            saved.update(|n| *n += 1);
        }
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
        <ProblemLine problem=Signal::derive(problem) />
        <p id="notes-empty" class="empty" hidden=move || !list().is_some_and(|l| l.is_empty())>
            {move || tr.t("notes-none", &[])}
        </p>
        <ol id="notes" class="notes" aria-live="polite">
            <For each=move || list().unwrap_or_default() key=|n| n.id let:n>
                <NoteCard note=n />
            </For>
        </ol>
        // One resident chosen: a note of one's own, their trends, and the export.
        {move || care.resident.get().map(|id| view! {
            <AddNote resident_id=id on_added=added />
            <Trends resident_id=id />
            <Export resident_id=id />
        })}
    }
}

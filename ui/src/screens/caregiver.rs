//! The care team's first view: the day's notes across residents, newest first, with time
//! and resident; filtered by resident and day; a new note appears the moment it is saved.

use hearth_wire::{commands, events, NoteView, NotesQuery, Problem, ResidentView};
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Serialize;

use crate::i18n::tr;
use crate::problem;
use crate::read_aloud::ReadAloudButton;
use crate::tauri;
use crate::time;

#[derive(Serialize)]
struct NotesArgs {
    query: NotesQuery,
}

#[component]
pub fn Caregiver(shown: Signal<bool>) -> impl IntoView {
    let tr = tr();
    let residents = RwSignal::new(Vec::<ResidentView>::new());
    let resident = RwSignal::new(None::<i64>);
    let day = RwSignal::new(time::today());
    let notes = RwSignal::new(Vec::<NoteView>::new());
    let problem = RwSignal::new(None::<Problem>);

    let query = move || {
        let (from_ms, to_ms) = time::day_bounds(&day.get())?;
        Some(NotesQuery {
            resident_id: resident.get(),
            from_ms,
            to_ms,
        })
    };
    // (Re)load whenever the screen is shown or a filter changes.
    Effect::new(move |_| {
        if !shown.get() {
            return;
        }
        let Some(query) = query() else { return };
        spawn_local(async move {
            if let Ok(list) = tauri::invoke::<Vec<ResidentView>>(commands::RESIDENTS).await {
                residents.set(list);
            }
            match tauri::invoke_with::<Vec<NoteView>, _>(commands::NOTES, &NotesArgs { query })
                .await
            {
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

    let rows = move || {
        notes
            .get()
            .into_iter()
            .map(|n| {
                let source = format!("source-{}", n.source.replace('_', "-"));
                // Notes are in the resident's language: read aloud in it.
                let resident_id = n.resident_id;
                let language = Signal::derive(move || {
                    residents
                        .get()
                        .into_iter()
                        .find(|r| r.id == resident_id)
                        .map(|r| r.language)
                        .unwrap_or_default()
                });
                let words = n.text.clone();
                view! {
                    <li class="note" id=format!("note-{}", n.id) data-resident=n.resident_id>
                        <div class="note-head">
                            <time datetime=n.created_ms.to_string()>{time::clock(n.created_ms)}</time>
                            <span class="note-resident">{n.resident_name.clone()}</span>
                            <span class="badge">{move || tr.t(&source, &[])}</span>
                            <ReadAloudButton text=Signal::derive(move || words.clone()) language=language />
                        </div>
                        <p class="note-text">{highlighted(&n)}</p>
                        {(!n.signals.is_empty()).then(|| {
                            let chips = n.signals.clone();
                            view! {
                                <ul class="signals" aria-label=move || tr.t("signals-inferred", &[])>
                                    {chips
                                        .into_iter()
                                        .map(|sig| {
                                            let class = format!("signal {}", sig.kind);
                                            view! {
                                                <li class=class>
                                                    <span class="inferred">{move || tr.t("inferred", &[])}</span>
                                                    {move || tr.signal(&sig)}
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                        })}
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <h2>{move || tr.t("notes-heading", &[])}</h2>
        <div class="filters">
            <label>
                {move || tr.t("filter-resident", &[])}
                <select id="filter-resident" on:change=move |ev| {
                    resident.set(event_target_value(&ev).parse().ok());
                }>
                    <option value="" selected=move || resident.get().is_none()>
                        {move || tr.t("filter-everyone", &[])}
                    </option>
                    {move || {
                        residents
                            .get()
                            .into_iter()
                            .map(|r| {
                                let id = r.id;
                                view! {
                                    <option value=id.to_string() selected=move || resident.get() == Some(id)>
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
                <input id="filter-day" type="date" prop:value=move || day.get()
                    on:change=move |ev| day.set(event_target_value(&ev)) />
            </label>
        </div>
        {move || problem.get().map(|p| view! { <p class="status problem" role="alert">{problem::say(&tr, &p)}</p> })}
        <p id="notes-empty" class="empty" hidden=move || !notes.get().is_empty()>
            {move || tr.t("notes-none", &[])}
        </p>
        <ol id="notes" class="notes" aria-live="polite">{rows}</ol>
    }
}

/// The note's words, with the words each signal came from marked. Signals point into the
/// original; once a note is revised, the revision is shown plain.
fn highlighted(n: &NoteView) -> impl IntoView {
    if n.text != n.original || n.signals.is_empty() {
        return vec![n.text.clone().into_any()];
    }
    let chars: Vec<char> = n.original.chars().collect();
    let mut spans: Vec<(usize, usize)> = n
        .signals
        .iter()
        .map(|s| (s.start.min(chars.len()), s.end.min(chars.len())))
        .collect();
    spans.sort();
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end) in spans {
        if start < at {
            continue; // overlapping evidence: the first mark stands
        }
        out.push(chars[at..start].iter().collect::<String>().into_any());
        let words: String = chars[start..end].iter().collect();
        out.push(view! { <mark>{words}</mark> }.into_any());
        at = end;
    }
    out.push(chars[at..].iter().collect::<String>().into_any());
    out
}

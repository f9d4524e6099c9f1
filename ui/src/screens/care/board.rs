//! Today at a glance: every resident, those who need attention first (urgent, pain, low
//! mood, poor sleep, not eating, lonely), then those nobody heard from, then the rest — each
//! with the day's readings in one line and what is left to confirm.

use hearth_wire::{commands, events, BoardQuery, BoardRowView, NoteView};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{care, View};
use crate::i18n::tr;
use crate::tauri;
use crate::time;
use crate::widgets::ProblemLine;

#[component]
pub fn Board(shown: Signal<bool>) -> impl IntoView {
    let tr = tr();
    let care = care();
    // A note saved while the board is open (a check-in just ended) shows at once.
    let saved = RwSignal::new(0u32);
    spawn_local(async move {
        tauri::listen(events::NOTE_SAVED, move |_: NoteView| {
            saved.update(|n| *n += 1)
        })
        .await;
    });
    // Asked again when the day changes, the board is shown or a note is saved. Only the
    // latest question's answer is applied: a slow reply for a day no longer chosen (the day
    // changed twice quickly) is dropped, never shown under the new date.
    let board = LocalResource::new(move || {
        saved.track();
        let day = shown
            .get()
            .then(|| time::day_bounds(&care.day.get()))
            .flatten();
        async move {
            let (from_ms, to_ms) = day?;
            Some(tauri::invoke::<commands::Board>(&BoardQuery { from_ms, to_ms }).await)
        }
    });
    let answer = move || board.get().flatten();
    let rows = move || answer().and_then(Result::ok);
    let problem = move || answer().and_then(Result::err);

    let row = move |r: BoardRowView| {
        let id = r.resident.id;
        let name = r.resident.name.clone();
        let state = match (r.flags.is_empty(), r.notes) {
            (false, _) => "flagged",
            (true, 0) => "quiet",
            (true, _) => "fine",
        };
        let flags = r.flags.clone();
        let summary = r.summary.clone();
        let counts = move || {
            let mut parts = vec![tr.t("board-notes", &[("count", &r.notes.to_string())])];
            if r.notes > 0 {
                parts.push(tr.t("board-to-review", &[("count", &r.to_review.to_string())]));
            }
            if let Some(ms) = r.last_note_ms {
                parts.push(tr.t("board-last", &[("time", &time::clock(ms))]));
            }
            parts.join(" · ")
        };
        let line = move || {
            if summary.is_empty() {
                let id = if state == "quiet" {
                    "board-quiet"
                } else {
                    "board-fine"
                };
                return tr.t(id, &[]);
            }
            summary
                .iter()
                .map(|s| tr.reading(s))
                .collect::<Vec<_>>()
                .join(" · ")
        };
        let open = move |_| {
            care.resident.set(Some(id));
            care.view.set(View::Notes);
        };
        let open_label = name.clone();
        view! {
            <li class=format!("board-row {state}") id=format!("board-{id}") data-state=state>
                <div class="board-main">
                    <h3 class="board-name">{name.clone()}</h3>
                    {(!flags.is_empty()).then(|| view! {
                        <ul class="flags" aria-label=move || tr.t("flags", &[])>
                            {flags
                                .iter()
                                .map(|f| {
                                    let label = format!("flag-{}", f.flag.as_str().replace('_', "-"));
                                    let count = f.count;
                                    view! {
                                        <li class=format!("flag {}", f.flag.as_str())>
                                            {move || tr.t(&label, &[])}
                                            {(count > 1).then(|| format!(" ×{count}"))}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    })}
                    <p class="summary">{line}</p>
                    <p class="counts">{counts}</p>
                </div>
                <button id=format!("board-open-{id}") class="compact" on:click=open>
                    {move || tr.t("board-open", &[("name", &open_label)])}
                </button>
            </li>
        }
    };

    view! {
        <div class="view-head">
            <h2>{move || tr.t("board-heading", &[])}</h2>
            <label>
                {move || tr.t("filter-day", &[])}
                <input id="board-day" type="date" prop:value=move || care.day.get()
                    on:change=move |ev| care.day.set(event_target_value(&ev)) />
            </label>
        </div>
        <ProblemLine problem=Signal::derive(problem) />
        <p id="board-none" class="empty" hidden=move || !rows().is_some_and(|r| r.is_empty())>
            {move || tr.t("board-none", &[])}
        </p>
        <ol id="board" class="board">
            {move || rows().unwrap_or_default().into_iter().map(row).collect_view()}
        </ol>
    }
}

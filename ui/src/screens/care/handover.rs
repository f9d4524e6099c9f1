//! The shift handover: since the shift began, each resident in one line and every reading
//! nobody has decided on yet, urgent first. Printable: the page prints without its controls.

use hearth_wire::{commands, BoardQuery};
use leptos::prelude::*;

use crate::i18n::tr;
use crate::tauri;
use crate::time;
use crate::widgets::ProblemLine;

#[component]
pub fn Handover(shown: Signal<bool>) -> impl IntoView {
    let tr = tr();
    let since = RwSignal::new(time::shift_start());
    // Asked again when shown or when "since" changes; only the latest answer is applied.
    let answer = LocalResource::new(move || {
        let from = shown.get().then(|| time::latest_at(&since.get())).flatten();
        async move {
            let from_ms = from?;
            let to_ms = js_sys::Date::now() as i64 + 1;
            Some(tauri::invoke::<commands::Handover>(&BoardQuery { from_ms, to_ms }).await)
        }
    });
    let handover = move || answer.get().flatten().and_then(Result::ok);
    let problem = move || answer.get().flatten().and_then(Result::err);
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let residents = move || {
        handover().map(|h| {
            h.residents
                .into_iter()
                .map(|r| {
                    let line = if r.summary.is_empty() {
                        tr.t(if r.notes == 0 { "board-quiet" } else { "board-fine" }, &[])
                    } else {
                        r.summary.iter().map(|s| tr.reading(s)).collect::<Vec<_>>().join(" · ")
                    };
                    let counts = tr.t("board-notes", &[("count", &r.notes.to_string())]);
                    view! {
                        <li class=if r.flags.is_empty() { "handover-resident" } else { "handover-resident flagged" }>
                            <strong>{r.resident.name.clone()}</strong>
                            ": " {line} " (" {counts} ")"
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let to_confirm = move || {
        handover().map(|h| {
            h.to_confirm
                .into_iter()
                .map(|t| {
                    let words = tr.signal(&t.signal);
                    let from = tr.t("review-from-words", &[("words", &t.signal.evidence)]);
                    view! {
                        <li class=format!("handover-item {}", t.signal.kind)>
                            <time>{time::clock(t.created_ms)}</time> " "
                            <strong>{t.resident_name.clone()}</strong> ": " {words} " — " {from}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let count = move || handover().map_or(0, |h| h.to_confirm.len());
    view! {
        <div class="view-head">
            <h2>{move || tr.t("handover-heading", &[])}</h2>
            <label class="no-print">
                {move || tr.t("handover-since", &[])}
                <input id="handover-since" type="time" prop:value=move || since.get()
                    on:change=move |ev| since.set(event_target_value(&ev)) />
            </label>
            <button id="handover-print" class="compact no-print" on:click=print>
                {move || tr.t("handover-print", &[])}
            </button>
        </div>
        <p class="print-only">{move || tr.t("handover-since", &[])} " " {move || since.get()}</p>
        <ProblemLine problem=Signal::derive(problem) />
        <h3>{move || tr.t("handover-residents", &[])}</h3>
        <ul id="handover-residents" class="handover-list">{residents}</ul>
        <h3>{move || tr.t("handover-to-confirm", &[("count", &count().to_string())])}</h3>
        <ul id="handover-to-confirm" class="handover-list">{to_confirm}</ul>
    }
}

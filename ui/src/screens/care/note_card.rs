//! One note as the care team sees it: when, who, how it came; the words with what Hearth
//! read in them marked; each reading with its decision controls; new words for the note
//! (the original stays) and its history — the original, every revision and decision.

use hearth_wire::{commands, NoteHistoryView, NoteView, ReviewAction, ReviseNote};
use leptos::prelude::*;

use super::signal_review::SignalReview;
use super::{care, SaveCancel};
use crate::i18n::tr;
use crate::read_aloud::ReadAloudButton;
use crate::time;
use crate::widgets::{Report, ReportLine};

#[component]
pub fn NoteCard(note: NoteView, #[prop(optional)] with_day: bool) -> impl IntoView {
    let tr = tr();
    let care = care();
    let source = format!("source-{}", note.source.as_str().replace('_', "-"));
    let resident_id = note.resident_id;
    // Notes are in the resident's language: read aloud in it.
    let language = Signal::derive(move || care.language_of(resident_id));
    let id = note.id;
    let current = RwSignal::new(note.clone());
    let words = Signal::derive(move || current.with(|n| n.text.clone()));
    let editing = RwSignal::new(false);
    let draft = RwSignal::new(String::new());
    let history = RwSignal::new(None::<NoteHistoryView>);
    let report = Report::new();
    let save = move || {
        let request = ReviseNote {
            note_id: id,
            text: draft.get_untracked(),
        };
        report.call::<commands::ReviseNote>(request, move |n| {
            current.set(n);
            editing.set(false);
            history.set(None);
            report.say("review-saved", &[]);
        });
    };
    let toggle_history = move |_| {
        if history.get_untracked().is_some() {
            history.set(None);
            return;
        }
        report.call::<commands::NoteHistory>(id, move |h| history.set(Some(h)));
    };
    let when = if with_day {
        format!(
            "{} {}",
            time::date(note.created_ms),
            time::clock(note.created_ms)
        )
    } else {
        time::clock(note.created_ms)
    };
    let signals = note.signals.clone();
    view! {
        <li class="note" id=format!("note-{}", note.id) data-resident=note.resident_id>
            <div class="note-head">
                <time datetime=note.created_ms.to_string()>{when}</time>
                <span class="note-resident">{note.resident_name.clone()}</span>
                <span class="badge">{move || tr.t(&source, &[])}</span>
                {note.author.clone().map(|a| view! { <span class="note-author">{move || tr.t("note-by", &[("author", &a)])}</span> })}
                <ReadAloudButton text=words language=language />
            </div>
            <p class="note-text">{move || current.with(highlighted)}</p>
            <p class="note-revised" hidden=move || current.with(|n| n.revisions == 0)>
                {move || tr.t("note-revised", &[])}
            </p>
            <div class="note-actions">
                <button id=format!("edit-{id}") class="compact" aria-expanded=move || editing.get().to_string()
                    on:click=move |_| {
                        draft.set(current.with_untracked(|n| n.text.clone()));
                        report.clear();
                        editing.update(|e| *e = !*e);
                    }>
                    {move || tr.t("note-edit", &[])}
                </button>
                <button id=format!("history-{id}") class="compact" aria-expanded=move || history.with(Option::is_some).to_string()
                    on:click=toggle_history>
                    {move || tr.t("note-history", &[])}
                </button>
            </div>
            <div class="note-edit" hidden=move || !editing.get()>
                <label>
                    {move || tr.t("note-new-words", &[])}
                    <textarea id=format!("edit-text-{id}") rows="4" prop:value=move || draft.get()
                        on:input=move |ev| draft.set(event_target_value(&ev))></textarea>
                </label>
                <SaveCancel save_id=format!("edit-save-{id}") save_label="note-save"
                    on_save=save on_cancel=move || editing.set(false) />
            </div>
            <ReportLine report />
            {move || history.get().map(|h| view! { <NoteHistory history=h /> })}
            {(!signals.is_empty()).then(|| {
                view! {
                    <ul class="signals" aria-label=move || tr.t("signals-inferred", &[])>
                        {signals
                            .into_iter()
                            .map(|s| view! { <SignalReview signal=s /> })
                            .collect_view()}
                    </ul>
                }
            })}
        </li>
    }
}

/// The original, then every change with who made it and when.
#[component]
fn NoteHistory(history: NoteHistoryView) -> impl IntoView {
    let tr = tr();
    let revisions = history
        .revisions
        .into_iter()
        .map(|r| {
            let who = tr.t("history-revised", &[("author", &r.author)]);
            view! {
                <li><time>{time::date(r.created_ms)} " " {time::clock(r.created_ms)}</time> " " {who} ": " <q>{r.text}</q></li>
            }
        })
        .collect_view();
    let decisions = history
        .decisions
        .into_iter()
        .map(|d| {
            let id = match d.action {
                ReviewAction::Confirm => "review-confirmed",
                ReviewAction::Correct => "review-corrected",
                ReviewAction::Dismiss => "review-dismissed",
            };
            let who = tr.t(id, &[("author", &d.author)]);
            let reading = d.reading.map(|r| format!(": {}", tr.reading(&r)));
            view! {
                <li><time>{time::date(d.created_ms)} " " {time::clock(d.created_ms)}</time> " " {who} {reading}</li>
            }
        })
        .collect_view();
    view! {
        <div class="note-history">
            <p><strong>{tr.t("history-original", &[])}</strong> " " <q>{history.original}</q></p>
            <ul>{revisions}{decisions}</ul>
        </div>
    }
}

/// The note's words, with the words each signal came from marked. Signals point into the
/// original; once a note is revised, the revision is shown plain.
fn highlighted(n: &NoteView) -> impl IntoView {
    if n.text != n.original || n.signals.is_empty() {
        return vec![n.text.clone().into_any()];
    }
    let chars: Vec<char> = n.original.chars().collect();
    let mut spans: Vec<(usize, usize, i64)> = n
        .signals
        .iter()
        .map(|s| (s.start.min(chars.len()), s.end.min(chars.len()), s.id))
        .collect();
    spans.sort();
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end, id) in spans {
        if start < at {
            continue; // overlapping evidence: the first mark stands
        }
        out.push(chars[at..start].iter().collect::<String>().into_any());
        let words: String = chars[start..end].iter().collect();
        out.push(view! { <mark id=format!("evidence-{id}")>{words}</mark> }.into_any());
        at = end;
    }
    out.push(chars[at..].iter().collect::<String>().into_any());
    out
}

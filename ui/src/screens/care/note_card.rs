//! One note as the care team sees it: when, who, how it came; the words with what Hearth
//! read in them marked; and each reading with its decision controls.

use hearth_wire::NoteView;
use leptos::prelude::*;

use super::care;
use super::signal_review::SignalReview;
use crate::i18n::tr;
use crate::read_aloud::ReadAloudButton;
use crate::time;

#[component]
pub fn NoteCard(note: NoteView, #[prop(optional)] with_day: bool) -> impl IntoView {
    let tr = tr();
    let care = care();
    let source = format!("source-{}", note.source.replace('_', "-"));
    let resident_id = note.resident_id;
    // Notes are in the resident's language: read aloud in it.
    let language = Signal::derive(move || care.language_of(resident_id));
    let words = note.text.clone();
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
                <ReadAloudButton text=Signal::derive(move || words.clone()) language=language />
            </div>
            <p class="note-text">{highlighted(&note)}</p>
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

//! Humans decide: one reading Hearth made, the words it came from, who decided what about
//! it, and the three decisions — confirm, correct (reading, place, score: `correction.rs`),
//! dismiss. Each decision is kept beside the machine's reading, which stays as it was.

use hearth_wire::{commands, Decision, ReviewAction, ReviewSignal, SignalView};
use leptos::prelude::*;

mod correction;

use super::care;
use crate::i18n::tr;
use crate::widgets::{Report, ReportLine};
use correction::{Correction, Draft};

#[component]
pub fn SignalReview(signal: SignalView) -> impl IntoView {
    let tr = tr();
    let care = care();
    let id = signal.id;
    let kind = signal.kind.clone();
    let machine = signal.clone();
    let signal = RwSignal::new(signal);
    let editing = RwSignal::new(false);
    let report = Report::new();

    // The reading that counts now, as (value, place, score).
    let now = move || {
        signal.with(
            |s| match s.review.as_ref().and_then(|r| r.reading.clone()) {
                Some(r) => (r.value, r.location, r.severity),
                None => (s.value.clone(), s.location.clone(), s.severity),
            },
        )
    };
    let draft = Draft::default();
    let Draft {
        value,
        place,
        score,
    } = draft;

    let decide = move |decision: Decision| {
        let request = ReviewSignal {
            signal_id: id,
            decision,
        };
        report.call::<commands::ReviewSignal>(request, move |note| {
            if let Some(s) = note.signals.into_iter().find(|s| s.id == id) {
                signal.set(s);
            }
            editing.set(false);
            report.say("review-saved", &[]);
            care.decisions.update(|n| *n += 1);
        });
    };
    let open_correction = move |_| {
        let (v, p, s) = now();
        value.set(v);
        place.set(p.unwrap_or_default());
        score.set(s.map(|s| s.to_string()).unwrap_or_default());
        report.clear();
        editing.update(|e| *e = !*e);
    };
    let save_correction = move || {
        let (v, p, s) = now();
        let changed = |new: String, old: Option<String>| {
            (!new.is_empty() && Some(&new) != old.as_ref()).then_some(new)
        };
        let value = changed(value.get_untracked(), Some(v));
        let location = changed(place.get_untracked(), p);
        let severity =
            changed(score.get_untracked(), s.map(|s| s.to_string())).and_then(|s| s.parse().ok());
        if value.is_none() && location.is_none() && severity.is_none() {
            report.say("correct-nothing", &[]);
            return;
        }
        decide(Decision::Correct {
            value,
            location,
            severity,
        });
    };

    let status = move || {
        signal.with(|s| match &s.review {
            None => "inferred".to_string(),
            Some(r) => match r.action {
                ReviewAction::Dismiss => "dismissed".into(),
                ReviewAction::Confirm => "confirmed".into(),
                ReviewAction::Correct => "corrected".into(),
            },
        })
    };
    let state_words = move || {
        signal.with(|s| match &s.review {
            None => tr.t("inferred", &[]),
            Some(r) => {
                let id = match r.action {
                    ReviewAction::Confirm => "review-confirmed",
                    ReviewAction::Correct => "review-corrected",
                    ReviewAction::Dismiss => "review-dismissed",
                };
                tr.t(id, &[("author", &r.author)])
            }
        })
    };
    let reading_now = move || {
        signal.with(
            |s| match s.review.as_ref().and_then(|r| r.reading.as_ref()) {
                Some(r) => tr.reading(r),
                None => tr.signal(s),
            },
        )
    };
    let machine_words = {
        let m = machine.clone();
        move || tr.signal(&m)
    };
    let class = format!("signal {kind}");
    view! {
        <li class=move || format!("{class} {}", status()) id=format!("signal-{id}")>
            <p class="signal-line">
                <span class="state">{state_words}</span>
                {move || {
                    if status() == "dismissed" {
                        view! { <s class="reading">{machine_words.clone()()}</s> }.into_any()
                    } else {
                        view! { <strong class="reading">{reading_now}</strong> }.into_any()
                    }
                }}
            </p>
            <p class="machine-read" hidden=move || status() != "corrected">
                {move || tr.t("review-machine-read", &[("reading", &tr.signal(&machine))])}
            </p>
            <p class="evidence">
                {move || tr.t("review-from-words", &[("words", &signal.with(|s| s.evidence.clone()))])}
            </p>
            // A meaning-model reading says so, and which annotated example it sounded like.
            {move || signal.with(|s| s.sounds_like.clone()).map(|example| view! {
                <p class="sounds-like" id=format!("sounds-like-{id}")>
                    {move || tr.t("review-sounds-like", &[("example", &example)])}
                </p>
            })}
            <div class="decide" role="group" aria-label=move || tr.t("review-decide", &[("reading", &reading_now())])>
                <button id=format!("confirm-{id}") class="compact" on:click=move |_| decide(Decision::Confirm)>
                    {move || tr.t("review-confirm", &[])}
                </button>
                <button id=format!("correct-{id}") class="compact"
                    aria-expanded=move || editing.get().to_string()
                    aria-controls=format!("correction-{id}")
                    on:click=open_correction>
                    {move || tr.t("review-correct", &[])}
                </button>
                <button id=format!("dismiss-{id}") class="compact" on:click=move |_| decide(Decision::Dismiss)>
                    {move || tr.t("review-dismiss", &[])}
                </button>
            </div>
            <Correction id kind=kind.clone() draft editing on_save=save_correction />
            <ReportLine report />
        </li>
    }
}

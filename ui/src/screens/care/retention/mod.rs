//! How long Hearth keeps what residents said, for a staff administrator: transcripts and
//! notes. A shorter period that deletes anything at once first says how much, and waits for
//! a second, explicit yes. The purge's progress shows here, and so does a clock Hearth does
//! not believe (nothing is deleted until an administrator confirms the date).

mod clock;
mod purge;

use hearth_wire::{
    commands, Problem, PurgeView, RetentionCounts, RetentionPolicy, RetentionStatus, SetRetention,
};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::tr;
use crate::problem::retention_counts;
use crate::tauri;
use crate::time;
use crate::widgets::{Report, ReportLine};
pub use clock::ClockBanner;
use clock::ClockWarning;
use purge::PurgeStatus;

/// A moment as the screen says it: its date and time.
fn when(ms: i64) -> String {
    format!("{} {}", time::date(ms), time::clock(ms))
}

/// Reads the retention status, and again every two seconds while a purge runs.
fn refresh(status: RwSignal<Option<RetentionStatus>>, report: Report) {
    report.call::<commands::Retention>((), move |s| {
        let running = matches!(s.purge, PurgeView::Running { .. });
        status.set(Some(s));
        if running {
            set_timeout(
                move || refresh(status, report),
                std::time::Duration::from_secs(2),
            );
        }
    });
}

#[component]
pub fn RetentionChoice(shown: Signal<bool>) -> impl IntoView {
    let tr = tr();
    let status = RwSignal::new(None::<RetentionStatus>);
    let report = Report::new();
    // A new policy waiting for the second yes, with what it would delete.
    let pending = RwSignal::new(None::<(RetentionPolicy, RetentionCounts)>);
    Effect::new(move |_| {
        if shown.get() {
            refresh(status, report);
        }
    });
    let save = move |next: RetentionPolicy, confirmed: bool| {
        spawn_local(async move {
            let request = SetRetention {
                policy: next,
                confirmed,
            };
            match tauri::invoke::<commands::SetRetention>(&request).await {
                Ok(()) => {
                    pending.set(None);
                    report.say("review-saved", &[]);
                    refresh(status, report);
                }
                // Not a failure: the counts changed since the preview; ask again.
                Err(Problem::MustConfirm { counts }) => pending.set(Some((next, counts))),
                Err(p) => report.problem(p),
            }
        });
    };
    // A change is first measured: if it deletes nothing now it is saved at once, else the
    // administrator sees how much and decides.
    let choose = move |next: RetentionPolicy| {
        report.clear();
        report.call::<commands::RetentionPreview>(next, move |c| {
            if c.total() == 0 {
                save(next, false)
            } else {
                pending.set(Some((next, c)))
            }
        });
    };
    let policy = move || status.with(|s| s.as_ref().map(|s| s.policy));
    // While a change waits, the lists show it; "keep" puts them back.
    let shown_policy = move || pending.with(|p| p.map(|(p, _)| p)).or_else(policy);
    let days = move || shown_policy().map_or(String::new(), |p| p.transcripts_days.to_string());
    let years = move || shown_policy().map_or(String::new(), |p| p.notes_years.to_string());
    view! {
        <h2>{move || tr.t("retention-heading", &[])}</h2>
        <ClockWarning status report />
        <p>{move || tr.t("retention-intro", &[])}</p>
        <label class="field" for="retention-transcripts">{move || tr.t("retention-transcripts", &[])}</label>
        <select id="retention-transcripts" prop:value=days on:change=move |ev| {
            if let (Some(p), Ok(d)) = (policy(), event_target_value(&ev).parse()) {
                choose(RetentionPolicy { transcripts_days: d, ..p });
            }
        }>
            {[30u32, 90, 180, 365].into_iter().map(|d| view! {
                <option value=d.to_string()>{move || tr.t("retention-days", &[("days", &d.to_string())])}</option>
            }).collect_view()}
        </select>
        <label class="field" for="retention-notes">{move || tr.t("retention-notes", &[])}</label>
        <select id="retention-notes" prop:value=years on:change=move |ev| {
            if let (Some(p), Ok(y)) = (policy(), event_target_value(&ev).parse()) {
                choose(RetentionPolicy { notes_years: y, ..p });
            }
        }>
            {[1u32, 2, 5, 10].into_iter().map(|y| view! {
                <option value=y.to_string()>{move || tr.t("retention-years", &[("years", &y.to_string())])}</option>
            }).collect_view()}
        </select>
        {move || pending.get().map(|(next, counts)| view! {
            <div id="retention-confirm" class="notice warning" role="alertdialog"
                aria-labelledby="retention-confirm-text">
                <p id="retention-confirm-text">
                    {tr.t("retention-would-delete", &[("counts", &retention_counts(&tr, &counts))])}
                </p>
                <div class="correction-actions">
                    <button id="retention-delete" class="danger" on:click=move |_| save(next, true)>
                        {tr.t("retention-delete-now", &[])}
                    </button>
                    <button id="retention-keep" on:click=move |_| pending.set(None)>
                        {tr.t("retention-keep", &[])}
                    </button>
                </div>
            </div>
        })}
        <PurgeStatus status />
        <p>{move || tr.t("retention-audio", &[])}</p>
        <ReportLine report id="retention-message" />
    }
}

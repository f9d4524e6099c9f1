//! The daily purge as an administrator follows it: not yet run, running (with a progress
//! bar), done, skipped, or failed.

use hearth_wire::{PurgeView, RetentionStatus};
use leptos::prelude::*;

use super::when;
use crate::i18n::tr;
use crate::problem::retention_counts;

#[component]
pub(super) fn PurgeStatus(status: RwSignal<Option<RetentionStatus>>) -> impl IntoView {
    let tr = tr();
    let purge_line = move || {
        status.with(|s| {
            let s = s.as_ref()?;
            Some(match &s.purge {
                PurgeView::NotYet => tr.t("purge-not-yet", &[]),
                PurgeView::Running { done, due } => tr.t(
                    "purge-running",
                    &[
                        ("done", &retention_counts(&tr, done)),
                        ("due", &retention_counts(&tr, due)),
                    ],
                ),
                PurgeView::Done { at_ms, removed } => tr.t(
                    "purge-done",
                    &[
                        ("when", &when(*at_ms)),
                        ("removed", &retention_counts(&tr, removed)),
                    ],
                ),
                PurgeView::Skipped { at_ms } => tr.t("purge-skipped", &[("when", &when(*at_ms))]),
                PurgeView::Failed { detail } => tr.t("purge-failed", &[("detail", detail)]),
            })
        })
    };
    let progress = move || {
        status.with(|s| match s.as_ref().map(|s| &s.purge) {
            Some(PurgeView::Running { done, due }) => {
                let total = (due.notes + due.transcripts).max(1);
                Some((done.notes + done.transcripts).min(total) * 100 / total)
            }
            _ => None,
        })
    };
    view! {
        <p id="purge-status" role="status">{purge_line}</p>
        {move || progress().map(|pc| view! {
            <progress id="purge-progress" max="100" value=pc.to_string()
                aria-label=tr.t("purge-progress", &[])></progress>
        })}
    }
}

//! The line under the top bar that says whether Hearth can listen (its speech model loading,
//! ready, missing with the command that installs it, or failed), and a line when the journal
//! cannot be used.

use hearth_wire::{JournalStatus, ModelStatus, Problem};
use leptos::prelude::*;

use crate::i18n::tr;
use crate::problem;

#[component]
pub fn StatusLines(
    model: RwSignal<Option<ModelStatus>>,
    journal: RwSignal<Option<JournalStatus>>,
    /// The backend could not be asked at all.
    engine: RwSignal<Option<Problem>>,
) -> impl IntoView {
    let tr = tr();
    let status = move || match (model.get(), engine.get()) {
        (_, Some(e)) => ("status problem", problem::say(&tr, &e)),
        (None | Some(ModelStatus::Loading { .. }), _) => ("status", tr.t("model-loading", &[])),
        (Some(ModelStatus::Ready { name, weights, .. }), _) => (
            "status ready",
            tr.t("model-ready", &[("name", &name), ("weights", &weights)]),
        ),
        (Some(ModelStatus::Missing { name, command }), _) => (
            "status problem",
            tr.t("model-missing", &[("name", &name), ("command", &command)]),
        ),
        (Some(ModelStatus::Failed { detail }), _) => (
            "status problem",
            tr.t("model-failed", &[("detail", &detail)]),
        ),
    };
    let journal_problem = move || match journal.get() {
        Some(JournalStatus::Failed { detail }) => {
            Some(tr.t("journal-failed", &[("detail", &problem::sentence(&detail))]))
        }
        _ => None,
    };
    view! {
        <p id="model-status" class=move || status().0 role="status" aria-live="polite">
            {move || status().1}
        </p>
        {move || {
            journal_problem()
                .map(|p| {
                    view! {
                        <p id="journal-status" class="status problem" role="alert">
                            {p}
                        </p>
                    }
                })
        }}
    }
}

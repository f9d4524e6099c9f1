//! The clock Hearth does not believe: a warning where retention is chosen, with the button
//! that confirms the date, and a banner above every care view for administrators. Nothing is
//! deleted by age until the date is confirmed.

use hearth_wire::{commands, ClockView, RetentionStatus};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{refresh, when};
use crate::i18n::tr;
use crate::screens::care::{care, View};
use crate::tauri;
use crate::widgets::Report;

/// Where retention is chosen: the clock's date as Hearth reads it, and the button that says
/// it is right.
#[component]
pub(super) fn ClockWarning(
    status: RwSignal<Option<RetentionStatus>>,
    report: Report,
) -> impl IntoView {
    let tr = tr();
    let confirm_clock = move |_| {
        let Some(shown_ms) = status.with(|s| s.as_ref().map(|s| s.now_ms)) else {
            return;
        };
        report.call_or::<commands::ConfirmClock>(
            shown_ms,
            move |()| {
                report.say("clock-confirmed", &[]);
                refresh(status, report);
            },
            move |_| refresh(status, report),
        );
    };
    let clock_doubted = move || {
        status.with(|s| {
            s.as_ref()
                .is_some_and(|s| !matches!(s.clock, ClockView::Plausible))
        })
    };
    view! {
        <div id="clock-warning" class="notice warning" role="alert" hidden=move || !clock_doubted()>
            <p><strong>{move || tr.t("clock-wrong", &[])}</strong></p>
            <p>{move || {
                let now = status.with(|s| s.as_ref().map(|s| s.now_ms)).unwrap_or_default();
                tr.t("clock-wrong-detail", &[("now", &when(now))])
            }}</p>
            <button id="confirm-clock" class="primary" on:click=confirm_clock>
                {move || tr.t("clock-confirm", &[])}
            </button>
        </div>
    }
}

/// For administrators, above every care view: the clock is not believed, so nothing is being
/// deleted; one button opens the place to check it.
#[component]
pub fn ClockBanner() -> impl IntoView {
    let tr = tr();
    let doubted = RwSignal::new(false);
    let care = care();
    // Looked at again on every change of view (after a confirmation, say).
    Effect::new(move |_| {
        care.view.track();
        spawn_local(async move {
            if let Ok(s) = tauri::invoke::<commands::Retention>(&()).await {
                doubted.set(!matches!(s.clock, ClockView::Plausible));
            }
        });
    });
    let open = move |_| care.view.set(View::Staff);
    view! {
        <div id="clock-banner" class="notice warning" role="alert" hidden=move || !doubted.get()>
            <p>{move || tr.t("clock-banner", &[])}</p>
            <button class="compact" on:click=open>{move || tr.t("clock-banner-open", &[])}</button>
        </div>
    }
}

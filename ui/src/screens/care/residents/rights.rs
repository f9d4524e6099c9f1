//! A resident's rights over their data, on their profile: a copy, and erasure.

use hearth_wire::{commands, EraseResident, ErasedView, ResidentProfileView, SubjectAccess};
use leptos::prelude::*;

use crate::i18n::tr;
use crate::widgets::{Report, ReportLine};

/// A resident's rights over their data: a copy of everything held about them, and erasure
/// (their name typed to confirm; it cannot be undone).
#[component]
pub(super) fn Rights(
    profile: ResidentProfileView,
    /// Called with what the erasure removed; the profile closes.
    on_erased: impl Fn(ErasedView) + Copy + 'static,
    report: Report,
) -> impl IntoView {
    let tr = tr();
    let id = profile.resident.id;
    let name = profile.resident.name.clone();
    let typed = RwSignal::new(String::new());
    let copy = move |_| {
        let args = SubjectAccess {
            resident_id: id,
            language: tr.lang.get_untracked(),
        };
        report.call::<commands::SubjectAccess>(args, move |paths| {
            report.say("rights-copied", &[("files", &paths.join(" · "))])
        });
    };
    let erase = move |_| {
        let args = EraseResident {
            id,
            confirm_name: typed.get_untracked(),
        };
        report.call::<commands::EraseResident>(args, on_erased);
    };
    let (copy_name, erase_name, label_name) = (name.clone(), name.clone(), name.clone());
    view! {
        <section class="consent" aria-labelledby="rights-heading">
            <h3 id="rights-heading">{move || tr.t("rights-heading", &[])}</h3>
            <button id="subject-access" class="compact" on:click=copy>
                {move || tr.t("rights-copy", &[("name", &copy_name)])}
            </button>
            <p>{move || tr.t("rights-erase-warning", &[("name", &erase_name)])}</p>
            <label for="erase-confirm">{move || tr.t("rights-erase-type", &[("name", &label_name)])}</label>
            <input id="erase-confirm" type="text" autocomplete="off" prop:value=move || typed.get()
                on:input=move |ev| typed.set(event_target_value(&ev)) />
            <button id="erase-resident" class="compact danger" on:click=erase>
                {move || tr.t("rights-erase", &[("name", &name)])}
            </button>
            <ReportLine report id="rights-message" />
        </section>
    }
}

//! A resident's consent on their profile, purpose by purpose, with who answered.

use hearth_wire::{commands, ConsentView, Purpose, RecordConsent, ResidentProfileView};
use leptos::prelude::*;

use crate::i18n::tr;
use crate::time;
use crate::widgets::{Report, ReportLine};

/// Consent, purpose by purpose: what holds now and who said so; given or withdrawn.
#[component]
pub(super) fn Consent(
    profile: ResidentProfileView,
    given_by: RwSignal<String>,
    on_change: impl Fn() + Copy + 'static,
    report: Report,
) -> impl IntoView {
    let tr = tr();
    let id = profile.resident.id;
    let name = profile.resident.name.clone();
    let answer = move |purpose: Purpose, given: bool| {
        let by = given_by.get_untracked();
        if by.trim().is_empty() {
            report.say("consent-who-needed", &[]);
            return;
        }
        let args = RecordConsent {
            resident_id: id,
            purpose,
            given,
            given_by: by,
        };
        report.call::<commands::RecordConsent>(args, move |()| {
            report.say("resident-saved", &[]);
            on_change();
        });
    };
    let said = move |a: &ConsentView| {
        let key = if a.given {
            "consent-now-given"
        } else {
            "consent-now-withdrawn"
        };
        let date = time::date(a.at_ms);
        tr.t(
            key,
            &[
                ("by", &a.given_by),
                ("date", &date),
                ("staff", &a.recorded_by),
            ],
        )
    };
    let rows = Purpose::ALL
        .iter()
        .map(|&p| {
            let purpose = p.as_str();
            let now = profile.consent.iter().find(|a| a.purpose == p).cloned();
            let state = now.as_ref().map_or("none", |a| if a.given { "given" } else { "withdrawn" });
            let label = format!("consent-{purpose}");
            let name = name.clone();
            view! {
                <li class="consent-row" id=format!("consent-{purpose}") data-state=state>
                    <strong>{move || tr.t(&label, &[("name", &name)])}</strong>
                    <span class="consent-now">
                        {move || now.as_ref().map_or_else(|| tr.t("consent-not-asked", &[]), said)}
                    </span>
                    <span class="correction-actions">
                        <button id=format!("consent-give-{purpose}") class="compact" on:click=move |_| answer(p, true)>
                            {move || tr.t("consent-give", &[])}
                        </button>
                        <button id=format!("consent-withdraw-{purpose}") class="compact" on:click=move |_| answer(p, false)>
                            {move || tr.t("consent-withdraw", &[])}
                        </button>
                    </span>
                </li>
            }
        })
        .collect_view();
    let history = profile
        .consent_history
        .iter()
        .map(|a| {
            let line = format!(
                "{} — {}",
                tr.t(
                    &format!("consent-{}", a.purpose.as_str()),
                    &[("name", &name)]
                ),
                said(a)
            );
            view! { <li>{line}</li> }
        })
        .collect_view();
    let intro_name = name.clone();
    let by_name = name.clone();
    view! {
        <section class="consent" aria-labelledby="consent-heading">
            <h3 id="consent-heading">{move || tr.t("consent-heading", &[])}</h3>
            <p>{move || tr.t("consent-intro", &[("name", &intro_name)])}</p>
            <label for="consent-by">{move || tr.t("consent-given-by", &[("name", &by_name)])}</label>
            <input id="consent-by" type="text" prop:value=move || given_by.get() on:input=move |ev| given_by.set(event_target_value(&ev)) />
            <ul class="handover-list">{rows}</ul>
            <details>
                <summary>{move || tr.t("consent-history", &[])}</summary>
                <ul id="consent-history">{history}</ul>
            </details>
            <ReportLine report id="consent-message" />
        </section>
    }
}

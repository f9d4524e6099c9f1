//! The staff list, for a staff administrator: who can sign in, in what role, and adding
//! someone; a new PIN for someone who forgot theirs; removing someone who left. (The backend
//! refuses anyone else, whatever the window shows.)

use hearth_wire::{commands, ResetPin, StaffView};
use leptos::prelude::*;

use super::{backups::BackupsPanel, care, sign_in::StaffForm, SaveCancel};
use crate::i18n::tr;
use crate::passphrase::PassphraseSettings;
use crate::speech_model::SpeechModel;
use crate::tauri;
use crate::widgets::{ProblemLine, Report, ReportLine};

#[component]
pub fn StaffList(shown: Signal<bool>) -> impl IntoView {
    let tr = tr();
    let changed = RwSignal::new(0u32);
    let report = Report::new();
    // Whose new PIN is being typed, and the two fields.
    let resetting = RwSignal::new(None::<i64>);
    let (pin, again) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    // Asked again when shown and after each change; only the latest answer is applied.
    let people = LocalResource::new(move || {
        changed.track();
        let shown = shown.get();
        async move {
            if !shown {
                return None;
            }
            Some(tauri::invoke::<commands::Staff>(&()).await)
        }
    });
    let answer = move || people.get().flatten();
    let problem = move || answer().and_then(Result::err);
    let done = move |said: &'static str, name: &str| {
        report.say(said, &[("name", name)]);
        resetting.set(None);
        changed.update(|n| *n += 1);
    };
    let save_pin = move |id: i64, name: String| {
        if pin.get_untracked() != again.get_untracked() {
            report.say("staff-pins-differ", &[]);
            return;
        }
        let request = ResetPin {
            staff_id: id,
            pin: pin.get_untracked().into(),
        };
        report.call::<commands::ResetPin>(request, move |()| done("staff-pin-reset", &name));
    };
    let remove = move |id: i64, name: String| {
        report.call::<commands::ArchiveStaff>(id, move |()| done("staff-removed", &name));
    };
    let me = move || care().who.get().map(|w| w.id);
    let row = move |s: StaffView| {
        let role = format!("role-{}", s.role.as_str());
        let (id, name) = (s.id, s.name.clone());
        let (n1, n2, n3) = (name.clone(), name.clone(), name.clone());
        view! {
            <li class="resident-row">
                <strong>{name.clone()}</strong> " — " {move || tr.t(&role, &[])}
                <button id=format!("reset-pin-{id}") class="compact" on:click=move |_| {
                    pin.set(String::new());
                    again.set(String::new());
                    resetting.set(Some(id));
                }>{move || tr.t("staff-new-pin", &[("name", &n1)])}</button>
                <button id=format!("remove-staff-{id}") class="compact danger" hidden=move || me() == Some(id)
                    on:click=move |_| remove(id, n2.clone())>
                    {move || tr.t("staff-remove", &[("name", &n3)])}
                </button>
                {move || (resetting.get() == Some(id)).then(|| {
                    let name = name.clone();
                    view! {
                        <div class="pin-form">
                            <label>{move || tr.t("staff-pin", &[])}
                                <input id="new-pin" type="password" inputmode="numeric" autocomplete="off"
                                    prop:value=move || pin.get() on:input=move |ev| pin.set(event_target_value(&ev)) />
                            </label>
                            <label>{move || tr.t("staff-pin-again", &[])}
                                <input id="new-pin-again" type="password" inputmode="numeric" autocomplete="off"
                                    prop:value=move || again.get() on:input=move |ev| again.set(event_target_value(&ev)) />
                            </label>
                            <SaveCancel save_id="new-pin-save".into() save_label="staff-save-pin"
                                on_save=move || save_pin(id, name.clone()) on_cancel=move || resetting.set(None) />
                        </div>
                    }
                })}
            </li>
        }
    };
    view! {
        <h2>{move || tr.t("staff-heading", &[])}</h2>
        <ul id="staff-list" class="handover-list">
            {move || answer().and_then(Result::ok).unwrap_or_default().into_iter().map(row).collect_view()}
        </ul>
        <ProblemLine problem=Signal::derive(problem) />
        <ReportLine report id="staff-message" />
        <StaffForm choose_role=true on_added=move || changed.update(|n| *n += 1) />
        <PassphraseSettings />
        <SpeechModel />
        <BackupsPanel shown />
        <SupportReport />
    }
}

/// A report for whoever supports Hearth: versions, settings, counts and the log's end, no
/// names and nothing anyone said.
#[component]
fn SupportReport() -> impl IntoView {
    let tr = tr();
    let report = Report::new();
    let save = move |_| {
        report.clear();
        report.call::<commands::SaveSupportReport>((), move |path| {
            report.say("support-saved", &[("path", &path)])
        });
    };
    view! {
        <section id="support" aria-labelledby="support-heading">
            <h2 id="support-heading">{move || tr.t("support-heading", &[])}</h2>
            <p class="first-run">{move || tr.t("support-text", &[])}</p>
            <button id="support-save" class="compact" on:click=save>{move || tr.t("support-save", &[])}</button>
            <ReportLine report id="support-message" />
        </section>
    }
}

//! Signing in to the care team's screen: a large button per name, then the PIN. On the very
//! first run, nobody is on the staff list: the first person added is the administrator.

use hearth_wire::{commands, NewStaff, Problem, SignIn, StaffRole, StaffView, UnblockStaff};
use leptos::prelude::*;

use super::care;
use crate::i18n::tr;
use crate::passphrase::{journal_state, ChoosePassphrase};
use crate::speech_model::SpeechModel;
use crate::widgets::{Report, ReportLine};

#[component]
pub fn SignInPanel() -> impl IntoView {
    let tr = tr();
    let care = care();
    let people = RwSignal::new(None::<Vec<StaffView>>);
    let chosen = RwSignal::new(None::<StaffView>);
    let pin = RwSignal::new(String::new());
    let report = Report::new();
    // The chosen name's PIN is blocked: the staff passphrase may unblock it.
    let blocked = RwSignal::new(false);
    let passphrase = RwSignal::new(String::new());
    let load = move || report.call::<commands::Staff>((), move |list| people.set(Some(list)));
    load();
    let go = move || {
        let Some(who) = chosen.get_untracked() else {
            return;
        };
        let request = SignIn {
            staff_id: who.id,
            pin: pin.get_untracked().into(),
        };
        pin.set(String::new());
        report.call_or::<commands::SignIn>(
            request,
            move |me| {
                report.clear();
                care.who.set(Some(me));
            },
            move |p| blocked.set(*p == Problem::PinBlocked),
        );
    };
    let unblock = move || {
        let Some(who) = chosen.get_untracked() else {
            return;
        };
        let request = UnblockStaff {
            staff_id: who.id,
            passphrase: passphrase.get_untracked().into(),
        };
        passphrase.set(String::new());
        report.call::<commands::UnblockStaff>(request, move |()| {
            blocked.set(false);
            report.say("sign-in-unblocked", &[("name", &who.name)]);
            request_animation_frame(|| crate::dom::focus("pin"));
        });
    };
    let names = move || {
        people.get().unwrap_or_default().into_iter().map(|s| {
            let id = s.id;
            let person = s.clone();
            view! {
                <li>
                    <button id=format!("sign-in-{id}") class="person"
                        aria-pressed=move || chosen.with(|c| c.as_ref().is_some_and(|c| c.id == id)).to_string()
                        on:click=move |_| {
                            chosen.set(Some(person.clone()));
                            report.clear();
                            blocked.set(false);
                            // Once the PIN field is shown (next frame), the caret is in it.
                            request_animation_frame(|| crate::dom::focus("pin"));
                        }>
                        {s.name.clone()}
                    </button>
                </li>
            }
        }).collect_view()
    };
    let first_run = move || people.get().is_some_and(|p| p.is_empty());
    view! {
        <section id="sign-in" class="sign-in">
            {move || if first_run() {
                view! { <FirstRun on_added=move || load() /> }.into_any()
            } else {
                view! {
                    <h2>{move || tr.t("sign-in-heading", &[])}</h2>
                    <ul class="people">{names}</ul>
                    <form class="pin-form" hidden=move || chosen.get().is_none() on:submit=move |ev| {
                        ev.prevent_default();
                        go();
                    }>
                        <label>
                            {move || tr.t("sign-in-pin", &[])}
                            <input id="pin" type="password" inputmode="numeric" autocomplete="off"
                                prop:value=move || pin.get() on:input=move |ev| pin.set(event_target_value(&ev)) />
                        </label>
                        <button id="sign-in-go" class="primary" type="submit">{move || tr.t("sign-in-go", &[])}</button>
                    </form>
                }.into_any()
            }}
            <ReportLine report id="sign-in-message" alert=true />
            <form class="pin-form" hidden=move || !blocked.get() on:submit=move |ev| {
                ev.prevent_default();
                unblock();
            }>
                <label>
                    {move || tr.t("sign-in-unblock-passphrase", &[])}
                    <input id="unblock-passphrase" type="password" autocomplete="off"
                        prop:value=move || passphrase.get()
                        on:input=move |ev| passphrase.set(event_target_value(&ev)) />
                </label>
                <button id="unblock-go" type="submit">{move || tr.t("sign-in-unblock", &[])}</button>
            </form>
        </section>
    }
}

/// Name, role (an administrator only when there is a choice) and the PIN twice.
#[component]
pub fn StaffForm(
    /// None: the first person, who is the administrator.
    #[prop(optional)]
    choose_role: bool,
    on_added: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let tr = tr();
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(StaffRole::Caregiver);
    let pin = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let report = Report::new();
    let add = move || {
        if pin.get_untracked() != again.get_untracked() {
            report.say("staff-pins-differ", &[]);
            return;
        }
        let request = NewStaff {
            name: name.get_untracked(),
            role: if choose_role {
                role.get_untracked()
            } else {
                StaffRole::Admin
            },
            pin: pin.get_untracked().into(),
        };
        report.call::<commands::AddStaff>(request, move |s| {
            report.say("staff-added", &[("name", &s.name)]);
            name.set(String::new());
            pin.set(String::new());
            again.set(String::new());
            on_added();
        });
    };
    let field = move |id: &'static str,
                      label: &'static str,
                      value: RwSignal<String>,
                      secret: bool| {
        view! {
            <label>
                {move || tr.t(label, &[])}
                <input id=id type=if secret { "password" } else { "text" }
                    inputmode=if secret { "numeric" } else { "text" } autocomplete="off"
                    prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
            </label>
        }
    };
    view! {
        <form class="filters staff-form" on:submit=move |ev| {
            ev.prevent_default();
            add();
        }>
            {field("staff-name", "staff-name", name, false)}
            {choose_role.then(|| view! {
                <label>
                    {move || tr.t("staff-role", &[])}
                    <select id="staff-role" on:change=move |ev| {
                        let chosen = event_target_value(&ev);
                        if let Some(r) = StaffRole::ALL.iter().find(|r| r.as_str() == chosen) {
                            role.set(*r);
                        }
                    }>
                        {StaffRole::ALL
                            .iter()
                            .map(|r| {
                                let label = format!("role-{}", r.as_str());
                                view! { <option value=r.as_str()>{move || tr.t(&label, &[])}</option> }
                            })
                            .collect_view()}
                    </select>
                </label>
            })}
            {field("staff-pin", "staff-pin", pin, true)}
            {field("staff-pin-again", "staff-pin-again", again, true)}
            <button id="staff-create" class="primary" type="submit">{move || tr.t("staff-create", &[])}</button>
        </form>
        <ReportLine report id="staff-form-message" />
    }
}

#[component]
fn FirstRun(on_added: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let tr = tr();
    let journal = journal_state();
    view! {
        <h2>{move || tr.t("first-run-heading", &[])}</h2>
        <p class="first-run">{move || tr.t("first-run-text", &[])}</p>
        <p class="first-run">{move || tr.t("first-run-language", &[])}</p>
        // The staff passphrase first: from then on the journal is under it.
        {move || if journal.protected() {
            view! {
                <h3>{move || tr.t("first-run-admin-heading", &[])}</h3>
                <StaffForm on_added=on_added />
                <SpeechModel />
            }.into_any()
        } else {
            view! { <ChoosePassphrase on_done=move || journal.refresh() /> }.into_any()
        }}
        <crate::privacy::PrivacyNotice open=true />
    }
}

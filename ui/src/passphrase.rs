//! The staff passphrase on screen: the locked screen after Hearth starts (passphrase, or the
//! recovery code and a new passphrase), choosing one (first run, or an administrator), and
//! the recovery code sheet shown once, to print or write down.

use hearth_wire::{
    commands, ChangePassphrase, JournalStatus, ProtectJournal, RecoverJournal, RecoveryCodeView,
    UnlockJournal,
};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::tr;
use crate::tauri;
use crate::widgets::{Report, ReportLine};

/// The journal's state, shared by the shell and the screens that change it.
#[derive(Clone, Copy)]
pub struct JournalState(pub RwSignal<Option<JournalStatus>>);

pub fn journal_state() -> JournalState {
    expect_context::<JournalState>()
}

impl JournalState {
    pub fn protected(&self) -> bool {
        matches!(
            self.0.get(),
            Some(JournalStatus::Ready {
                protected: true,
                ..
            })
        )
    }

    /// Asks the backend again (after unlocking or protecting).
    pub fn refresh(self) {
        spawn_local(async move {
            if let Ok(s) = tauri::invoke::<commands::AppStatus>(&()).await {
                self.0.set(Some(s.journal));
            }
        });
    }
}

/// A password field with its label.
fn secret_field(
    id: impl Into<String>,
    label: &'static str,
    value: RwSignal<String>,
) -> impl IntoView {
    let tr = tr();
    view! {
        <label>
            {move || tr.t(label, &[])}
            <input id=id.into() type="password" autocomplete="off" spellcheck="false"
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
        </label>
    }
}

/// Two fields for a new passphrase, with the advice on choosing one; `on_chosen` gets it once
/// both agree.
#[component]
pub fn NewPassphrase(
    /// Prefix of the fields' ids (`{prefix}-passphrase`, `{prefix}-passphrase-again`, `{prefix}-save`).
    prefix: &'static str,
    save_label: &'static str,
    on_chosen: impl Fn(String) + Copy + Send + Sync + 'static,
    report: Report,
) -> impl IntoView {
    let tr = tr();
    let first = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    view! {
        <p class="first-run">{move || tr.t("passphrase-advice", &[])}</p>
        <form class="filters staff-form" on:submit=move |ev| {
            ev.prevent_default();
            if first.get_untracked() != again.get_untracked() {
                report.say("passphrase-differ", &[]);
                return;
            }
            on_chosen(first.get_untracked());
            first.set(String::new());
            again.set(String::new());
        }>
            {secret_field(format!("{prefix}-passphrase"), "passphrase-new", first)}
            {secret_field(format!("{prefix}-passphrase-again"), "passphrase-again", again)}
            <button id=format!("{prefix}-save") class="primary" type="submit">{move || tr.t(save_label, &[])}</button>
        </form>
    }
}

/// The recovery code, once: to print or copy by hand, kept apart from the device.
#[component]
pub fn RecoveryCodeSheet(
    code: String,
    on_done: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let tr = tr();
    let kept = RwSignal::new(false);
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <section id="recovery-sheet" class="recovery-sheet" aria-labelledby="recovery-heading">
            // Focused when shown (tabindex -1), so a screen reader starts at the code's sheet.
            <h2 id="recovery-heading" tabindex="-1">{move || tr.t("recovery-heading", &[])}</h2>
            <p class="first-run">{move || tr.t("recovery-text", &[])}</p>
            // Groups break between them, never inside (the text is the code as typed).
            <p id="recovery-code" class="recovery-code" translate="no">
                {code.split('-').enumerate().map(|(i, g)| {
                    let dash = if i > 0 { "-" } else { "" };
                    view! { {dash}<span class="group">{g.to_string()}</span> }
                }).collect_view()}
            </p>
            <p class="first-run">{move || tr.t("recovery-where", &[])}</p>
            <button id="recovery-print" class="compact no-print" on:click=print>
                {move || tr.t("recovery-print", &[])}
            </button>
            <label class="check no-print">
                <input id="recovery-kept" type="checkbox"
                    prop:checked=move || kept.get() on:change=move |ev| kept.set(event_target_checked(&ev)) />
                {move || tr.t("recovery-kept", &[])}
            </label>
            <button id="recovery-done" class="primary no-print" disabled=move || !kept.get()
                on:click=move |_| on_done()>
                {move || tr.t("recovery-done", &[])}
            </button>
        </section>
    }
}

/// First run, before anyone is on the staff list: the staff passphrase, then its recovery code.
#[component]
pub fn ChoosePassphrase(on_done: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let tr = tr();
    let report = Report::new();
    let code = RwSignal::new(None::<String>);
    let protect = move |passphrase: String| {
        report.say("passphrase-working", &[]);
        let request = ProtectJournal {
            passphrase: passphrase.into(),
        };
        report.call::<commands::ProtectJournal>(request, move |v| {
            report.clear();
            code.set(Some(v.code));
            request_animation_frame(|| crate::dom::focus("recovery-heading"));
        });
    };
    view! {
        {move || match code.get() {
            Some(c) => view! { <RecoveryCodeSheet code=c on_done=on_done /> }.into_any(),
            None => view! {
                <h3>{move || tr.t("passphrase-choose-heading", &[])}</h3>
                <p class="first-run">{move || tr.t("passphrase-why", &[])}</p>
                <NewPassphrase prefix="first" save_label="passphrase-save" on_chosen=protect report />
            }.into_any(),
        }}
        <ReportLine report id="passphrase-message" />
    }
}

/// Shown instead of both screens while the journal is locked.
#[component]
pub fn Unlock() -> impl IntoView {
    let tr = tr();
    let journal = journal_state();
    let passphrase = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let report = Report::new();
    let new_code = RwSignal::new(None::<String>);
    let unlock = move || {
        let request = UnlockJournal {
            passphrase: passphrase.get_untracked().into(),
        };
        passphrase.set(String::new());
        report.say("passphrase-working", &[]);
        report.call::<commands::UnlockJournal>(request, move |()| journal.refresh());
    };
    let recover = move |new_passphrase: String| {
        let request = RecoverJournal {
            recovery_code: code.get_untracked().into(),
            new_passphrase: new_passphrase.into(),
        };
        report.say("passphrase-working", &[]);
        report.call::<commands::RecoverJournal>(request, move |v| {
            report.clear();
            code.set(String::new());
            new_code.set(Some(v.code));
            request_animation_frame(|| crate::dom::focus("recovery-heading"));
        });
    };
    request_animation_frame(|| crate::dom::focus("unlock-passphrase"));
    view! {
        <section id="locked" class="locked">
            {move || match new_code.get() {
                Some(c) => view! { <RecoveryCodeSheet code=c on_done=move || journal.refresh() /> }.into_any(),
                None => view! {
                    <h2>{move || tr.t("locked-heading", &[])}</h2>
                    <p class="first-run">{move || tr.t("locked-residents", &[])}</p>
                    <p class="first-run">{move || tr.t("locked-staff", &[])}</p>
                    <form class="filters staff-form" on:submit=move |ev| {
                        ev.prevent_default();
                        unlock();
                    }>
                        {secret_field("unlock-passphrase", "passphrase-staff", passphrase)}
                        <button id="unlock-go" class="primary" type="submit">{move || tr.t("locked-open", &[])}</button>
                    </form>
                    <details id="forgotten" class="forgotten">
                        <summary>{move || tr.t("locked-forgotten", &[])}</summary>
                        <p class="first-run">{move || tr.t("locked-recovery-text", &[])}</p>
                        <div class="staff-form">
                            <label>
                                {move || tr.t("recovery-code-field", &[])}
                                <input id="recovery-code-typed" type="text" autocomplete="off" spellcheck="false"
                                    autocapitalize="characters"
                                    prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev)) />
                            </label>
                        </div>
                        <NewPassphrase prefix="recover" save_label="locked-recover" on_chosen=recover report />
                    </details>
                }.into_any(),
            }}
            <ReportLine report id="unlock-message" alert=true />
        </section>
    }
}

/// For administrators: change the passphrase, or choose one for a journal from before.
#[component]
pub fn PassphraseSettings() -> impl IntoView {
    let tr = tr();
    let journal = journal_state();
    let current = RwSignal::new(String::new());
    let report = Report::new();
    let code = RwSignal::new(None::<String>);
    let answered = move |v: RecoveryCodeView| {
        report.clear();
        code.set(Some(v.code));
        journal.refresh();
        request_animation_frame(|| crate::dom::focus("recovery-heading"));
    };
    let change = move |new_passphrase: String| {
        report.say("passphrase-working", &[]);
        if journal.protected() {
            let request = ChangePassphrase {
                current: current.get_untracked().into(),
                new_passphrase: new_passphrase.into(),
            };
            report.call::<commands::ChangePassphrase>(request, answered);
        } else {
            let request = ProtectJournal {
                passphrase: new_passphrase.into(),
            };
            report.call::<commands::ProtectJournal>(request, answered);
        }
    };
    view! {
        <section id="passphrase-settings" aria-labelledby="passphrase-settings-heading">
            <h2 id="passphrase-settings-heading">{move || tr.t("passphrase-settings-heading", &[])}</h2>
            {move || match code.get() {
                Some(c) => view! { <RecoveryCodeSheet code=c on_done=move || code.set(None) /> }.into_any(),
                None if journal.protected() => view! {
                    <p class="first-run">{move || tr.t("passphrase-change-text", &[])}</p>
                    <div class="staff-form">{secret_field("current-passphrase", "passphrase-current", current)}</div>
                    <NewPassphrase prefix="change" save_label="passphrase-change" on_chosen=change report />
                }.into_any(),
                None => view! {
                    <p class="first-run">{move || tr.t("passphrase-unprotected", &[])}</p>
                    <NewPassphrase prefix="protect" save_label="passphrase-save" on_chosen=change report />
                }.into_any(),
            }}
            <ReportLine report id="passphrase-settings-message" />
        </section>
    }
}

//! How this device shows Hearth to everyone, for a staff administrator: text size up to
//! 200 %, high contrast, reduced motion, and the language its screens start in. Applied at
//! once, kept in the journal.

use hearth_wire::{commands, DisplaySettings};
use leptos::prelude::*;

use crate::i18n::{tr, DeviceLanguage};
use crate::widgets::{Report, ReportLine};

/// The language the screens start in: the system's, or one Hearth speaks.
#[component]
fn DeviceLanguageChoice() -> impl IntoView {
    let tr = tr();
    let DeviceLanguage(chosen) = expect_context::<DeviceLanguage>();
    let report = Report::new();
    let save = move |language: Option<String>| {
        report.call::<commands::SetDeviceLanguage>(language.clone(), move |()| {
            if let Some(l) = &language {
                tr.lang.set(l.clone());
            }
            chosen.set(language);
            report.say("review-saved", &[]);
        });
    };
    let choice = move |id: String, code: Option<String>, label: Signal<String>| {
        let c = code.clone();
        view! {
            <button id=id class="compact"
                aria-pressed=move || (chosen.get() == c).to_string()
                on:click=move |_| save(code.clone())>
                {label}
            </button>
        }
    };
    view! {
        <div class="span-choice" role="group" aria-label=move || tr.t("display-language", &[])>
            <span class="choice-label">{move || tr.t("display-language", &[])}</span>
            {choice("device-language-system".into(), None, Signal::derive(move || tr.t("display-language-system", &[])))}
            {tr.languages().into_iter().map(|(code, name)| {
                choice(format!("device-language-{code}"), Some(code), Signal::derive(move || name.clone()))
            }).collect_view()}
        </div>
        <ReportLine report />
    }
}

#[component]
pub fn DisplayChoice() -> impl IntoView {
    let tr = tr();
    let display = expect_context::<RwSignal<DisplaySettings>>();
    let report = Report::new();
    let save = move |next: DisplaySettings| {
        report.call::<commands::SetDisplay>(next, move |()| {
            display.set(next);
            report.say("review-saved", &[]);
        });
    };
    let size = move |pct: u16| {
        view! {
            <button id=format!("text-{pct}") class="compact"
                aria-pressed=move || (display.get().text_percent == pct).to_string()
                on:click=move |_| save(DisplaySettings { text_percent: pct, ..display.get_untracked() })>
                {format!("{pct} %")}
            </button>
        }
    };
    view! {
        <h2>{move || tr.t("display-heading", &[])}</h2>
        <div class="span-choice" role="group" aria-label=move || tr.t("display-text", &[])>
            <span class="choice-label">{move || tr.t("display-text", &[])}</span>
            {size(100)}{size(150)}{size(200)}
        </div>
        <label class="check">
            <input id="high-contrast" type="checkbox" prop:checked=move || display.get().high_contrast
                on:change=move |ev| save(DisplaySettings { high_contrast: event_target_checked(&ev), ..display.get_untracked() }) />
            {move || tr.t("display-contrast", &[])}
        </label>
        <label class="check">
            <input id="reduced-motion" type="checkbox" prop:checked=move || display.get().reduced_motion
                on:change=move |ev| save(DisplaySettings { reduced_motion: event_target_checked(&ev), ..display.get_untracked() }) />
            {move || tr.t("display-motion", &[])}
        </label>
        <DeviceLanguageChoice />
        <ReportLine report />
    }
}

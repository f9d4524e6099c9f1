//! The papers a home needs before it switches Hearth on, for a staff administrator: a data
//! protection impact assessment drafted from this device's settings, and the AI
//! transparency sheet for residents, families and staff; each saved as Markdown (to
//! complete) and PDF (to print), in the language chosen.

use hearth_wire::{commands, MakePaper, PaperKind};
use leptos::prelude::*;

use crate::i18n::tr;
use crate::widgets::{OpenButton, Report, ReportLine};

#[component]
pub fn PapersPanel() -> impl IntoView {
    let tr = tr();
    let report = Report::new();
    let language = RwSignal::new(tr.lang.get_untracked());
    let written = RwSignal::new(Vec::<String>::new());
    let make = move |kind: PaperKind| {
        written.set(Vec::new());
        let args = MakePaper {
            kind,
            language: language.get_untracked(),
        };
        report.call::<commands::MakePaper>(args, move |paths| {
            written.set(paths);
            report.say("papers-saved", &[]);
        });
    };
    view! {
        <h2 id="papers-heading">{move || tr.t("papers-heading", &[])}</h2>
        <p>{move || tr.t("papers-intro", &[])}</p>
        <div class="span-choice">
            <label>
                {move || tr.t("papers-language", &[])}
                <select id="paper-language" on:change=move |ev| language.set(event_target_value(&ev))>
                    {tr.languages().into_iter().map(|(code, name)| {
                        let c = code.clone();
                        view! {
                            <option value=code selected=move || language.get() == c>{name}</option>
                        }
                    }).collect_view()}
                </select>
            </label>
        </div>
        <div class="span-choice" role="group" aria-labelledby="papers-heading">
            <button id="paper-dpia" class="compact" on:click=move |_| make(PaperKind::Dpia)>
                {move || tr.t("papers-dpia", &[])}
            </button>
            <button id="paper-ai" class="compact" on:click=move |_| make(PaperKind::AiTransparency)>
                {move || tr.t("papers-ai", &[])}
            </button>
        </div>
        <ReportLine report id="paper-message" />
        <ul id="paper-files" class="handover-list">
            {move || written.get().into_iter().enumerate().map(|(i, p)| view! {
                <li>{p.clone()} " " <OpenButton path=p id=format!("paper-open-{i}") /></li>
            }).collect_view()}
        </ul>
    }
}

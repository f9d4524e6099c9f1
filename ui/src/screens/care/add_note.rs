//! A caregiver's own note about the resident shown: what they noticed, typed or dictated
//! (the words heard land in the box to be checked), saved with their name. Nothing is
//! inferred from it.

use hearth_wire::{commands, DictationState, NewNote, StartDictation};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::care;
use crate::i18n::tr;
use crate::level_meter::LevelMeter;
use crate::tauri;
use crate::widgets::{Report, ReportLine};

#[component]
pub fn AddNote(resident_id: i64, on_added: Callback<()>) -> impl IntoView {
    let tr = tr();
    let care = care();
    let text = RwSignal::new(String::new());
    let report = Report::new();
    let name = move || {
        care.residents
            .get()
            .into_iter()
            .find(|r| r.id == resident_id)
            .map(|r| r.name)
            .unwrap_or_default()
    };
    // Words dictated join what is in the box; the caregiver reads them before saving.
    // Each ending is taken once (then cleared), so it never lands in another resident's box.
    Effect::new(move |_| {
        match care.dictation.get() {
            Some(DictationState::Heard { text: heard }) => {
                text.update(|t| {
                    if !t.trim().is_empty() {
                        t.push(' ');
                    }
                    t.push_str(heard.trim());
                });
                report.say("dictate-check", &[]);
            }
            Some(DictationState::NothingHeard) => report.say("listen-nothing", &[]),
            Some(DictationState::Failed { problem }) => report.problem(problem),
            _ => return,
        }
        care.dictation.set(None);
    });
    let listening = move || matches!(care.dictation.get(), Some(DictationState::Listening));
    let working = move || matches!(care.dictation.get(), Some(DictationState::Working));
    let dictate = move |_| {
        if listening() {
            spawn_local(async move {
                let _ = tauri::invoke::<commands::StopDictation>(&()).await;
            });
            return;
        }
        report.clear();
        let request = StartDictation {
            language: tr.lang.get_untracked(),
        };
        // What is heard comes as events (`care.dictation`); only a refusal comes back here.
        report.call::<commands::StartDictation>(request, |()| ());
    };
    let save = move |_| {
        if text.get_untracked().trim().is_empty() {
            return;
        }
        let request = NewNote {
            resident_id,
            text: text.get_untracked(),
        };
        report.call::<commands::AddNote>(request, move |_| {
            on_added.run(());
            text.set(String::new());
            report.say("review-saved", &[]);
        });
    };
    view! {
        <section class="add-note" aria-labelledby="add-note-heading">
            <h3 id="add-note-heading">{move || tr.t("add-note-heading", &[("name", &name())])}</h3>
            <label>
                {move || tr.t("add-note-label", &[])}
                <textarea id="add-note-text" rows="3" prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </label>
            <div class="decide">
                <button id="add-note-dictate" class="compact" aria-pressed=move || listening().to_string()
                    disabled=working on:click=dictate>
                    {move || tr.t(if listening() { "dictate-stop" } else if working() { "dictate-working" } else { "dictate" }, &[])}
                </button>
                <button id="add-note-save" class="compact primary" on:click=save>
                    {move || tr.t("add-note-save", &[])}
                </button>
            </div>
            <LevelMeter level=care.dictation_level shown=Signal::derive(listening) />
            <ReportLine report />
        </section>
    }
}

//! Putting the speech model on the device from the screen (first run, or an administrator in
//! *Staff*): look for the model file on a USB stick or in Downloads, pick it, and watch it
//! being copied and checked; the status line at the top then says when Hearth can listen.

use hearth_wire::{commands, ImportModel, ModelFile, ModelImport, ModelStatus};
use leptos::prelude::*;

use crate::i18n::tr;
use crate::problem;
use crate::widgets::{Report, ReportLine};

/// The model's status and the latest import event, kept by the shell (it listens once).
#[derive(Clone, Copy)]
pub struct SpeechModelState {
    pub status: RwSignal<Option<ModelStatus>>,
    pub import: RwSignal<Option<ModelImport>>,
}

fn megabytes(bytes: u64) -> String {
    format!("{}", (bytes + 500_000) / 1_000_000)
}

#[component]
pub fn SpeechModel() -> impl IntoView {
    let tr = tr();
    let state = expect_context::<SpeechModelState>();
    let files = RwSignal::new(None::<Vec<ModelFile>>);
    let report = Report::new();
    let look = move |_| {
        report.clear();
        report.call::<commands::ModelFiles>((), move |list| files.set(Some(list)));
    };
    let import = move |path: String| {
        report.clear();
        // How the copy goes comes as events (`state.import`); only a refusal comes back here.
        report.call::<commands::ImportModel>(ImportModel { path }, |()| ());
    };
    let have = move || {
        matches!(
            state.status.get(),
            Some(ModelStatus::Ready { .. } | ModelStatus::Loading { .. })
        )
    };
    let found = move || {
        files.get().map(|list| {
            if list.is_empty() {
                return view! { <p id="model-none" class="first-run">{move || tr.t("speech-model-none", &[])}</p> }
                    .into_any();
            }
            view! {
                <ul id="model-files" class="handover-list">
                    {list.into_iter().enumerate().map(|(i, f)| {
                        let size = megabytes(f.size);
                        let path = f.path.clone();
                        view! {
                            <li class="resident-row">
                                <span translate="no">{f.path.clone()}</span>
                                " — " {move || tr.t("speech-model-size", &[("mb", &size)])}
                                <button id=format!("model-use-{i}") class="compact"
                                    on:click=move |_| import(path.clone())>
                                    {move || tr.t("speech-model-use", &[])}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .into_any()
        })
    };
    let progress = move || {
        state.import.get().map(|p| match p {
            ModelImport::Copying { done, total } => {
                let percent = (done * 100 / total.max(1)).to_string();
                view! {
                    <label class="model-progress">
                        {move || tr.t("speech-model-copying", &[("percent", &percent)])}
                        <progress id="model-progress" max=total.to_string() value=done.to_string()></progress>
                    </label>
                }
                .into_any()
            }
            ModelImport::Installed { name } => view! {
                <p id="model-installed" class="first-run">{move || tr.t("speech-model-installed", &[("name", &name)])}</p>
            }
            .into_any(),
            ModelImport::Failed { detail } => view! {
                <p id="model-import-failed" class="status problem">
                    {move || tr.t("speech-model-failed", &[("detail", &problem::sentence(&detail))])}
                </p>
            }
            .into_any(),
        })
    };
    view! {
        <section id="speech-model" class="speech-model" aria-labelledby="speech-model-heading">
            <h3 id="speech-model-heading">{move || tr.t("speech-model-heading", &[])}</h3>
            <p class="first-run">{move || if have() {
                tr.t("speech-model-have", &[])
            } else {
                tr.t("speech-model-need", &[])
            }}</p>
            <button id="model-look" class="compact" on:click=look>{move || tr.t("speech-model-look", &[])}</button>
            {found}
            <div role="status" aria-live="polite">{progress}</div>
            <ReportLine report id="model-message" alert=true />
        </section>
    }
}

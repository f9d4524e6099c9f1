//! The first screen: the app's name, the language, and whether Hearth can listen — read from
//! the backend, so a person sees at once whether the speech model is ready.

use std::sync::Arc;

use hearth_i18n::I18n;
use hearth_wire::{commands, events, AppStatus, ModelStatus};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::tauri;

#[component]
pub fn App() -> impl IntoView {
    let i18n = Arc::new(I18n::load());
    let browser = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    let (lang, set_lang) = signal(i18n.pick(&browser));
    let (model, set_model) = signal(None::<ModelStatus>);
    let (error, set_error) = signal(None::<String>);
    spawn_local(async move {
        // Listen first, so a status sent while we ask is not missed.
        tauri::listen(events::MODEL_STATUS, move |s: ModelStatus| {
            set_model.set(Some(s))
        })
        .await;
        match tauri::invoke::<AppStatus>(commands::APP_STATUS).await {
            Ok(s) => set_model.update(|m| {
                // An event may already have brought a newer state.
                if m.is_none() || matches!(m, Some(ModelStatus::Loading { .. })) {
                    *m = Some(s.model)
                }
            }),
            Err(e) => set_error.set(Some(e)),
        }
    });

    let t = {
        let i18n = i18n.clone();
        move |id: &str, args: &[(&str, &str)]| i18n.text(&lang.get(), id, args)
    };
    let status = {
        let t = t.clone();
        move || match (model.get(), error.get()) {
            (_, Some(e)) => ("status problem", t("no-engine", &[("detail", &e)])),
            (None | Some(ModelStatus::Loading { .. }), _) => ("status", t("model-loading", &[])),
            (Some(ModelStatus::Ready { name, weights, .. }), _) => (
                "status ready",
                t("model-ready", &[("name", &name), ("weights", &weights)]),
            ),
            (Some(ModelStatus::Missing { name, command }), _) => (
                "status problem",
                t("model-missing", &[("name", &name), ("command", &command)]),
            ),
            (Some(ModelStatus::Failed { detail }), _) => {
                ("status problem", t("model-failed", &[("detail", &detail)]))
            }
        }
    };
    let status_class = {
        let status = status.clone();
        move || status().0
    };
    let languages = i18n.languages();
    // The document's language follows the choice, for screen readers.
    Effect::new(move |_| {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = el.set_attribute("lang", &lang.get());
        }
    });
    let title = {
        let t = t.clone();
        move || t("app-title", &[])
    };
    let choice = {
        let t = t.clone();
        move || t("language-choice", &[])
    };

    view! {
        <main>
            <header class="top">
                <h1 id="app-title">{title}</h1>
                <nav class="languages" aria-label=choice>
                    {languages
                        .into_iter()
                        .map(|(code, name)| {
                            let c = code.clone();
                            view! {
                                <button
                                    id=format!("lang-{code}")
                                    lang=code.clone()
                                    aria-pressed=move || (lang.get() == c).to_string()
                                    on:click=move |_| set_lang.set(code.clone())
                                >
                                    {name}
                                </button>
                            }
                        })
                        .collect_view()}
                </nav>
            </header>
            <p id="model-status" class=status_class role="status" aria-live="polite">
                {move || status().1}
            </p>
        </main>
    }
}

//! The first screen. For now: the app's name and the speech model's state, read from the
//! backend, so a person sees at once whether Hearth can listen.

use hearth_wire::{commands, events, AppStatus, ModelStatus};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::tauri;

#[component]
pub fn App() -> impl IntoView {
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

    let status = move || match (model.get(), error.get()) {
        (_, Some(e)) => (
            "status problem",
            format!("Hearth cannot reach its engine: {e}"),
        ),
        (None, _) | (Some(ModelStatus::Loading { .. }), _) => {
            ("status", "Getting ready to listen…".to_string())
        }
        (Some(ModelStatus::Ready { name, weights, .. }), _) => (
            "status ready",
            format!("Ready to listen. Speech model: {name} ({weights})"),
        ),
        (Some(ModelStatus::Missing { message }), _)
        | (Some(ModelStatus::Failed { message }), _) => (
            "status problem",
            format!("Hearth cannot listen yet: {message}"),
        ),
    };

    view! {
        <main>
            <h1 id="app-title">"Hearth"</h1>
            <p id="model-status" class=move || status().0 role="status" aria-live="polite">
                {move || status().1}
            </p>
        </main>
    }
}

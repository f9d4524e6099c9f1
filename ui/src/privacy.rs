//! The privacy notice, in plain words and the screen's language: what Hearth keeps, where,
//! for how long, that nothing leaves the device, and who to ask. Shown at first run and at
//! the foot of every screen.

use hearth_wire::{commands, PrivacyFacts};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::tr;
use crate::tauri;

#[component]
pub fn PrivacyNotice(#[prop(optional)] open: bool) -> impl IntoView {
    let tr = tr();
    let facts = RwSignal::new(None::<PrivacyFacts>);
    let read = move || {
        spawn_local(async move {
            if let Ok(f) = tauri::invoke::<commands::PrivacyFacts>(&()).await {
                facts.set(Some(f));
            }
        });
    };
    read();
    let line = move |key: &'static str| {
        move || {
            let f = facts.get();
            let days = f
                .as_ref()
                .map_or(String::new(), |f| f.policy.transcripts_days.to_string());
            let years = f
                .as_ref()
                .map_or(String::new(), |f| f.policy.notes_years.to_string());
            let path = f.map_or(String::new(), |f| f.journal_path);
            tr.t(key, &[("days", &days), ("years", &years), ("path", &path)])
        }
    };
    view! {
        <details class="privacy" open=open on:toggle=move |_| read()>
            <summary>{move || tr.t("privacy-heading", &[])}</summary>
            <p>{line("privacy-stays")}</p>
            <p>{line("privacy-what")}</p>
            <p>{line("privacy-where")}</p>
            <p>{line("privacy-how-long")}</p>
            <p>{line("privacy-rights")}</p>
        </details>
    }
}

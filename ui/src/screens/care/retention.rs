//! How long Hearth keeps what residents said, for a staff administrator: transcripts and
//! notes. Saving applies it at once (the purge runs, and is logged) and then daily.

use hearth_wire::{commands, RetentionPolicy};
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Serialize;

use crate::i18n::tr;
use crate::problem;
use crate::tauri;

#[derive(Serialize)]
struct SetArgs {
    policy: RetentionPolicy,
}

#[component]
pub fn RetentionChoice(shown: Signal<bool>) -> impl IntoView {
    let tr = tr();
    let policy = RwSignal::new(None::<RetentionPolicy>);
    let message = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        if shown.get() {
            spawn_local(async move {
                match tauri::invoke::<RetentionPolicy>(commands::RETENTION).await {
                    Ok(p) => policy.set(Some(p)),
                    Err(p) => message.set(Some(problem::say(&tr, &p))),
                }
            });
        }
    });
    let save = move |next: RetentionPolicy| {
        spawn_local(async move {
            match tauri::invoke_with::<(), _>(commands::SET_RETENTION, &SetArgs { policy: next })
                .await
            {
                Ok(()) => {
                    policy.set(Some(next));
                    message.set(Some(tr.t("review-saved", &[])));
                }
                Err(p) => message.set(Some(problem::say(&tr, &p))),
            }
        });
    };
    let days = move || {
        policy
            .get()
            .map_or(String::new(), |p| p.transcripts_days.to_string())
    };
    let years = move || {
        policy
            .get()
            .map_or(String::new(), |p| p.notes_years.to_string())
    };
    view! {
        <h2>{move || tr.t("retention-heading", &[])}</h2>
        <p>{move || tr.t("retention-intro", &[])}</p>
        <label class="field" for="retention-transcripts">{move || tr.t("retention-transcripts", &[])}</label>
        <select id="retention-transcripts" prop:value=days on:change=move |ev| {
            if let (Some(p), Ok(d)) = (policy.get_untracked(), event_target_value(&ev).parse()) {
                save(RetentionPolicy { transcripts_days: d, ..p });
            }
        }>
            {[30u32, 90, 180, 365].into_iter().map(|d| view! {
                <option value=d.to_string()>{move || tr.t("retention-days", &[("days", &d.to_string())])}</option>
            }).collect_view()}
        </select>
        <label class="field" for="retention-notes">{move || tr.t("retention-notes", &[])}</label>
        <select id="retention-notes" prop:value=years on:change=move |ev| {
            if let (Some(p), Ok(y)) = (policy.get_untracked(), event_target_value(&ev).parse()) {
                save(RetentionPolicy { notes_years: y, ..p });
            }
        }>
            {[1u32, 2, 5, 10].into_iter().map(|y| view! {
                <option value=y.to_string()>{move || tr.t("retention-years", &[("years", &y.to_string())])}</option>
            }).collect_view()}
        </select>
        <p>{move || tr.t("retention-audio", &[])}</p>
        <p id="retention-message" class="review-message" role="status">{move || message.get()}</p>
    }
}

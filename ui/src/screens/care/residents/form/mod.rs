//! A resident's profile form: who they are, what they enjoy talking about and what to avoid,
//! and how Hearth talks with them.

mod talk;

use hearth_i18n::TOPICS;
use hearth_wire::{ResidentPreferences, ResidentProfileView, SaveResident};
use leptos::prelude::*;
use reactive_stores::{Field, Store};

use crate::i18n::tr;
use crate::widgets::{Report, ReportLine};
use talk::HowHearthTalks;

/// What the form holds while it is being filled: a store, so each input reads and writes its
/// own field and a keystroke in one redraws nothing else.
#[derive(Clone, Default, Store)]
pub(super) struct Draft {
    pub(super) id: Option<i64>,
    pub(super) name: String,
    pub(super) language: String,
    pub(super) enjoys: String,
    pub(super) avoid_topics: Vec<String>,
    pub(super) avoid_other: String,
    pub(super) preferences: ResidentPreferences,
}

impl Draft {
    pub(super) fn of(p: &ResidentProfileView) -> Self {
        let (topics, other): (Vec<String>, Vec<String>) = p
            .avoids
            .iter()
            .cloned()
            .partition(|a| TOPICS.contains(&a.as_str()));
        Draft {
            id: Some(p.resident.id),
            name: p.resident.name.clone(),
            language: p.resident.language.clone(),
            enjoys: p.enjoys.join(", "),
            avoid_topics: topics,
            avoid_other: other.join(", "),
            preferences: p.resident.preferences.clone(),
        }
    }

    pub(super) fn request(&self) -> SaveResident {
        let list = |s: &str| {
            s.split(',')
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
        };
        let mut avoids = self.avoid_topics.clone();
        avoids.extend(list(&self.avoid_other));
        SaveResident {
            id: self.id,
            name: self.name.clone(),
            language: self.language.clone(),
            enjoys: list(&self.enjoys),
            avoids,
            preferences: self.preferences.clone(),
        }
    }
}

/// The profile form: who they are and what to talk about; how Hearth talks with them is its
/// second part.
#[component]
pub(super) fn ResidentForm(
    draft: Store<Draft>,
    on_save: impl Fn() + Copy + 'static,
    on_cancel: impl Fn() + Copy + 'static,
    /// What saving came to, said under the Save button.
    report: Report,
) -> impl IntoView {
    let tr = tr();
    // One text input bound to one of the draft's fields.
    let text = move |id: &'static str, field: fn(Store<Draft>) -> Field<String>| {
        view! {
            <input id=id type="text" autocomplete="off" prop:value=move || field(draft).get()
                on:input=move |ev| field(draft).set(event_target_value(&ev)) />
        }
    };
    let name = move || {
        draft.name().with(|n| match n.trim() {
            "" => tr.t("resident-editing-new", &[]),
            n => n.to_string(),
        })
    };
    let topic = move |t: &'static str| {
        let label = format!("kind-{t}");
        view! {
            <label class="check">
                <input id=format!("avoid-{t}") type="checkbox"
                    prop:checked=move || draft.avoid_topics().with(|a| a.iter().any(|a| a == t))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        draft.avoid_topics().update(|a| {
                            a.retain(|a| a != t);
                            if on { a.push(t.to_string()); }
                        });
                    } />
                {move || tr.t(&label, &[])}
            </label>
        }
    };
    view! {
        <form class="resident-form" on:submit=move |ev| { ev.prevent_default(); on_save(); }>
            <h3 id="resident-form-heading">{name}</h3>
            <label for="resident-name">{move || tr.t("resident-name", &[])}</label>
            {text("resident-name", |d| d.name().into())}
            <label for="resident-language">{move || tr.t("resident-language", &[])}</label>
            <select id="resident-language" prop:value=move || draft.language().get()
                on:change=move |ev| draft.language().set(event_target_value(&ev))>
                {tr.languages().into_iter().map(|(code, name)| view! { <option value=code.clone()>{name}</option> }).collect_view()}
            </select>
            <label for="resident-enjoys">{move || tr.t("resident-enjoys", &[])}</label>
            {text("resident-enjoys", |d| d.enjoys().into())}
            <fieldset>
                <legend>{move || tr.t("resident-avoid-topics", &[])}</legend>
                {TOPICS.into_iter().map(topic).collect_view()}
            </fieldset>
            <label for="resident-avoid-other">{move || tr.t("resident-avoid-other", &[])}</label>
            {text("resident-avoid-other", |d| d.avoid_other().into())}

            <HowHearthTalks prefs=draft.preferences().into() name=Signal::derive(name) />
            <div class="correction-actions">
                <button id="resident-save" type="submit" class="compact primary">{move || tr.t("resident-save", &[])}</button>
                <button type="button" class="compact" on:click=move |_| on_cancel()>{move || tr.t("correct-cancel", &[])}</button>
            </div>
            <ReportLine report id="resident-form-message" />
        </form>
    }
}

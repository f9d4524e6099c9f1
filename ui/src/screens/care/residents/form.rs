//! A resident's profile form: who they are, what they enjoy talking about and what to avoid,
//! and how Hearth talks with them.

use hearth_i18n::TOPICS;
use hearth_wire::{
    DisplaySettings, InputMode, PauseLength, ResidentPreferences, ResidentProfileView, SaveResident,
};
use leptos::prelude::*;
use reactive_stores::{Field, Store};

use crate::i18n::tr;
use crate::widgets::{Report, ReportLine};

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

/// The profile form: who they are, topics, and how Hearth talks with them.
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
    let prefs = move || draft.preferences().get();
    let set_prefs = move |f: &dyn Fn(&mut ResidentPreferences)| draft.preferences().update(f);
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
    // One radio button of a group: `key` is its id and its words.
    let radio = move |group: &'static str,
                      key: &'static str,
                      on: Signal<bool>,
                      pick: Callback<()>| {
        view! {
            <label class="check">
                <input type="radio" name=group id=key prop:checked=on on:change=move |_| pick.run(()) />
                {move || tr.t(key, &[])}
            </label>
        }
    };
    let input_choice = move |mode: InputMode, key: &'static str| {
        let on = Signal::derive(move || prefs().input == mode);
        radio(
            "resident-input",
            key,
            on,
            Callback::new(move |()| set_prefs(&|p| p.input = mode)),
        )
    };
    let pause_choice = move |pause: PauseLength, key: &'static str| {
        let on = Signal::derive(move || prefs().pause == pause);
        radio(
            "resident-pause",
            key,
            on,
            Callback::new(move |()| set_prefs(&|p| p.pause = pause)),
        )
    };
    let check = move |id: &'static str,
                      key: &'static str,
                      read: fn(&ResidentPreferences) -> bool,
                      write: fn(&mut ResidentPreferences, bool)| {
        view! {
            <label class="check">
                <input id=id type="checkbox" prop:checked=move || read(&prefs())
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        set_prefs(&|p| write(p, on));
                    } />
                {move || tr.t(key, &[("name", &name())])}
            </label>
        }
    };
    let text_size = move || {
        prefs()
            .display
            .map_or("device".to_string(), |d| d.text_percent.to_string())
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

            <h3>{move || tr.t("resident-talk-heading", &[("name", &name())])}</h3>
            <label for="resident-rate">{move || tr.t("resident-rate", &[])}</label>
            <select id="resident-rate" prop:value=move || prefs().speech_rate_wpm.to_string()
                on:change=move |ev| {
                    let wpm = event_target_value(&ev).parse().unwrap_or(140);
                    set_prefs(&|p| p.speech_rate_wpm = wpm);
                }>
                <option value="110">{move || tr.t("rate-slower", &[])}</option>
                <option value="140">{move || tr.t("rate-normal", &[])}</option>
                <option value="170">{move || tr.t("rate-quicker", &[])}</option>
            </select>
            <label for="resident-volume">{move || tr.t("resident-volume", &[])}</label>
            <select id="resident-volume" prop:value=move || prefs().volume_percent.to_string()
                on:change=move |ev| {
                    let v = event_target_value(&ev).parse().unwrap_or(90);
                    set_prefs(&|p| p.volume_percent = v);
                }>
                {[50u8, 70, 90, 100].into_iter().map(|v| view! { <option value=v.to_string()>{format!("{v} %")}</option> }).collect_view()}
            </select>
            <fieldset>
                <legend>{move || tr.t("resident-input", &[("name", &name())])}</legend>
                {input_choice(InputMode::HandsFree, "input-hands_free")}
                {input_choice(InputMode::Tap, "input-tap")}
                {input_choice(InputMode::Hold, "input-hold")}
            </fieldset>
            <fieldset>
                <legend>{move || tr.t("resident-pause", &[])}</legend>
                {pause_choice(PauseLength::Short, "pause-short")}
                {pause_choice(PauseLength::Normal, "pause-normal")}
                {pause_choice(PauseLength::Long, "pause-long")}
            </fieldset>
            {check("resident-captions", "resident-captions", |p| p.captions, |p, on| p.captions = on)}
            {check("resident-spoken", "resident-spoken", |p| p.spoken, |p, on| p.spoken = on)}
            {check("resident-one-button", "resident-one-button", |p| p.one_button, |p, on| p.one_button = on)}
            <label for="resident-text">{move || tr.t("resident-text", &[("name", &name())])}</label>
            <select id="resident-text" prop:value=text_size
                on:change=move |ev| {
                    let pct: Option<u16> = event_target_value(&ev).parse().ok();
                    set_prefs(&|p| {
                        let contrast = p.display.is_some_and(|d| d.high_contrast);
                        p.display = pct.map(|text_percent| DisplaySettings { text_percent, high_contrast: contrast, reduced_motion: false });
                    });
                }>
                <option value="device">{move || tr.t("text-device", &[])}</option>
                {[100u16, 150, 200].into_iter().map(|v| view! { <option value=v.to_string()>{format!("{v} %")}</option> }).collect_view()}
            </select>
            {check("resident-contrast", "resident-contrast", |p| p.display.is_some_and(|d| d.high_contrast), |p, on| {
                let pct = p.display.map_or(100, |d| d.text_percent);
                p.display = Some(DisplaySettings { text_percent: pct, high_contrast: on, reduced_motion: false });
            })}
            <div class="correction-actions">
                <button id="resident-save" type="submit" class="compact primary">{move || tr.t("resident-save", &[])}</button>
                <button type="button" class="compact" on:click=move |_| on_cancel()>{move || tr.t("correct-cancel", &[])}</button>
            </div>
            <ReportLine report id="resident-form-message" />
        </form>
    }
}

//! The second part of a resident's profile: how Hearth talks with them (speech rate, volume,
//! how they start speaking, how long a pause ends a turn, captions, text size, contrast).

use hearth_wire::{DisplaySettings, InputMode, PauseLength, ResidentPreferences};
use leptos::prelude::*;
use reactive_stores::Field;

use crate::i18n::tr;

/// How Hearth talks with the resident named `name`: every choice writes `prefs`.
#[component]
pub(super) fn HowHearthTalks(
    prefs: Field<ResidentPreferences>,
    name: Signal<String>,
) -> impl IntoView {
    let tr = tr();
    let set_prefs = move |f: &dyn Fn(&mut ResidentPreferences)| prefs.update(f);
    let prefs = move || prefs.get();
    let name = move || name.get();
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
    }
}

//! A caregiver's correction of one reading: the value, and for pain the place and the score,
//! chosen from lists (never typed), then saved beside the machine's reading.

use leptos::prelude::*;

use super::super::SaveCancel;
use crate::i18n::tr;

/// The correction being chosen (empty: as the reading stands).
#[derive(Clone, Copy)]
pub struct Draft {
    pub value: RwSignal<String>,
    pub place: RwSignal<String>,
    pub score: RwSignal<String>,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            value: RwSignal::new(String::new()),
            place: RwSignal::new(String::new()),
            score: RwSignal::new(String::new()),
        }
    }
}

/// The correction form of the reading `id`, of `kind`, shown while `editing`.
#[component]
pub fn Correction(
    id: i64,
    kind: String,
    draft: Draft,
    editing: RwSignal<bool>,
    on_save: impl Fn() + 'static,
) -> impl IntoView {
    let tr = tr();
    let Draft {
        value,
        place,
        score,
    } = draft;
    let is_pain = kind == "pain";
    let values = hearth_i18n::signal_values(&kind);
    view! {
        <div class="correction" id=format!("correction-{id}") hidden=move || !editing.get()>
            <label>
                {move || tr.t("correct-value", &[])}
                <select id=format!("correct-value-{id}") on:change=move |ev| value.set(event_target_value(&ev))>
                    {values
                        .iter()
                        .map(|v| {
                            let v = v.to_string();
                            let words = format!("signal-{kind}-{}", v.replace('_', "-"));
                            let is = v.clone();
                            view! {
                                <option value=v selected=move || value.get() == is>
                                    {move || tr.t(&words, &[])}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            {is_pain.then(|| view! {
                <label>
                    {move || tr.t("correct-place", &[])}
                    <select id=format!("correct-place-{id}") on:change=move |ev| place.set(event_target_value(&ev))>
                        <option value="" selected=move || place.get().is_empty()>"—"</option>
                        {hearth_i18n::BODY_PLACES
                            .iter()
                            .map(|p| {
                                let is = p.to_string();
                                view! {
                                    <option value=*p selected=move || place.get() == is>
                                        {move || tr.t(&format!("body-{p}"), &[])}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <label>
                    {move || tr.t("correct-score", &[])}
                    <select id=format!("correct-score-{id}") on:change=move |ev| score.set(event_target_value(&ev))>
                        <option value="" selected=move || score.get().is_empty()>
                            {move || tr.t("correct-score-none", &[])}
                        </option>
                        {(0..=10)
                            .map(|n| {
                                let is = n.to_string();
                                view! {
                                    <option value=n.to_string() selected=move || score.get() == is>{n}</option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
            })}
            <SaveCancel save_id=format!("correct-save-{id}") save_label="correct-save"
                on_save=on_save on_cancel=move || editing.set(false) />
        </div>
    }
}

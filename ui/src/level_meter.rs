//! The live level meter: a bar that moves with the voice, so a resident can see they are
//! heard. Scaled, not resized: it moves without laying the page out again.

use leptos::prelude::*;

use crate::i18n::tr;

/// `level` is 0..1; the meter is shown while `shown` is true.
#[component]
pub fn LevelMeter(
    level: RwSignal<f32>,
    #[prop(into)] shown: Signal<bool>,
    #[prop(optional)] id: Option<&'static str>,
) -> impl IntoView {
    let tr = tr();
    view! {
        <div
            id=id
            class="level"
            role="meter"
            aria-label=move || tr.t("level", &[])
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=move || ((level.get() * 100.0).round() as i32).to_string()
            hidden=move || !shown.get()
        >
            <div class="level-bar" style:transform=move || format!("scaleX({:.2})", level.get())></div>
        </div>
    }
}

//! "Who is talking?": one large card a resident, their initial and name, to pick yourself.

use hearth_wire::ResidentView;
use leptos::prelude::*;

use crate::i18n::tr;

/// The residents as cards; `pick` is called with the one chosen.
#[component]
pub fn ResidentCards(
    residents: RwSignal<Vec<ResidentView>>,
    /// What is said above the cards (a problem loading them, say).
    message: Signal<Option<String>>,
    pick: Callback<ResidentView>,
) -> impl IntoView {
    let tr = tr();
    let cards = move || {
        residents
            .get()
            .into_iter()
            .map(|r| {
                let initial = r.name.chars().next().unwrap_or('?').to_string();
                let demo = r.is_demo;
                let id = format!("resident-{}", r.id);
                let name = r.name.clone();
                let language = r.language.clone();
                view! {
                    <li>
                        <button id=id class="resident-card" lang=language on:click=move |_| pick.run(r.clone())>
                            <span class="avatar" aria-hidden="true">{initial}</span>
                            <span class="name">{name}</span>
                            {demo.then(|| view! { <span class="badge">{move || tr.t("demo", &[])}</span> })}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <h2 id="who-heading">{move || tr.t("who-is-talking", &[])}</h2>
        <p id="residents-message" class="message" role="status">
            {move || message.get()}
        </p>
        <ul class="residents" aria-labelledby="who-heading">{cards}</ul>
    }
}

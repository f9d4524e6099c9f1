//! The staff list, for a staff administrator: who can sign in, in what role, and adding
//! someone. (The backend refuses anyone else, whatever the window shows.)

use hearth_wire::{commands, StaffView};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::sign_in::StaffForm;
use crate::i18n::tr;
use crate::tauri;

#[component]
pub fn StaffList(shown: Signal<bool>) -> impl IntoView {
    let tr = tr();
    let people = RwSignal::new(Vec::<StaffView>::new());
    let added = RwSignal::new(0u32);
    Effect::new(move |_| {
        added.track();
        if !shown.get() {
            return;
        }
        spawn_local(async move {
            if let Ok(list) = tauri::invoke::<Vec<StaffView>>(commands::STAFF).await {
                people.set(list);
            }
        });
    });
    view! {
        <h2>{move || tr.t("staff-heading", &[])}</h2>
        <ul id="staff-list" class="handover-list">
            {move || people.get().into_iter().map(|s| {
                let role = format!("role-{}", s.role);
                view! { <li><strong>{s.name}</strong> " — " {move || tr.t(&role, &[])}</li> }
            }).collect_view()}
        </ul>
        <StaffForm choose_role=true on_added=move || added.update(|n| *n += 1) />
    }
}

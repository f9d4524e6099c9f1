//! The audit log, for a staff administrator: who viewed, decided, exported or changed what,
//! and when — newest first. (The backend refuses anyone else.)

use hearth_wire::{commands, AuditEntryView};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::tr;
use crate::tauri;
use crate::time;

#[component]
pub fn AuditLog(shown: Signal<bool>) -> impl IntoView {
    let tr = tr();
    let lines = RwSignal::new(Vec::<AuditEntryView>::new());
    Effect::new(move |_| {
        if shown.get() {
            spawn_local(async move {
                if let Ok(list) = tauri::invoke::<commands::AuditLog>(&()).await {
                    lines.set(list);
                }
            });
        }
    });
    view! {
        <h2>{move || tr.t("audit-heading", &[])}</h2>
        <table id="audit-log" class="audit">
            <thead>
                <tr>
                    <th scope="col">{move || tr.t("audit-when", &[])}</th>
                    <th scope="col">{move || tr.t("audit-who", &[])}</th>
                    <th scope="col">{move || tr.t("audit-what", &[])}</th>
                    <th scope="col">{move || tr.t("audit-about", &[])}</th>
                    <th scope="col">{move || tr.t("audit-detail", &[])}</th>
                </tr>
            </thead>
            <tbody>
                {move || lines.get().into_iter().map(|e| {
                    let what = format!("audit-{}", e.action.replace('_', "-"));
                    view! {
                        <tr>
                            <td>{time::date(e.at_ms)} " " {time::clock(e.at_ms)}</td>
                            <td>{e.actor}</td>
                            <td>{move || tr.t(&what, &[])}</td>
                            <td>{e.subject}</td>
                            <td>{e.detail}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}

//! The audit log, for a staff administrator: who viewed, decided, exported or changed what,
//! and when — newest first. (The backend refuses anyone else.)

use hearth_wire::commands;
use leptos::prelude::*;

use crate::i18n::tr;
use crate::tauri;
use crate::time;
use crate::widgets::ProblemLine;

#[component]
pub fn AuditLog(shown: Signal<bool>) -> impl IntoView {
    let tr = tr();
    // Asked again each time the log is shown; only the latest answer is applied.
    let lines = LocalResource::new(move || {
        let shown = shown.get();
        async move {
            if !shown {
                return None;
            }
            Some(tauri::invoke::<commands::AuditLog>(&()).await)
        }
    });
    let answer = move || lines.get().flatten();
    let problem = move || answer().and_then(Result::err);
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
                {move || answer().and_then(Result::ok).unwrap_or_default().into_iter().map(|e| {
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
        <ProblemLine problem=Signal::derive(problem) />
    }
}

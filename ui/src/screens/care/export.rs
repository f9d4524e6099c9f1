//! One resident's notes between two days, out of Hearth as a file on this device: PDF to
//! print or hand over, CSV for a spreadsheet, FHIR R4 JSON for a health record system.

use hearth_wire::{commands, ExportFormat, ExportRequest};
use leptos::prelude::*;

use super::care;
use crate::i18n::tr;
use crate::time;
use crate::widgets::{OpenButton, Report, ReportLine};

#[component]
pub fn Export(resident_id: i64) -> impl IntoView {
    let tr = tr();
    let care = care();
    let from = RwSignal::new(String::new());
    let report = Report::new();
    let written = RwSignal::new(None::<String>);
    let run = move |format: ExportFormat| {
        let to_day = care.day.get_untracked();
        let from_day = from.get_untracked();
        // Without a start, the 30 days up to the day shown.
        let from_ms = time::day_bounds(&from_day)
            .map(|d| d.0)
            .or_else(|| time::days_ending(&to_day, 30).and_then(|b| b.first().copied()));
        let (Some(from_ms), Some((_, to_ms))) = (from_ms, time::day_bounds(&to_day)) else {
            return;
        };
        let request = ExportRequest {
            resident_id,
            from_ms,
            to_ms,
            format,
            language: tr.lang.get_untracked(),
        };
        report.clear();
        written.set(None);
        report.call::<commands::Export>(request, move |done| {
            written.set(Some(done.path.clone()));
            report.say(
                "export-done",
                &[("path", &done.path), ("count", &done.notes.to_string())],
            )
        });
    };
    view! {
        <section class="export" aria-labelledby="export-heading">
            <h3 id="export-heading">{move || tr.t("export-heading", &[])}</h3>
            <div class="filters">
                <label>
                    {move || tr.t("search-from", &[])}
                    <input id="export-from" type="date" on:change=move |ev| from.set(event_target_value(&ev)) />
                </label>
                <p class="export-to">{move || tr.t("export-to", &[("day", &care.day.get())])}</p>
            </div>
            <div class="decide">
                <button id="export-pdf" class="compact" on:click=move |_| run(ExportFormat::Pdf)>"PDF"</button>
                <button id="export-csv" class="compact" on:click=move |_| run(ExportFormat::Csv)>"CSV"</button>
                <button id="export-fhir" class="compact" on:click=move |_| run(ExportFormat::Fhir)>"FHIR (JSON)"</button>
            </div>
            <ReportLine report id="export-message" />
            {move || written.get().map(|path| view! { <OpenButton path id="export-open".to_string() /> })}
        </section>
    }
}

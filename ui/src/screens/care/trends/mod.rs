//! How a resident has been over 14 or 30 days: one row a topic (mood, sleep, appetite,
//! pain), a mark a day at the day's most concerning reading — filled once people have
//! decided on every reading that day, hollow while any is only inferred. The same figures
//! as a table, for screen readers and for anyone who prefers one.

mod chart;
mod table;

use hearth_wire::{commands, TrendQuery};
use leptos::prelude::*;

use super::care;
use crate::i18n::tr;
use crate::tauri;
use crate::time;
use chart::TrendChart;
use table::TrendRows;

/// The rows of the chart and the columns of the table, in this order.
const TOPICS: [&str; 4] = ["mood", "sleep", "appetite", "pain"];

#[component]
pub fn Trends(resident_id: i64) -> impl IntoView {
    let tr = tr();
    let care = care();
    let span = RwSignal::new(14u32);
    let bounds = Memo::new(move |_| time::days_ending(&care.day.get(), span.get()));
    // Asked again when the day, the span or a decision changes; only the latest answer is
    // applied (7, 14 and 30 days clicked quickly show 30).
    let answer = LocalResource::new(move || {
        care.decisions.track();
        let bounds = bounds.get();
        async move {
            let bounds = bounds?;
            let query = TrendQuery {
                resident_id,
                bounds,
            };
            tauri::invoke::<commands::Trends>(&query).await.ok()
        }
    });
    let days = Signal::derive(move || answer.get().flatten().unwrap_or_default());
    let bounds = Signal::from(bounds);
    let span_button = move |n: u32, id: &'static str| {
        view! {
            <button id=id class="compact" aria-pressed=move || (span.get() == n).to_string()
                on:click=move |_| span.set(n)>
                {move || tr.t("trends-days", &[("count", &n.to_string())])}
            </button>
        }
    };
    view! {
        <section class="trends" aria-labelledby="trends-heading">
            <div class="view-head">
                <h3 id="trends-heading">{move || tr.t("trends-heading", &[])}</h3>
                <div class="span-choice" role="group" aria-label=move || tr.t("trends-span", &[])>
                    {span_button(14, "trends-14")}
                    {span_button(30, "trends-30")}
                </div>
            </div>
            <TrendChart days bounds span />
            <p class="legend">
                <span class="key decided" aria-hidden="true">"●"</span>{move || tr.t("trends-decided", &[])}
                <span class="key inferred" aria-hidden="true">"○"</span>{move || tr.t("trends-inferred", &[])}
            </p>
            <p class="legend">{move || tr.t("trends-scale", &[])}</p>
            <details>
                <summary id="trends-table-toggle">{move || tr.t("trends-table", &[])}</summary>
                <table id="trends-table">
                    <thead>
                        <tr>
                            <th scope="col">{move || tr.t("filter-day", &[])}</th>
                            {TOPICS.iter().map(|t| view! { <th scope="col">{move || tr.t(&format!("kind-{t}"), &[])}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody><TrendRows days bounds /></tbody>
                </table>
            </details>
        </section>
    }
}

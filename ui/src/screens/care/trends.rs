//! How a resident has been over 14 or 30 days: one row a topic (mood, sleep, appetite,
//! pain), a mark a day at the day's most concerning reading — filled once people have
//! decided on every reading that day, hollow while any is only inferred. The same figures
//! as a table, for screen readers and for anyone who prefers one.

use hearth_wire::{commands, DayReadingView, TrendQuery};
use leptos::prelude::*;

use super::care;
use crate::i18n::tr;
use crate::tauri;
use crate::time;

const TOPICS: [&str; 4] = ["mood", "sleep", "appetite", "pain"];
const ROW: f64 = 70.0;
const LEFT: f64 = 130.0;
const WIDTH: f64 = 900.0;

/// Where a reading sits in its row, 0 (top: good) to 1 (bottom: most concerning).
fn level(d: &DayReadingView) -> f64 {
    let r = &d.reading;
    match (r.kind.as_str(), r.value.as_str()) {
        ("pain", "present") => r.severity.map_or(0.5, |s| f64::from(s) / 10.0),
        ("pain", _) => 0.0,
        ("mood", "neutral") => 0.5,
        (_, "low" | "poor") => 1.0,
        _ => 0.0,
    }
}

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
    let days = move || answer.get().flatten().unwrap_or_default();
    let span_button = move |n: u32, id: &'static str| {
        view! {
            <button id=id class="compact" aria-pressed=move || (span.get() == n).to_string()
                on:click=move |_| span.set(n)>
                {move || tr.t("trends-days", &[("count", &n.to_string())])}
            </button>
        }
    };
    let chart = move || {
        let n = span.get() as f64;
        let step = (WIDTH - LEFT - 20.0) / n;
        let x = move |day: usize| LEFT + step * (day as f64 + 0.5);
        let height = ROW * TOPICS.len() as f64 + 30.0;
        let rows = TOPICS
            .iter()
            .enumerate()
            .map(|(i, topic)| {
                let top = ROW * i as f64 + 10.0;
                let label = format!("kind-{topic}");
                view! {
                    <g class="trend-row">
                        <text x="0" y=top + ROW / 2.0 class="trend-label">{move || tr.t(&label, &[])}</text>
                        <line x1=LEFT x2=WIDTH - 20.0 y1=top + 8.0 y2=top + 8.0 class="trend-grid" />
                        <line x1=LEFT x2=WIDTH - 20.0 y1=top + ROW - 12.0 y2=top + ROW - 12.0 class="trend-grid" />
                    </g>
                }
            })
            .collect_view();
        let marks = days()
            .into_iter()
            .filter_map(|d| {
                let row = TOPICS.iter().position(|t| *t == d.reading.kind)?;
                let top = ROW * row as f64 + 10.0;
                let y = top + 8.0 + level(&d) * (ROW - 20.0);
                let decided = d.decided == d.readings;
                let words = tr.reading(&d.reading);
                let class = if decided {
                    "trend-mark decided"
                } else {
                    "trend-mark inferred"
                };
                Some(view! {
                    <circle cx=x(d.day) cy=y r="9" class=class>
                        <title>{words}</title>
                    </circle>
                })
            })
            .collect_view();
        let labels = bounds
            .get()
            .map(|b| {
                let every = if b.len() > 20 { 5 } else { 2 };
                b.iter()
                    .take(b.len() - 1)
                    .enumerate()
                    .filter(|(i, _)| (b.len() - 2 - i) % every == 0)
                    .map(|(i, ms)| {
                        view! {
                            <text x=x(i) y=height - 4.0 class="trend-day" text-anchor="middle">{time::day_month(*ms)}</text>
                        }
                    })
                    .collect_view()
            });
        view! {
            <svg class="trend-chart" viewBox=format!("0 0 {WIDTH} {height}") role="img"
                aria-label=move || tr.t("trends-chart", &[])>
                {rows}
                {marks}
                {labels}
            </svg>
        }
    };
    let table = move || {
        let b = bounds.get().unwrap_or_default();
        let list = days();
        b.iter()
            .take(b.len().saturating_sub(1))
            .enumerate()
            .rev()
            .filter(|(i, _)| list.iter().any(|d| d.day == *i))
            .map(|(i, ms)| {
                let cells = TOPICS
                    .iter()
                    .map(|t| {
                        let cell = list
                            .iter()
                            .find(|d| d.day == i && d.reading.kind == *t)
                            .map(|d| {
                                let state = if d.decided == d.readings {
                                    "trends-decided"
                                } else {
                                    "trends-inferred"
                                };
                                format!("{} ({})", tr.reading(&d.reading), tr.t(state, &[]))
                            });
                        view! { <td>{cell.unwrap_or_default()}</td> }
                    })
                    .collect_view();
                view! { <tr><th scope="row">{time::date(*ms)}</th>{cells}</tr> }
            })
            .collect_view()
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
            {chart}
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
                    <tbody>{table}</tbody>
                </table>
            </details>
        </section>
    }
}

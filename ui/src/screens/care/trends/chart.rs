//! The trend chart: a row a topic, a mark a day at the day's most concerning reading, filled
//! once people decided on every reading that day, hollow while any is only inferred.

use hearth_wire::DayReadingView;
use leptos::prelude::*;

use super::TOPICS;
use crate::i18n::tr;
use crate::time;

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

/// `days`' readings over the days that start at `bounds`, `span` days wide.
#[component]
pub(super) fn TrendChart(
    days: Signal<Vec<DayReadingView>>,
    bounds: Signal<Option<Vec<i64>>>,
    #[prop(into)] span: Signal<u32>,
) -> impl IntoView {
    let tr = tr();
    move || {
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
        let marks = days
            .get()
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
    }
}

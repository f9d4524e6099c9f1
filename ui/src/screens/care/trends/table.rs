//! The trend chart's figures as table rows, newest day first: for screen readers and for
//! anyone who prefers a table.

use hearth_wire::DayReadingView;
use leptos::prelude::*;

use super::TOPICS;
use crate::i18n::tr;
use crate::time;

/// A row a day that has readings: each topic's reading, and whether people decided on it.
#[component]
pub(super) fn TrendRows(
    days: Signal<Vec<DayReadingView>>,
    bounds: Signal<Option<Vec<i64>>>,
) -> impl IntoView {
    let tr = tr();
    move || {
        let b = bounds.get().unwrap_or_default();
        let list = days.get();
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
    }
}

//! Finding what was said: words (accents and case ignored; the start of a word is enough),
//! by resident, between two days, with a kind of reading.

use hearth_wire::{commands, SearchQuery};
use leptos::prelude::*;

use super::care;
use super::note_card::NoteCard;
use crate::i18n::tr;
use crate::tauri;
use crate::time;
use crate::widgets::ProblemLine;

const KINDS: [&str; 6] = ["urgent", "pain", "mood", "sleep", "appetite", "loneliness"];

#[component]
pub fn Search() -> impl IntoView {
    let tr = tr();
    let care = care();
    let words = RwSignal::new(String::new());
    let resident = RwSignal::new(None::<i64>);
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let kind = RwSignal::new(String::new());
    // An action: only the latest search's answer is shown, so a slow reply to an earlier
    // search (other words, another resident) can never stand under the newer question.
    let search = Action::new_local(|query: &SearchQuery| {
        let query = query.clone();
        async move { tauri::invoke::<commands::Search>(&query).await }
    });
    let found = move || search.value().get().and_then(Result::ok);
    let problem = move || search.value().get().and_then(Result::err);

    let run = move || {
        let query = SearchQuery {
            words: words.get_untracked(),
            resident_id: resident.get_untracked(),
            from_ms: time::day_bounds(&from.get_untracked()).map(|d| d.0),
            to_ms: time::day_bounds(&to.get_untracked()).map(|d| d.1),
            signal: Some(kind.get_untracked()).filter(|k| !k.is_empty()),
        };
        search.dispatch(query);
    };

    view! {
        <h2>{move || tr.t("search-heading", &[])}</h2>
        <form id="search-form" class="filters" role="search" on:submit=move |ev| {
            ev.prevent_default();
            run();
        }>
            <label class="grow">
                {move || tr.t("search-words", &[])}
                <input id="search-words" type="search" prop:value=move || words.get()
                    on:input=move |ev| words.set(event_target_value(&ev)) />
            </label>
            <label>
                {move || tr.t("filter-resident", &[])}
                <select id="search-resident" on:change=move |ev| resident.set(event_target_value(&ev).parse().ok())>
                    <option value="">{move || tr.t("filter-everyone", &[])}</option>
                    {move || {
                        care.residents
                            .get()
                            .into_iter()
                            .map(|r| view! { <option value=r.id.to_string()>{r.name}</option> })
                            .collect_view()
                    }}
                </select>
            </label>
            <label>
                {move || tr.t("search-from", &[])}
                <input id="search-from" type="date" on:change=move |ev| from.set(event_target_value(&ev)) />
            </label>
            <label>
                {move || tr.t("search-to", &[])}
                <input id="search-to" type="date" on:change=move |ev| to.set(event_target_value(&ev)) />
            </label>
            <label>
                {move || tr.t("search-signal", &[])}
                <select id="search-signal" on:change=move |ev| kind.set(event_target_value(&ev))>
                    <option value="">{move || tr.t("search-any-signal", &[])}</option>
                    {KINDS
                        .iter()
                        .map(|k| view! { <option value=*k>{move || tr.t(&format!("kind-{k}"), &[])}</option> })
                        .collect_view()}
                </select>
            </label>
            <button id="search-go" class="primary" type="submit">{move || tr.t("search-go", &[])}</button>
        </form>
        <ProblemLine problem=Signal::derive(problem) />
        <p id="search-count" role="status">
            {move || found().map(|f| tr.t("search-found", &[("count", &f.len().to_string())]))}
        </p>
        <ol id="search-results" class="notes">
            <For each=move || found().unwrap_or_default() key=|n| n.id let:n>
                <NoteCard note=n with_day=true />
            </For>
        </ol>
    }
}

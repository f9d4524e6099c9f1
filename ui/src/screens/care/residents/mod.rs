//! Residents, for a staff administrator: add, edit and archive; what each enjoys talking
//! about and what to avoid; how Hearth talks with them; and their consent, purpose by
//! purpose, with who answered. (The backend refuses anyone else, whatever the window shows.)

mod consent;
mod form;
mod rights;

use hearth_wire::{commands, ArchiveResident, ErasedView, ResidentProfileView};
use leptos::prelude::*;
use leptos::task::spawn_local;
use reactive_stores::Store;

use super::care;
use crate::i18n::tr;
use crate::tauri;
use crate::widgets::{Report, ReportLine};
use consent::Consent;
use form::{Draft, DraftStoreFields, ResidentForm};
use rights::Rights;

#[component]
pub fn Residents(shown: Signal<bool>) -> impl IntoView {
    let tr = tr();
    let care = care();
    let profiles = RwSignal::new(Vec::<ResidentProfileView>::new());
    // The form's draft, and whether the form is open (a closed form keeps its last draft
    // unseen; opening one always sets a new one).
    let draft = Store::new(Draft::default());
    let form_open = RwSignal::new(false);
    let open_form = move |d: Draft| {
        draft.set(d);
        form_open.set(true);
    };
    // What the last action came to, said where it was done (a long form's Save is far from
    // the top of the screen): the list's, the form's, the consent's and the rights' own.
    let report = Report::new();
    let form_report = Report::new();
    let consent_report = Report::new();
    let rights_report = Report::new();
    let quiet = move || {
        for r in [report, form_report, consent_report, rights_report] {
            r.clear();
        }
    };
    // Kept here, not in the consent panel: the panel is redrawn after each answer, and one
    // person usually answers for several purposes in a row.
    let given_by = RwSignal::new(String::new());
    let reload = move || {
        report.call::<commands::ResidentProfiles>((), move |list| profiles.set(list));
        // The other views' lists (board, notes) follow the change.
        spawn_local(async move {
            if let Ok(list) = tauri::invoke::<commands::Residents>(&()).await {
                care.residents.set(list);
            }
        });
    };
    Effect::new(move |_| {
        if shown.get() {
            reload();
        }
    });
    // The form is drawn again only when another resident is opened, not at each keystroke
    // (which would lose the caret and the checkboxes' clicks): a keystroke writes one field
    // of the draft, and the id's readers hear only a change of id.
    let editing_id = Memo::new(move |_| form_open.get().then(|| draft.id().get()).flatten());
    let editing = move || editing_id.get();
    let editing_profile = move || {
        let id = editing()?;
        profiles.with(|list| list.iter().find(|p| p.resident.id == id).cloned())
    };
    let save = move || {
        let request = draft.with_untracked(Draft::request);
        form_report.call::<commands::SaveResident>(request, move |saved| {
            form_report.say("resident-saved", &[]);
            draft.id().set(Some(saved.id));
            reload();
        });
    };
    let archive = move |archived: bool| {
        let Some(id) = editing() else { return };
        report.call::<commands::ArchiveResident>(ArchiveResident { id, archived }, move |()| {
            reload()
        });
    };

    let rows = move || {
        profiles
            .get()
            .into_iter()
            .map(|p| {
                let r = p.resident.clone();
                let name = r.name.clone();
                let edit = Draft::of(&p);
                let state = if r.may_listen {
                    "resident-may-listen"
                } else {
                    "resident-no-consent"
                };
                view! {
                    <li class="resident-row" class:archived=p.archived>
                        <strong>{name.clone()}</strong>
                        " (" {r.language.clone()} ") "
                        {p.archived.then(|| view! { <span class="badge">{move || tr.t("resident-archived", &[])}</span> })}
                        <span class="consent-state" data-may-listen=r.may_listen.to_string()>
                            {move || tr.t(state, &[])}
                        </span>
                        <button id=format!("edit-resident-{}", r.id) class="compact" on:click=move |_| {
                            quiet();
                            given_by.set(String::new());
                            open_form(edit.clone());
                        }>
                            {move || tr.t("resident-edit", &[("name", &name)])}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <h2>{move || tr.t("residents-heading", &[])}</h2>
        <ul id="resident-list" class="handover-list">{rows}</ul>
        <button id="resident-new" class="compact" on:click=move |_| {
            quiet();
            open_form(Draft { language: tr.lang.get_untracked(), ..Draft::default() });
        }>
            {move || tr.t("resident-new", &[])}
        </button>
        <ReportLine report id="profile-message" />
        {move || form_open.get().then(|| view! {
            <ResidentForm draft=draft on_save=save on_cancel=move || form_open.set(false) report=form_report />
            {move || editing_profile().map(|p| {
                let archived = p.archived;
                view! {
                    <Consent profile=p.clone() given_by=given_by on_change=reload report=consent_report />
                    <Rights profile=p report=rights_report on_erased=move |gone: ErasedView| {
                        report.say("rights-erased", &[
                            ("notes", &gone.notes.to_string()),
                            ("files", &gone.files.to_string()),
                        ]);
                        form_open.set(false);
                        reload();
                    } />
                    <p>
                        <button id=if archived { "resident-restore" } else { "resident-archive" } class="compact"
                            on:click=move |_| archive(!archived)>
                            {move || tr.t(if archived { "resident-restore" } else { "resident-archive" }, &[])}
                        </button>
                    </p>
                }
            })}
        })}
    }
}

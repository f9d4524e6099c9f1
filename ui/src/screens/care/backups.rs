//! Backups, for a staff administrator: the journal backed up to a USB stick (or this device's
//! own folder), and a backup restored over this device's journal, which is kept aside. After
//! a restore Hearth starts again, locked under the backup's passphrase.

use hearth_wire::{commands, BackupView, Backups, RestoreBackup};
use leptos::prelude::*;

use crate::i18n::tr;
use crate::tauri;
use crate::time;
use crate::widgets::{Report, ReportLine};

#[component]
pub fn BackupsPanel(shown: Signal<bool>) -> impl IntoView {
    let tr = tr();
    let report = Report::new();
    let looked = RwSignal::new(0u32);
    // Looked for each time the staff screen is shown (a stick may have been put in since).
    let listed = LocalResource::new(move || {
        looked.track();
        let shown = shown.get();
        async move {
            if !shown {
                return None;
            }
            tauri::invoke::<commands::Backups>(&()).await.ok()
        }
    });
    let backups = move || {
        listed.get().flatten().unwrap_or(Backups {
            places: Vec::new(),
            found: Vec::new(),
        })
    };
    let passphrase = RwSignal::new(String::new());
    let replace = RwSignal::new(false);
    let back_up = move |place: String| {
        report.clear();
        report.call::<commands::MakeBackup>(place, move |made| {
            report.say("backup-made", &[("path", &made)]);
            looked.update(|n| *n += 1);
        });
    };
    let restore = move |path: String| {
        report.clear();
        let request = RestoreBackup {
            path,
            passphrase: passphrase.get_untracked().into(),
            replace: replace.get_untracked(),
        };
        report.call::<commands::RestoreBackup>(request, move |_| {
            passphrase.set(String::new());
            report.say("backup-restored", &[]);
        });
    };
    let place = move |(i, path): (usize, String)| {
        let label = path.clone();
        view! {
            <li>
                <button id=format!("backup-to-{i}") class="compact" on:click=move |_| back_up(path.clone())>
                    {move || tr.t("backup-here", &[("place", &label)])}
                </button>
            </li>
        }
    };
    let found = move |(i, b): (usize, BackupView)| {
        let when = b
            .created_ms
            .map(|ms| format!("{} {}", time::date(ms), time::clock(ms)));
        let path = b.path.clone();
        let whole = b.problem.is_none();
        view! {
            <li class="resident-row">
                <strong>{when.unwrap_or_default()}</strong> " " {b.path.clone()}
                {b.problem.clone().map(|p| view! { <p class="status problem">{p}</p> })}
                <button id=format!("restore-{i}") class="compact danger" hidden=!whole
                    on:click=move |_| restore(path.clone())>
                    {move || tr.t("backup-restore", &[])}
                </button>
            </li>
        }
    };
    view! {
        <section id="backups" aria-labelledby="backups-heading">
            <h2 id="backups-heading">{move || tr.t("backup-heading", &[])}</h2>
            <p class="first-run">{move || tr.t("backup-text", &[])}</p>
            <ul id="backup-places" class="handover-list">
                {move || backups().places.into_iter().enumerate().map(place).collect_view()}
            </ul>
            <button id="backup-look" class="compact" on:click=move |_| looked.update(|n| *n += 1)>
                {move || tr.t("backup-look", &[])}
            </button>
            <h3>{move || tr.t("backup-restore-heading", &[])}</h3>
            <p>{move || tr.t("backup-restore-text", &[])}</p>
            <label>{move || tr.t("backup-passphrase", &[])}
                <input id="restore-passphrase" type="password" autocomplete="off"
                    prop:value=move || passphrase.get() on:input=move |ev| passphrase.set(event_target_value(&ev)) />
            </label>
            <label class="check">
                <input id="restore-replace" type="checkbox" prop:checked=move || replace.get()
                    on:change=move |ev| replace.set(event_target_checked(&ev)) />
                {move || tr.t("backup-replace", &[])}
            </label>
            <ul id="backups-found" class="handover-list">
                {move || {
                    let found_now = backups().found;
                    if found_now.is_empty() {
                        view! { <li>{tr.t("backup-none", &[])}</li> }.into_any()
                    } else {
                        found_now.into_iter().enumerate().map(found).collect_view().into_any()
                    }
                }}
            </ul>
            <ReportLine report id="backup-message" />
        </section>
    }
}

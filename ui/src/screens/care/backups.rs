//! Backups, for a staff administrator: the journal backed up to a USB stick (or this device's
//! own folder), and a backup restored over this device's journal, which is kept aside. After
//! a restore Hearth starts again, locked under the backup's passphrase.

use hearth_wire::{commands, BackupView, Backups, DailyBackup, DailyBackupStatus, RestoreBackup};
use leptos::prelude::*;

use crate::i18n::tr;
use crate::problem;
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
            daily: DailyBackupStatus {
                setting: None,
                last_ms: None,
                problem: None,
            },
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
                {b.problem.clone().map(|p| view! { <p class="status problem">{problem::say(&tr, &p)}</p> })}
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
            <DailyBackups
                places=Signal::derive(move || backups().places)
                status=Signal::derive(move || backups().daily)
                changed=move || looked.update(|n| *n += 1) />
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

/// Daily backups: on into one of the places (keeping the newest few) or off, and how the
/// last one went.
#[component]
fn DailyBackups(
    places: Signal<Vec<String>>,
    status: Signal<DailyBackupStatus>,
    changed: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let tr = tr();
    let report = Report::new();
    let place = RwSignal::new(None::<String>);
    let keep = RwSignal::new(7u32);
    let set = move |daily: Option<DailyBackup>| {
        report.clear();
        let on = daily.is_some();
        report.call::<commands::SetDailyBackup>(daily, move |()| {
            report.say(if on { "daily-now-on" } else { "daily-now-off" }, &[]);
            changed();
        });
    };
    let switch_on = move |_| {
        // The place chosen, else the first listed (a stick, if one is in).
        let folder = place
            .get_untracked()
            .or_else(|| places.get_untracked().first().cloned());
        if let Some(folder) = folder {
            set(Some(DailyBackup {
                folder,
                keep: keep.get_untracked(),
            }));
        }
    };
    let said = move || {
        let s = status.get();
        let Some(d) = s.setting else {
            return tr.t("daily-off", &[]);
        };
        let mut line = tr.t(
            "daily-on",
            &[("place", &d.folder), ("keep", &d.keep.to_string())],
        );
        let newest = match s.last_ms {
            Some(ms) => tr.t(
                "daily-newest",
                &[("when", &format!("{} {}", time::date(ms), time::clock(ms)))],
            ),
            None => tr.t("daily-none-yet", &[]),
        };
        line = format!("{line} {newest}");
        if let Some(p) = s.problem {
            line = format!(
                "{line} {}",
                tr.t("daily-failed", &[("why", &problem::say(&tr, &p))])
            );
        }
        line
    };
    view! {
        <h3 id="daily-heading">{move || tr.t("daily-heading", &[])}</h3>
        <p id="daily-status" role="status">{said}</p>
        <div class="span-choice">
            <label>
                {move || tr.t("daily-where", &[])}
                <select id="daily-place" on:change=move |ev| place.set(Some(event_target_value(&ev)))>
                    {move || places.get().into_iter().map(|p| {
                        let (value, shown) = (p.clone(), p.clone());
                        view! { <option value=value selected=move || place.get().as_ref() == Some(&p)>{shown}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label>
                {move || tr.t("daily-keep", &[])}
                <select id="daily-keep" on:change=move |ev| keep.set(event_target_value(&ev).parse().unwrap_or(7))>
                    {[7u32, 14, 30].into_iter().map(|n| view! {
                        <option value=n.to_string() selected=move || keep.get() == n>{n.to_string()}</option>
                    }).collect_view()}
                </select>
            </label>
        </div>
        <div class="span-choice" role="group" aria-labelledby="daily-heading">
            <button id="daily-on" class="compact" on:click=switch_on>
                {move || tr.t("daily-switch-on", &[])}
            </button>
            <button id="daily-off" class="compact" hidden=move || status.get().setting.is_none()
                on:click=move |_| set(None)>
                {move || tr.t("daily-switch-off", &[])}
            </button>
        </div>
        <ReportLine report id="daily-message" />
    }
}

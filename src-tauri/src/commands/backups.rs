//! Backups of the journal (administrators): where they can go (USB sticks, this device's own
//! folder), one made while Hearth runs, and one restored over this device's journal, which is
//! kept aside. After a restore Hearth starts again, locked: the restored journal opens with
//! the passphrase it was backed up under, and everything (staff, purge) is its own.

use std::path::PathBuf;
use std::time::Duration;

use hearth_core::access::Role;
use hearth_core::audit::Entry;
use hearth_core::backup::{self, daily};
use hearth_core::clock::now_ms;
use hearth_core::paths;
use hearth_core::refusal::Refusal;
use hearth_core::store::Secret;
use hearth_wire::{
    commands as wire, ArgsOf, BackupView, DailyBackup, DailyBackupStatus, Problem, ReplyOf,
    Restored,
};
use tauri::{AppHandle, Runtime};

use crate::audited::changed;
use crate::problems::{problem, ToProblem};
use crate::state::with;
use crate::AppState;

/// How long the window shows "restored" before Hearth starts again.
const RESTART_AFTER: Duration = Duration::from_secs(4);

fn found() -> Vec<BackupView> {
    backup::find(&backup::places())
        .into_iter()
        .map(|(path, checked)| {
            let path = path.display().to_string();
            match checked {
                Ok(m) => BackupView {
                    path,
                    hearth: Some(m.hearth),
                    created_ms: Some(m.created_ms),
                    problem: None,
                },
                Err(e) => BackupView {
                    path,
                    hearth: None,
                    created_ms: None,
                    problem: Some(e.to_problem()),
                },
            }
        })
        .collect()
}

#[tauri::command]
pub async fn backups(state: tauri::State<'_, AppState>) -> Result<ReplyOf<wire::Backups>, Problem> {
    crate::session::require(&state, Role::Admin)?;
    let setting = with(&state, |s| daily::setting(s))?;
    let problem = state.daily.problem();
    let listed = tauri::async_runtime::spawn_blocking(move || hearth_wire::Backups {
        places: backup::places()
            .into_iter()
            .map(|p| p.display().to_string())
            .collect(),
        found: found(),
        daily: DailyBackupStatus {
            last_ms: setting
                .as_ref()
                .and_then(daily::newest)
                .map(|(_, m)| m.created_ms),
            setting: setting.map(|d| DailyBackup {
                folder: d.folder.display().to_string(),
                keep: d.keep,
            }),
            problem,
        },
    });
    listed.await.map_err(|e| Problem::Engine {
        detail: e.to_string(),
    })
}

/// Daily backups on, into one of the places listed, or off; logged, and looked at at once.
#[tauri::command]
pub async fn set_daily_backup(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::SetDailyBackup>,
) -> Result<ReplyOf<wire::SetDailyBackup>, Problem> {
    let who = crate::session::require(&state, Role::Admin)?;
    let chosen = match args {
        Some(d) => {
            let folder = PathBuf::from(&d.folder);
            if !backup::places().contains(&folder) {
                return Err(problem(Refusal::BackupPlaceNotFound { path: d.folder }));
            }
            Some(daily::Daily {
                folder,
                keep: d.keep,
            })
        }
        None => None,
    };
    let detail = chosen.as_ref().map_or_else(
        || "off".to_string(),
        |d| format!("into {}, keeping {}", d.folder.display(), d.keep),
    );
    let entry = Entry::new(&who.name, "change_daily_backup", "journal", detail);
    changed(&state, entry, |s| {
        daily::set(s, chosen.as_ref(), &who.name, now_ms())
    })?;
    // Looks now under the new setting (and starts looking, if nothing had started it).
    state.daily.start(crate::state::current(&state)?);
    Ok(())
}

/// Backs up into one of the places listed (and only those), with the journal held still.
#[tauri::command]
pub async fn make_backup(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::MakeBackup>,
) -> Result<ReplyOf<wire::MakeBackup>, Problem> {
    let who = crate::session::require(&state, Role::Admin)?;
    let place = PathBuf::from(&args);
    if !backup::places().contains(&place) {
        return Err(problem(Refusal::BackupPlaceNotFound { path: args }));
    }
    let made = with(&state, |s| {
        backup::make(s, &place, &who.name, env!("CARGO_PKG_VERSION"), now_ms())
    })?;
    log::info!("journal backed up");
    Ok(made.display().to_string())
}

/// Restores one of the backups found over this device's journal (kept aside), then starts
/// Hearth again.
#[tauri::command]
pub async fn restore_backup<R: Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::RestoreBackup>,
) -> Result<ReplyOf<wire::RestoreBackup>, Problem> {
    let who = crate::session::require(&state, Role::Admin)?;
    if !args.replace {
        return Err(problem(Refusal::RestoreNotConfirmed));
    }
    let chosen = PathBuf::from(&args.path);
    if !backup::find(&backup::places())
        .iter()
        .any(|(p, _)| *p == chosen)
    {
        return Err(problem(Refusal::BackupNotFound { path: args.path }));
    }
    crate::stop_microphone(&state);
    let journal = paths::journal_file();
    let restored = tauri::async_runtime::spawn_blocking(move || {
        let secret = Secret::Passphrase(args.passphrase.expose());
        backup::restore(&chosen, secret, &journal, &who.name, now_ms())
    })
    .await
    .map_err(|e| Problem::Engine {
        detail: e.to_string(),
    })?
    .map_err(problem)?;
    log::info!("journal restored from a backup; Hearth starts again");
    // The journal the window had is not the one on disk any more: nothing may write to it.
    *state.journal.write().unwrap_or_else(|e| e.into_inner()) = crate::state::Slot::Locked;
    if let Ok(mut session) = state.session.lock() {
        *session = None;
    }
    crate::single_instance::closing();
    std::thread::spawn(move || {
        std::thread::sleep(RESTART_AFTER);
        app.restart();
    });
    Ok(Restored {
        replaced: restored.replaced.map(|p| p.display().to_string()),
    })
}

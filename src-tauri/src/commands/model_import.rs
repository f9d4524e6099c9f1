//! Putting a speech model on the device from the staff screens: the files found on a USB stick
//! or in Downloads, and copying one in with progress events; once it is in place, the loader
//! runs again and the window's status line follows. First run or administrators only.

use std::path::PathBuf;

use hearth_core::audit::{self, Entry};
use hearth_core::models::from_file::{find, import_file, search_dirs};
use hearth_core::models::Catalog;
use hearth_core::paths;
use hearth_core::refusal::Refusal;
use hearth_wire::{commands as wire, events, ArgsOf, ModelFile, ModelImport, Problem, ReplyOf};
use tauri::{AppHandle, Emitter, Runtime};

use crate::problems::problem;
use crate::session::first_run_or_admin;
use crate::AppState;

#[tauri::command]
pub async fn model_files(
    state: tauri::State<'_, AppState>,
) -> Result<ReplyOf<wire::ModelFiles>, Problem> {
    first_run_or_admin(&state)?;
    let found = tauri::async_runtime::spawn_blocking(|| find(&search_dirs()))
        .await
        .map_err(|e| Problem::Engine {
            detail: e.to_string(),
        })?;
    Ok(found
        .into_iter()
        .map(|f| ModelFile {
            path: f.path.display().to_string(),
            size: f.size,
        })
        .collect())
}

/// Starts the copy (only a file that was found may be named) and answers at once.
#[tauri::command]
pub async fn import_model<R: Runtime>(
    app: AppHandle<R>,
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::ImportModel>,
) -> Result<ReplyOf<wire::ImportModel>, Problem> {
    let by = first_run_or_admin(&state)?;
    let src = PathBuf::from(&args.path);
    let known = find(&search_dirs()).into_iter().any(|f| f.path == src);
    if !known {
        return Err(problem(Refusal::ModelFileNotFound {
            path: src.display().to_string(),
        }));
    }
    let (status, transcriber) = (state.model.clone(), state.transcriber.clone());
    let journal = crate::state::current(&state).ok();
    let spawned = std::thread::Builder::new()
        .name("model-import".into())
        .spawn(move || {
            let say = |m: ModelImport| {
                if let Err(e) = app.emit(events::MODEL_IMPORT, m) {
                    log::warn!("could not tell the window about the import: {e}");
                }
            };
            // A percent at a time: enough to see it move, not a flood of events.
            let mut shown = u64::MAX;
            let mut progress = |done: u64, total: u64| {
                let percent = done * 100 / total.max(1);
                if percent != shown {
                    shown = percent;
                    say(ModelImport::Copying { done, total });
                }
            };
            match import_file(
                &Catalog::builtin(),
                &src,
                &paths::models_dir(),
                &mut progress,
            ) {
                Ok(model) => {
                    log::info!(
                        "speech model {} installed from {}",
                        model.name,
                        src.display()
                    );
                    if let Some(j) = journal {
                        let entry = Entry::new(&by, "import_model", &model.name, "");
                        let _ = crate::state::locked(&j, |s| audit::record(s, &entry));
                    }
                    say(ModelImport::Installed { name: model.name });
                    if transcriber.get().is_none() {
                        crate::model_loader::spawn(app.clone(), status, transcriber);
                    }
                }
                Err(e) => {
                    log::warn!("model import from {}: {e}", src.display());
                    say(ModelImport::Failed {
                        detail: e.to_string(),
                    })
                }
            }
        });
    spawned.map(|_| ()).map_err(|e| Problem::Engine {
        detail: e.to_string(),
    })
}

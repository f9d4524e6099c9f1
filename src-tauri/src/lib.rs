//! The Hearth window. Commands here are thin: they read state, call hearth-core, and answer
//! with hearth-wire types. Long work (loading the speech model) runs on its own thread and
//! reports through events, so the window is usable at once.

mod journal;
mod listening;
mod model_loader;

use std::sync::{Arc, Mutex, OnceLock};

use hearth_core::listen::Session;
use hearth_core::speech::Transcriber;

use hearth_wire::{AppStatus, JournalStatus, ModelStatus};
use tauri::Manager;

/// What the window can ask about.
pub struct AppState {
    pub model: Arc<Mutex<ModelStatus>>,
    /// Set once the model has loaded; recognition will use it.
    pub transcriber: Arc<OnceLock<Transcriber>>,
    /// The open journal, or why it could not be opened (shown on screen; the rest works).
    pub journal: Result<journal::Journal, String>,
    pub journal_status: JournalStatus,
    /// The turn being listened to, if any: one at a time.
    pub listening: Mutex<Option<Session>>,
}

#[tauri::command]
fn app_status(state: tauri::State<'_, AppState>) -> AppStatus {
    let model = state
        .model
        .lock()
        .map(|m| m.clone())
        .unwrap_or_else(|_| ModelStatus::Failed {
            detail: "internal error".into(),
        });
    AppStatus {
        version: env!("CARGO_PKG_VERSION").to_string(),
        model,
        journal: state.journal_status.clone(),
    }
}

pub fn run() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let result = tauri::Builder::default()
        .setup(|app| {
            let (journal, journal_status) = journal::open();
            let state = AppState {
                model: Arc::new(Mutex::new(ModelStatus::Loading {
                    name: String::new(),
                })),
                transcriber: Arc::new(OnceLock::new()),
                journal,
                journal_status,
                listening: Mutex::new(None),
            };
            model_loader::spawn(
                app.handle().clone(),
                state.model.clone(),
                state.transcriber.clone(),
            );
            app.manage(state);
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            app_status,
            journal::residents,
            journal::notes,
            listening::start_listening,
            listening::stop_listening
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("Hearth could not start its window: {e}");
        std::process::exit(1);
    }
}

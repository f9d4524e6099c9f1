//! The Hearth window. Commands here are thin: they read state, call hearth-core, and answer
//! with hearth-wire types. Long work (loading the speech model) runs on its own thread and
//! reports through events, so the window is usable at once.

mod audited;
mod checks;
mod commands;
mod listen_session;
mod microphone;
mod model_loader;
mod problems;
mod purger;
mod session;
mod state;
mod unlocking;
mod views;

use std::sync::{Arc, Mutex, OnceLock};

use hearth_core::signals::MeaningReader;
use hearth_core::speech::Transcriber;
use hearth_wire::ModelStatus;

/// What the window can ask about.
pub struct AppState {
    pub model: Arc<Mutex<ModelStatus>>,
    /// Set once the model has loaded; recognition will use it.
    pub transcriber: Arc<OnceLock<Transcriber>>,
    /// The second reader of wellbeing signals, set once loaded (never, when it is not
    /// installed: the lexicons read alone).
    pub meaning: Arc<OnceLock<Arc<MeaningReader>>>,
    /// The open journal, locked until the staff passphrase is typed, or why it could not be
    /// opened (shown on screen; the rest works).
    pub journal: state::JournalSlot,
    /// Who has the microphone: one turn of listening or one check-in at a time.
    pub mic: microphone::Mic,
    pub reader: state::ReaderSlot,
    /// The signed-in caregiver or administrator, if any (residents need none).
    pub session: Mutex<Option<hearth_core::access::Session>>,
    /// The words of prompts and notes, in every language (one copy, shared).
    pub i18n: Arc<hearth_i18n::I18n>,
    /// The retention purge in the background, and how far it got.
    pub purger: Arc<purger::Purger>,
}

/// Stops whoever is using the microphone (a consent was withdrawn): what is being heard is
/// not kept.
pub fn stop_microphone(state: &AppState) {
    state.mic.stop_listening();
    state.mic.send(hearth_core::companion::Control::Stop);
}

/// Hearth's state and commands on any Tauri runtime: the real window, or the mock one the
/// command tests drive.
pub fn with_hearth<R: tauri::Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    let state = AppState {
        model: Arc::new(Mutex::new(ModelStatus::Loading {
            name: String::new(),
        })),
        transcriber: Arc::new(OnceLock::new()),
        meaning: Arc::new(OnceLock::new()),
        journal: std::sync::RwLock::new(state::open()),
        mic: microphone::Mic::default(),
        reader: Default::default(),
        session: Mutex::new(None),
        i18n: Arc::new(hearth_i18n::I18n::load()),
        purger: Arc::default(),
    };
    let (model, transcriber) = (state.model.clone(), state.transcriber.clone());
    let meaning = state.meaning.clone();
    // The purge needs no window: it starts with the open journal (a locked one starts it
    // once unlocked).
    if let Ok(journal) = state::current(&state) {
        state.purger.start(journal);
    }
    builder
        .manage(state)
        .setup(move |app| {
            model_loader::spawn(app.handle().clone(), model, transcriber);
            model_loader::spawn_meaning(meaning);
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::status::app_status,
            commands::residents::residents,
            commands::residents::resident_profiles,
            commands::residents::save_resident,
            commands::residents::archive_resident,
            commands::residents::record_consent,
            commands::privacy::privacy_facts,
            commands::privacy::retention,
            commands::privacy::retention_preview,
            commands::privacy::set_retention,
            commands::privacy::confirm_clock,
            commands::privacy::subject_access,
            commands::privacy::erase_resident,
            commands::passphrase::unlock_journal,
            commands::passphrase::recover_journal,
            commands::passphrase::protect_journal,
            commands::passphrase::change_passphrase,
            commands::model_import::model_files,
            commands::model_import::import_model,
            commands::journal::notes,
            commands::listening::start_listening,
            commands::listening::stop_listening,
            commands::check_in::start_check_in,
            commands::check_in::check_in_tap,
            commands::check_in::stop_check_in,
            commands::read_aloud::read_aloud,
            commands::care_team::board,
            commands::care_team::review_signal,
            commands::care_team::search,
            commands::care_team::trends,
            commands::care_team::handover,
            commands::care_team::add_note,
            commands::care_team::revise_note,
            commands::care_team::note_history,
            commands::dictation::start_dictation,
            commands::dictation::stop_dictation,
            commands::access::staff,
            commands::access::sign_in,
            commands::access::unblock_staff,
            commands::access::sign_out,
            commands::access::signed_in,
            commands::access::add_staff,
            commands::access::reset_pin,
            commands::access::archive_staff,
            commands::audit::audit_log,
            commands::settings::display,
            commands::settings::set_display,
            commands::settings::device_language,
            commands::settings::set_device_language,
            commands::export::export
        ])
}

pub fn run() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let result = with_hearth(tauri::Builder::default()).run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("Hearth could not start its window: {e}");
        std::process::exit(1);
    }
}

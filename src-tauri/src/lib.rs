//! The Hearth window. Commands here are thin: they read state, call hearth-core, and answer
//! with hearth-wire types. Long work (loading the speech model) runs on its own thread and
//! reports through events, so the window is usable at once.

mod audited;
mod checks;
mod commands;
mod daily_backups;
mod kiosk;
mod listen_session;
mod logs;
mod microphone;
mod model_loader;
mod problems;
mod purger;
mod repeating;
mod session;
mod single_instance;
mod startup_failure;
mod state;
mod unlocking;
mod views;
mod window;

use std::sync::{Arc, Mutex, OnceLock};

use hearth_core::signals::MeaningReader;
use hearth_core::speech::Transcriber;
use hearth_wire::ModelStatus;
use tauri::Manager;

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
    /// The daily backup, if an administrator switched it on.
    pub daily: Arc<daily_backups::DailyBackups>,
    /// Shared or kiosk (read at start from the data folder; changed by an administrator).
    pub device: Mutex<hearth_core::device_mode::DeviceMode>,
}

/// Stops whoever is using the microphone (a consent was withdrawn): what is being heard is
/// not kept.
pub fn stop_microphone(state: &AppState) {
    state.mic.stop_listening();
    state.mic.send(hearth_core::companion::Control::Stop);
}

/// Starts the jobs that keep the open journal in the background: the retention purge and the
/// daily backup. They need no window, but start only once Hearth has (from `setup`), so a
/// start that fails leaves nothing writing while the process ends. A locked journal starts
/// them once unlocked. Public for the command tests, whose mock runtime never runs `setup`.
pub fn start_jobs(state: &AppState) {
    if let Ok(journal) = state::current(state) {
        state.purger.start(journal.clone());
        state.daily.start(journal);
    }
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
        daily: Arc::default(),
        device: Mutex::new(kiosk::load()),
    };
    let (model, transcriber) = (state.model.clone(), state.transcriber.clone());
    let meaning = state.meaning.clone();
    builder
        .manage(state)
        .setup(move |app| {
            // The window first: if it cannot open, Hearth says so and ends before any job or
            // model load has started (Tauri would otherwise panic out of its event loop).
            let window = match window::open(app, &hearth_core::paths::webview_dir()) {
                Ok(window) => window,
                Err(e) => startup_failure::Failure::window(e).tell_and_exit(),
            };
            start_jobs(&app.state::<AppState>());
            model_loader::spawn(app.handle().clone(), model, transcriber);
            model_loader::spawn_meaning(meaning);
            let kiosk = kiosk::mode(&app.state::<AppState>()).is_kiosk();
            if let (true, Some(window)) = (kiosk, window) {
                log::info!("this device is a kiosk: full screen, closed by staff");
                kiosk::keep_awake(&window, true);
            }
            Ok(())
        })
        .on_window_event(kiosk::on_window_event)
        .invoke_handler(commands::handler())
}

pub fn run() {
    let _log = logs::start();
    log::info!("Hearth {} starting", env!("CARGO_PKG_VERSION"));
    // Before the journal opens: a second start hands over to the first and goes.
    let door = match single_instance::claim(&hearth_core::paths::data_dir()) {
        Ok(single_instance::Claim::First(door)) => Some(door),
        Ok(single_instance::Claim::AlreadyRunning) => {
            log::info!("Hearth is already open here: it was brought to the front");
            return;
        }
        Err(e) => {
            log::warn!("could not check for another Hearth here ({e}); starting anyway");
            None
        }
    };
    window::forget_old_webview_folders();
    if let Some(failure) = startup_failure::Failure::no_display() {
        failure.tell_and_exit();
    }
    let mut context = tauri::generate_context!();
    kiosk::shape_config(context.config_mut(), kiosk::load());
    // The toolkit panics when it cannot start (GTK with a display it cannot reach): caught,
    // so the person is told in words rather than shown a stack trace, or nothing.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let built = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        with_hearth(tauri::Builder::default()).build(context)
    }));
    std::panic::set_hook(default_hook);
    let app = match built {
        Ok(Ok(app)) => app,
        Ok(Err(e)) => startup_failure::Failure::window(e).tell_and_exit(),
        Err(panic) => startup_failure::Failure::from_panic(&*panic).tell_and_exit(),
    };
    if let Some(door) = door {
        let handle = app.handle().clone();
        door.serve(move || {
            if let Some(window) = handle.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
        });
    }
    app.run(|app, event| {
        if let tauri::RunEvent::Exit = event {
            state::close_for_exit(&app.state::<AppState>());
        }
    });
}

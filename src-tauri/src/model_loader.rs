//! Loads the speech model in the background at start-up and tells the window how it went;
//! and the meaning model (the second reader of signals), which needs no window.

use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use hearth_core::models::{ModelError, ModelStore};
use hearth_core::signals::{meaning, Lexicon, MeaningReader};
use hearth_core::speech::{Transcriber, TranscriberConfig};
use hearth_wire::{events, ModelStatus};
use tauri::{AppHandle, Emitter, Runtime};

/// What installs a missing model: its package, for a Hearth installed from one; the
/// script, for a developer's build.
fn how_to_install(name: &str) -> String {
    let packaged = std::env::current_exe().is_ok_and(|exe| exe.starts_with("/usr"));
    if packaged {
        format!("sudo apt install ./hearth-model-{name}_*.deb")
    } else {
        format!("scripts/get-model.sh {name}")
    }
}

pub fn spawn<R: Runtime>(
    app: AppHandle<R>,
    status: Arc<Mutex<ModelStatus>>,
    slot: Arc<OnceLock<Transcriber>>,
) {
    let publish = move |s: ModelStatus| {
        if let Ok(mut slot) = status.lock() {
            *slot = s.clone();
        }
        if let Err(e) = app.emit(events::MODEL_STATUS, s) {
            log::warn!("could not tell the window about the model: {e}");
        }
    };
    std::thread::Builder::new()
        .name("model-loader".into())
        .spawn(move || {
            let store = ModelStore::on_this_device();
            let model = match store.resolve(None, None) {
                Ok(m) => m,
                Err(ModelError::NotInstalled { name, .. }) => {
                    let command = how_to_install(&name);
                    return publish(ModelStatus::Missing { name, command });
                }
                Err(e) => {
                    return publish(ModelStatus::Failed {
                        detail: e.to_string(),
                    })
                }
            };
            publish(ModelStatus::Loading {
                name: model.name.clone(),
            });
            let started = Instant::now();
            match Transcriber::load(&model.path, TranscriberConfig::default()) {
                Ok(transcriber) => {
                    let load_ms = started.elapsed().as_millis() as u64;
                    let _ = slot.set(transcriber);
                    publish(ModelStatus::Ready {
                        name: model.name.clone(),
                        weights: format!("{:?}", model.weights).to_lowercase(),
                        load_ms,
                    });
                    if let Some(transcriber) = slot.get() {
                        rest_between_conversations(transcriber);
                    }
                }
                Err(e) => publish(ModelStatus::Failed {
                    detail: e.to_string(),
                }),
            }
        })
        .map(|_| ())
        .unwrap_or_else(|e| log::error!("could not start the model loader: {e}"));
}

/// How long the recogniser keeps its working memory after the last thing it heard: a
/// conversation's turns come well within it, and a tablet at rest holds about 60 MB less.
const REST_AFTER: Duration = Duration::from_secs(60);

/// On the loader's thread, for as long as Hearth runs: lets the recogniser's working memory
/// go once nobody has spoken for [`REST_AFTER`].
fn rest_between_conversations(transcriber: &Transcriber) -> ! {
    loop {
        std::thread::sleep(REST_AFTER / 4);
        if transcriber.rest_if_idle(REST_AFTER) {
            log::info!("the recogniser's working memory was let go after a quiet minute");
        }
    }
}

/// Loads the meaning model and embeds its examples (seconds on a first start, then read
/// from its cache). Missing or damaged, it is logged and the lexicons read alone.
pub fn spawn_meaning(slot: Arc<OnceLock<Arc<MeaningReader>>>) {
    std::thread::Builder::new()
        .name("meaning-loader".into())
        .spawn(
            move || match meaning::load_installed(&ModelStore::on_this_device()) {
                Ok(reader) => {
                    // Every language before it is used: no resident's words wait on it.
                    for language in Lexicon::languages() {
                        reader.prepare(language);
                    }
                    let _ = slot.set(Arc::new(reader));
                    log::info!("meaning model ready");
                }
                Err(e) => log::warn!("{e}"),
            },
        )
        .map(|_| ())
        .unwrap_or_else(|e| log::error!("could not start the meaning loader: {e}"));
}

//! The shell around the screens: the top bar (`top_bar.rs`), whether Hearth can listen and
//! save (`status.rs`), how the device shows it (`look.rs`), and the two screens — talking
//! (residents) and notes (care team), mounted once the journal is open.

mod look;
mod status;
mod top_bar;

use hearth_i18n::I18n;
use hearth_wire::{commands, events, JournalStatus, ModelImport, ModelStatus};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{tr, DeviceLanguage, Tr};
use crate::passphrase::{JournalState, Unlock};
use crate::privacy::PrivacyNotice;
use crate::screens::care::CareTeam;
use crate::screens::resident::Resident;
use crate::speech_model::SpeechModelState;
use crate::tauri;
use status::StatusLines;
use top_bar::TopBar;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Talk,
    Notes,
}

#[component]
pub fn App() -> impl IntoView {
    let i18n = I18n::load();
    let browser = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    let lang = i18n.pick(&browser);
    provide_context(Tr::new(i18n, lang));
    let tr = tr();
    let screen = RwSignal::new(Screen::Talk);
    let model = RwSignal::new(None::<ModelStatus>);
    let journal = RwSignal::new(None::<JournalStatus>);
    provide_context(JournalState(journal));
    // The screens mount once the journal is known to be open (they read it at once).
    let open = Memo::new(move |_| {
        journal.with(|j| j.is_some() && !matches!(j, Some(JournalStatus::Locked)))
    });
    let locked = Memo::new(move |_| journal.with(|j| matches!(j, Some(JournalStatus::Locked))));
    // The language staff chose for this device, once the journal that keeps it is open.
    let device_language = RwSignal::new(None::<String>);
    provide_context(DeviceLanguage(device_language));
    Effect::new(move |_| {
        if open.get() {
            spawn_local(async move {
                if let Ok(chosen) = tauri::invoke::<commands::DeviceLanguage>(&()).await {
                    if let Some(l) = &chosen {
                        tr.lang.set(l.clone());
                    }
                    device_language.set(chosen);
                }
            });
        }
    });
    crate::device_mode::provide();
    let engine = RwSignal::new(None::<hearth_wire::Problem>);
    // Which Hearth this is, at the foot of every screen (what a support call asks first).
    let version = RwSignal::new(None::<String>);
    let import = RwSignal::new(None::<ModelImport>);
    provide_context(SpeechModelState {
        status: model,
        import,
    });
    spawn_local(async move {
        // Listen first, so a status sent while we ask is not missed.
        tauri::listen(events::MODEL_STATUS, move |s: ModelStatus| {
            model.set(Some(s))
        })
        .await;
        tauri::listen(events::MODEL_IMPORT, move |m: ModelImport| {
            import.set(Some(m))
        })
        .await;
        match tauri::invoke::<commands::AppStatus>(&()).await {
            Ok(s) => {
                model.update(|m| {
                    // An event may already have brought a newer state.
                    if m.is_none() || matches!(m, Some(ModelStatus::Loading { .. })) {
                        *m = Some(s.model)
                    }
                });
                journal.set(Some(s.journal));
                version.set(Some(s.version));
            }
            Err(p) => engine.set(Some(p)),
        }
    });

    look::provide(screen);

    view! {
        <TopBar screen locked />
        <main>
            <StatusLines model journal engine />
            <Show when=move || locked.get()>
                <Unlock />
            </Show>
            // Both screens stay mounted (hidden when not shown): a turn of listening goes
            // on while a carer glances at the notes, and no event is missed.
            <Show when=move || open.get()>
                <section id="screen-talk" hidden=move || screen.get() != Screen::Talk>
                    <Resident shown=Signal::derive(move || screen.get() == Screen::Talk) />
                </section>
                <section id="screen-notes" hidden=move || screen.get() != Screen::Notes>
                    <CareTeam shown=Signal::derive(move || screen.get() == Screen::Notes) />
                </section>
            </Show>
        </main>
        <footer class="no-print">
            <PrivacyNotice />
            <p id="about" class="about">
                {move || version.get().map(|v| tr.t("about-line", &[("version", &v)]))}
            </p>
        </footer>
    }
}

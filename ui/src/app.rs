//! The shell around the screens: the app's name, the language, whether Hearth can listen
//! and save, and the two screens — talking (residents) and notes (care team).

use hearth_i18n::I18n;
use hearth_wire::{commands, events, DisplaySettings, JournalStatus, ModelImport, ModelStatus};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{tr, DeviceLanguage, Tr};
use crate::passphrase::{JournalState, Unlock};
use crate::privacy::PrivacyNotice;
use crate::problem;
use crate::read_aloud::ReadScreenButton;
use crate::screens::care::CareTeam;
use crate::screens::resident::{Resident, ResidentDisplay};
use crate::speech_model::SpeechModelState;
use crate::tauri;

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

    let status = move || match (model.get(), engine.get()) {
        (_, Some(e)) => ("status problem", problem::say(&tr, &e)),
        (None | Some(ModelStatus::Loading { .. }), _) => ("status", tr.t("model-loading", &[])),
        (Some(ModelStatus::Ready { name, weights, .. }), _) => (
            "status ready",
            tr.t("model-ready", &[("name", &name), ("weights", &weights)]),
        ),
        (Some(ModelStatus::Missing { name, command }), _) => (
            "status problem",
            tr.t("model-missing", &[("name", &name), ("command", &command)]),
        ),
        (Some(ModelStatus::Failed { detail }), _) => (
            "status problem",
            tr.t("model-failed", &[("detail", &detail)]),
        ),
    };
    let journal_problem = move || match journal.get() {
        Some(JournalStatus::Failed { detail }) => {
            Some(tr.t("journal-failed", &[("detail", &problem::sentence(&detail))]))
        }
        _ => None,
    };
    // How this device shows Hearth (text size, contrast, motion): read at start, applied to
    // the whole document, changed at once when staff change it.
    let display = RwSignal::new(DisplaySettings {
        text_percent: 100,
        high_contrast: false,
        reduced_motion: false,
    });
    provide_context(display);
    let resident_display = RwSignal::new(None::<DisplaySettings>);
    provide_context(ResidentDisplay(resident_display));
    spawn_local(async move {
        if let Ok(d) = tauri::invoke::<commands::Display>(&()).await {
            display.set(d);
        }
    });
    Effect::new(move |_| {
        // The resident at the screen may have their own size and contrast.
        let d = match (screen.get(), resident_display.get()) {
            (Screen::Talk, Some(theirs)) => theirs,
            _ => display.get(),
        };
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|doc| doc.document_element())
        {
            // Hearth's normal text is 125 % of the system's; staff can double it.
            let size = 125 * u32::from(d.text_percent) / 100;
            let _ = root.set_attribute("style", &format!("font-size: {size}%"));
            let mut classes = Vec::new();
            if d.high_contrast {
                classes.push("high-contrast");
            }
            if d.reduced_motion {
                classes.push("reduced-motion");
            }
            let _ = root.set_attribute("class", &classes.join(" "));
        }
    });
    // The document's language follows the choice, for screen readers.
    Effect::new(move |_| {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = el.set_attribute("lang", &tr.lang.get());
        }
    });
    let tab = move |which: Screen, id: &'static str, label: &'static str| {
        view! {
            <button
                id=id
                class="tab"
                aria-current=move || (screen.get() == which).then_some("page")
                on:click=move |_| screen.set(which)
            >
                {move || tr.t(label, &[])}
            </button>
        }
    };

    view! {
        <header class="top">
            <h1 id="app-title">{move || tr.t("app-title", &[])}</h1>
            <nav class="tabs" aria-label=move || tr.t("screens", &[]) hidden=move || locked.get()>
                {tab(Screen::Talk, "tab-talk", "tab-talk")}
                {tab(Screen::Notes, "tab-notes", "tab-notes")}
            </nav>
            <div class="read-screen"><ReadScreenButton /></div>
            <nav class="languages" aria-label=move || tr.t("language-choice", &[])>
                {tr
                    .languages()
                    .into_iter()
                    .map(|(code, name)| {
                        let c = code.clone();
                        view! {
                            <button
                                id=format!("lang-{code}")
                                lang=code.clone()
                                aria-pressed=move || (tr.lang.get() == c).to_string()
                                on:click=move |_| tr.lang.set(code.clone())
                            >
                                {name}
                            </button>
                        }
                    })
                    .collect_view()}
            </nav>
        </header>
        <main>
            <p id="model-status" class=move || status().0 role="status" aria-live="polite">
                {move || status().1}
            </p>
            {move || {
                journal_problem()
                    .map(|p| {
                        view! {
                            <p id="journal-status" class="status problem" role="alert">
                                {p}
                            </p>
                        }
                    })
            }}
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

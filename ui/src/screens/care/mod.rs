//! The care team's screen: the day's board (who needs attention first), the notes of a day
//! or of one resident (with decisions on what Hearth read, trends and export), search, and
//! the shift handover. The views share the day, the resident and the caregiver's name.

mod add_note;
mod audit;
mod backups;
mod board;
mod device;
mod display;
mod export;
mod handover;
mod note_card;
mod notes;
mod papers;
mod residents;
mod retention;
mod search;
mod sign_in;
mod signal_review;
mod staff;
mod trends;

use hearth_wire::{commands, events, DictationState, ResidentView, StaffRole, StaffView};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::device_mode::device_mode;
use crate::i18n::tr;
use crate::tauri;
use crate::time;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum View {
    Board,
    Notes,
    Search,
    Handover,
    Residents,
    Staff,
    Audit,
}

/// What the care team's views share.
#[derive(Clone, Copy)]
pub struct Care {
    pub view: RwSignal<View>,
    /// `YYYY-MM-DD`, local.
    pub day: RwSignal<String>,
    /// One resident's notes, or everyone's.
    pub resident: RwSignal<Option<i64>>,
    pub residents: RwSignal<Vec<ResidentView>>,
    /// Who is signed in: their name signs every decision and note (the backend takes it
    /// from the session, never from the window).
    pub who: RwSignal<Option<StaffView>>,
    /// Counts decisions made here, so views that sum them (trends) read again.
    pub decisions: RwSignal<u32>,
    /// The dictation under way or just ended (one listener for the page's life).
    pub dictation: RwSignal<Option<DictationState>>,
    pub dictation_level: RwSignal<f32>,
}

impl Care {
    /// The resident's language, to read their words aloud in it.
    pub fn language_of(&self, resident_id: i64) -> String {
        self.residents
            .get()
            .into_iter()
            .find(|r| r.id == resident_id)
            .map(|r| r.language)
            .unwrap_or_default()
    }
}

#[component]
pub fn CareTeam(shown: Signal<bool>) -> impl IntoView {
    let tr = tr();
    let care = Care {
        view: RwSignal::new(View::Board),
        day: RwSignal::new(time::today()),
        resident: RwSignal::new(None),
        residents: RwSignal::new(Vec::new()),
        who: RwSignal::new(None),
        decisions: RwSignal::new(0),
        dictation: RwSignal::new(None),
        dictation_level: RwSignal::new(0.0),
    };
    provide_context(care);
    spawn_local(async move {
        tauri::listen(events::DICTATION, move |s: DictationState| match s {
            DictationState::Level { level } => care.dictation_level.set(level),
            other => care.dictation.set(Some(other)),
        })
        .await;
    });
    tauri::on_signed_out(move || care.who.set(None));
    // Each time the screen is shown: is someone still signed in? (Ten quiet minutes end it.)
    Effect::new(move |_| {
        if shown.get() {
            spawn_local(async move {
                if let Ok(who) = tauri::invoke::<commands::SignedIn>(&()).await {
                    care.who.set(who);
                }
                if let Ok(list) = tauri::invoke::<commands::Residents>(&()).await {
                    care.residents.set(list);
                }
            });
        }
    });
    // A memo: the sign-in panel is rebuilt only when someone signs in or out, not each time
    // the backend confirms nobody is there.
    let signed_in = Memo::new(move |_| care.who.with(Option::is_some));
    let is_admin = move || {
        care.who
            .with(|w| w.as_ref().is_some_and(|w| w.role == StaffRole::Admin))
    };
    let sign_out = move |_: ()| {
        spawn_local(async move {
            let _ = tauri::invoke::<commands::SignOut>(&()).await;
            care.who.set(None);
        });
    };
    // In a kiosk the next person at the tablet may be a resident: leaving the care team's
    // screens signs out at once, not after ten quiet minutes.
    let kiosk = device_mode();
    Effect::new(move |was_shown: Option<bool>| {
        let now = shown.get();
        let left = was_shown == Some(true) && !now;
        if left && kiosk.get_untracked().is_kiosk() && care.who.get_untracked().is_some() {
            sign_out(());
        }
        now
    });
    let close = move |_| {
        spawn_local(async move {
            let _ = tauri::invoke::<commands::CloseHearth>(&()).await;
        });
    };
    let shown_as = move |v: View| {
        Signal::derive(move || shown.get() && signed_in.get() && care.view.get() == v)
    };
    let tab = move |which: View, id: &'static str, label: &'static str| {
        view! {
            <button
                id=id
                class="tab"
                aria-current=move || (care.view.get() == which).then_some("page")
                on:click=move |_| care.view.set(which)
            >
                {move || tr.t(label, &[])}
            </button>
        }
    };
    view! {
        <div hidden=move || signed_in.get()>
            {move || (!signed_in.get()).then(|| view! { <sign_in::SignInPanel /> })}
        </div>
        <div hidden=move || !signed_in.get()>
        <div class="care-bar">
            <nav class="tabs care-tabs" aria-label=move || tr.t("care-views", &[])>
                {tab(View::Board, "view-board", "care-board")}
                {tab(View::Notes, "view-notes", "care-notes")}
                {tab(View::Search, "view-search", "care-search")}
                {tab(View::Handover, "view-handover", "care-handover")}
                <span hidden=move || !is_admin()>{tab(View::Residents, "view-residents", "care-residents")}</span>
                <span hidden=move || !is_admin()>{tab(View::Staff, "view-staff", "care-staff")}</span>
                <span hidden=move || !is_admin()>{tab(View::Audit, "view-audit", "care-audit")}</span>
            </nav>
            <p class="who">
                <span id="signed-in-as">
                    {move || care.who.get().map(|w| tr.t("signed-in-as", &[("name", &w.name)]))}
                </span>
                <button id="sign-out" class="compact" on:click=move |_| sign_out(())>{move || tr.t("sign-out", &[])}</button>
                <button id="close-hearth" class="compact" hidden=move || !kiosk.get().is_kiosk()
                    on:click=close>
                    {move || tr.t("close-hearth", &[])}
                </button>
            </p>
        </div>
        {move || (shown.get() && is_admin()).then(|| view! { <retention::ClockBanner /> })}
        <div id="care-board" hidden=move || care.view.get() != View::Board>
            <board::Board shown=shown_as(View::Board) />
        </div>
        <div id="care-notes" hidden=move || care.view.get() != View::Notes>
            <notes::Notes shown=shown_as(View::Notes) />
        </div>
        <div id="care-search" hidden=move || care.view.get() != View::Search>
            <search::Search />
        </div>
        <div id="care-handover" hidden=move || care.view.get() != View::Handover>
            <handover::Handover shown=shown_as(View::Handover) />
        </div>
        <div id="care-residents" hidden=move || care.view.get() != View::Residents>
            <residents::Residents shown=shown_as(View::Residents) />
        </div>
        <div id="care-staff" hidden=move || care.view.get() != View::Staff>
            <staff::StaffList shown=shown_as(View::Staff) />
            <display::DisplayChoice />
            <device::DeviceModeChoice />
            <retention::RetentionChoice shown=shown_as(View::Staff) />
            <papers::PapersPanel />
        </div>
        <div id="care-audit" hidden=move || care.view.get() != View::Audit>
            <audit::AuditLog shown=shown_as(View::Audit) />
        </div>
        </div>
    }
}

pub fn care() -> Care {
    expect_context::<Care>()
}

/// "Save …" and "Cancel", side by side under a small form.
#[component]
fn SaveCancel(
    save_id: String,
    save_label: &'static str,
    on_save: impl Fn() + 'static,
    on_cancel: impl Fn() + 'static,
) -> impl IntoView {
    let tr = tr();
    view! {
        <div class="correction-actions">
            <button id=save_id class="compact primary" on:click=move |_| on_save()>
                {move || tr.t(save_label, &[])}
            </button>
            <button class="compact" on:click=move |_| on_cancel()>
                {move || tr.t("correct-cancel", &[])}
            </button>
        </div>
    }
}

//! Residents from the window: the open list for the residents' screen (with whether Hearth
//! may listen to each, and how it talks with them), and for staff administrators their
//! profiles, archive and consent. Every change is audited; a withdrawal of consent stops the
//! microphone at once.

use hearth_core::access::Role;
use hearth_core::audit::{logged_as, Entry};
use hearth_core::clock::now_ms;
use hearth_core::journal::consent::{self, Answer, Purpose};
use hearth_core::journal::residents::{self, NewResident, Profile};
use hearth_core::journal::{JournalError, Resident};
use hearth_core::refusal::Refusal;
use hearth_core::settings::{Input, Pause, Preferences};
use hearth_core::store::Store;
use hearth_wire::{
    ArchiveResident, ConsentView, InputMode, PauseLength, Problem, RecordConsent,
    ResidentPreferences, ResidentProfileView, ResidentView, SaveResident,
};

use crate::access::require;
use crate::audit::{self, changed, viewed};
use crate::journal::with;
use crate::problems::problem;
use crate::AppState;

/// The residents' screen's list: open to anyone at the device (residents need no PIN).
#[tauri::command]
pub async fn residents(state: tauri::State<'_, AppState>) -> Result<Vec<ResidentView>, Problem> {
    with(&state, |s| {
        residents::list(s)?
            .into_iter()
            .map(|r| view(s, r))
            .collect()
    })
}

/// Everyone, archived too, with profile and consent: for staff administrators.
#[tauri::command]
pub async fn resident_profiles(
    state: tauri::State<'_, AppState>,
) -> Result<Vec<ResidentProfileView>, Problem> {
    let who = require(&state, Role::Admin)?;
    viewed(&state, &who, "view_residents", None, String::new())?;
    with(&state, |s| {
        let all = residents::list(s)?
            .into_iter()
            .chain(residents::archived(s)?);
        all.map(|r| profile_view(s, r)).collect()
    })
}

#[tauri::command]
pub async fn save_resident(
    state: tauri::State<'_, AppState>,
    resident: SaveResident,
) -> Result<ResidentView, Problem> {
    let who = require(&state, Role::Admin)?;
    let language = resident.language.trim().to_string();
    if !crate::checks::has_words(&state.i18n, &language) {
        return Err(problem(Refusal::NoWordsInLanguage {
            language: language.chars().take(16).collect(),
        }));
    }
    let profile = Profile {
        preferred_name: resident.name.clone(),
        language: language.clone(),
        enjoys: resident.enjoys,
        avoids: resident.avoids,
        preferences: preferences(&resident.preferences),
        archived_ms: None,
    };
    let name = resident.name.trim().to_string();
    let action = match resident.id {
        None => "add_resident",
        Some(_) => "change_resident",
    };
    let entry = |r: &Resident| Entry::new(&who.name, action, &audit::resident(Some(r.id)), "");
    let saved = with(&state, |s| {
        logged_as(
            s,
            |s| {
                let id = match resident.id {
                    Some(id) => id,
                    None => {
                        let new = NewResident {
                            preferred_name: name.clone(),
                            language,
                            is_demo: false,
                        };
                        residents::add(s, &new)?.id
                    }
                };
                residents::update(s, id, &profile)
            },
            entry,
        )
    })?;
    with(&state, |s| view(s, saved))
}

#[tauri::command]
pub async fn archive_resident(
    state: tauri::State<'_, AppState>,
    request: ArchiveResident,
) -> Result<(), Problem> {
    let who = require(&state, Role::Admin)?;
    let name = audit::resident(Some(request.id));
    let action = if request.archived {
        "archive_resident"
    } else {
        "restore_resident"
    };
    let at = request.archived.then(now_ms);
    changed(&state, Entry::new(&who.name, action, &name, ""), |s| {
        residents::archive(s, request.id, at)
    })
}

#[tauri::command]
pub async fn record_consent(
    state: tauri::State<'_, AppState>,
    request: RecordConsent,
) -> Result<(), Problem> {
    let who = require(&state, Role::Admin)?;
    let purpose = Purpose::parse(&request.purpose).ok_or_else(|| {
        problem(Refusal::UnknownConsent {
            purpose: request.purpose.chars().take(40).collect(),
        })
    })?;
    let name = audit::resident(Some(request.resident_id));
    let answer = Answer {
        purpose,
        given: request.given,
        given_by: request.given_by,
        recorded_by: who.name.clone(),
        at_ms: now_ms(),
    };
    let action = if answer.given {
        "consent_given"
    } else {
        "consent_withdrawn"
    };
    // Who answered is in the consent record (erased with it), not in the log.
    let detail = purpose.as_str().to_string();
    changed(&state, Entry::new(&who.name, action, &name, detail), |s| {
        consent::record(s, request.resident_id, &answer)
    })?;
    if !answer.given && purpose != Purpose::KeepAudio {
        // At once: a turn being heard now is not kept (the save checks consent too), and
        // the microphone closes.
        crate::stop_microphone(&state);
    }
    Ok(())
}

pub fn view(store: &Store, r: Resident) -> Result<ResidentView, JournalError> {
    let prefs = residents::profile(store, r.id)?
        .map(|p| p.preferences)
        .unwrap_or_default();
    view_with(store, r, &prefs)
}

/// As [`view`], with the resident's preferences already read.
fn view_with(
    store: &Store,
    r: Resident,
    prefs: &Preferences,
) -> Result<ResidentView, JournalError> {
    let may_listen = match consent::keeping_words(store, r.id) {
        Ok(()) => true,
        Err(JournalError::NoConsent(_)) => false,
        Err(e) => return Err(e),
    };
    Ok(ResidentView {
        id: r.id,
        name: r.preferred_name,
        language: r.language,
        is_demo: r.is_demo,
        may_listen,
        preferences: preferences_view(prefs),
    })
}

fn profile_view(store: &Store, r: Resident) -> Result<ResidentProfileView, JournalError> {
    let id = r.id;
    let p = residents::profile(store, id)?.unwrap_or_default();
    let consent_view = |a: Answer| ConsentView {
        purpose: a.purpose.as_str().into(),
        given: a.given,
        given_by: a.given_by,
        recorded_by: a.recorded_by,
        at_ms: a.at_ms,
    };
    Ok(ResidentProfileView {
        resident: view_with(store, r, &p.preferences)?,
        enjoys: p.enjoys,
        avoids: p.avoids,
        archived: p.archived_ms.is_some(),
        consent: consent::current(store, id)?
            .into_iter()
            .map(consent_view)
            .collect(),
        consent_history: consent::history(store, id)?
            .into_iter()
            .map(consent_view)
            .collect(),
    })
}

pub fn preferences(p: &ResidentPreferences) -> Preferences {
    Preferences {
        speech_rate_wpm: p.speech_rate_wpm,
        volume_percent: p.volume_percent,
        input: match p.input {
            InputMode::Hold => Input::Hold,
            InputMode::Tap => Input::Tap,
            InputMode::HandsFree => Input::HandsFree,
        },
        pause: match p.pause {
            PauseLength::Short => Pause::Short,
            PauseLength::Normal => Pause::Normal,
            PauseLength::Long => Pause::Long,
        },
        captions: p.captions,
        spoken: p.spoken,
        one_button: p.one_button,
        display: p.display.map(crate::settings::display_of),
    }
}

fn preferences_view(p: &Preferences) -> ResidentPreferences {
    ResidentPreferences {
        speech_rate_wpm: p.speech_rate_wpm,
        volume_percent: p.volume_percent,
        input: match p.input {
            Input::Hold => InputMode::Hold,
            Input::Tap => InputMode::Tap,
            Input::HandsFree => InputMode::HandsFree,
        },
        pause: match p.pause {
            Pause::Short => PauseLength::Short,
            Pause::Normal => PauseLength::Normal,
            Pause::Long => PauseLength::Long,
        },
        captions: p.captions,
        spoken: p.spoken,
        one_button: p.one_button,
        display: p.display.map(crate::settings::display_view),
    }
}

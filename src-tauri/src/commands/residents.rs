//! Residents from the window: the open list for the residents' screen (with whether Hearth
//! may listen to each, and how it talks with them), and for staff administrators their
//! profiles, archive and consent. Every change is audited; a withdrawal of consent stops the
//! microphone at once.

use hearth_core::access::Role;
use hearth_core::audit::{logged_as, Entry};
use hearth_core::clock::now_ms;
use hearth_core::journal::consent::{self, Answer, Purpose};
use hearth_core::journal::residents::{self, NewResident, Profile};
use hearth_core::journal::Resident;
use hearth_core::refusal::Refusal;
use hearth_wire::{
    ArchiveResident, Problem, RecordConsent, ResidentProfileView, ResidentView, SaveResident,
};

use crate::audited;
use crate::audited::{changed, viewed};
use crate::problems::problem;
use crate::session::require;
use crate::state::with;
use crate::views::{preferences, profile_view, resident_view};
use crate::AppState;

/// The residents' screen's list: open to anyone at the device (residents need no PIN).
#[tauri::command]
pub async fn residents(state: tauri::State<'_, AppState>) -> Result<Vec<ResidentView>, Problem> {
    with(&state, |s| {
        residents::list(s)?
            .into_iter()
            .map(|r| resident_view(s, r))
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
    let entry = |r: &Resident| Entry::new(&who.name, action, &audited::resident(Some(r.id)), "");
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
    with(&state, |s| resident_view(s, saved))
}

#[tauri::command]
pub async fn archive_resident(
    state: tauri::State<'_, AppState>,
    request: ArchiveResident,
) -> Result<(), Problem> {
    let who = require(&state, Role::Admin)?;
    let name = audited::resident(Some(request.id));
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
    let name = audited::resident(Some(request.resident_id));
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

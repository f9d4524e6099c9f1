//! Residents from the window: the open list for the residents' screen (with whether Hearth
//! may listen to each, and how it talks with them), and for staff administrators their
//! profiles, archive and consent. Every change is audited; a withdrawal of consent stops the
//! microphone at once.

use hearth_core::access::Role;
use hearth_core::audit::{logged_as, Entry};
use hearth_core::clock::now_ms;
use hearth_core::journal::consent::{self, Answer, Purpose};
use hearth_core::journal::residents::{self, NewResident, Profile};
use hearth_core::journal::{cards, JournalError, Resident};
use hearth_core::refusal::Refusal;
use hearth_wire::{commands as wire, ArgsOf, Problem, ReplyOf};

use crate::audited;
use crate::audited::{changed, viewed};
use crate::problems::problem;
use crate::session::require;
use crate::state::with;
use crate::views::{preferences, profile_view, purpose_of, resident_view};
use crate::AppState;

/// The residents' screen's list: open to anyone at the device (residents need no PIN).
#[tauri::command]
pub async fn residents(
    state: tauri::State<'_, AppState>,
) -> Result<ReplyOf<wire::Residents>, Problem> {
    with(&state, |s| {
        let list = cards::cards(s, residents::list(s)?)?;
        Ok::<_, JournalError>(list.into_iter().map(resident_view).collect())
    })
}

/// Everyone, archived too, with profile and consent: for staff administrators.
#[tauri::command]
pub async fn resident_profiles(
    state: tauri::State<'_, AppState>,
) -> Result<ReplyOf<wire::ResidentProfiles>, Problem> {
    let who = require(&state, Role::Admin)?;
    viewed(&state, &who, "view_residents", None, String::new())?;
    with(&state, |s| {
        let mut all = residents::list(s)?;
        all.extend(residents::archived(s)?);
        let all = cards::profile_cards(s, all)?;
        Ok::<_, JournalError>(all.into_iter().map(profile_view).collect())
    })
}

#[tauri::command]
pub async fn save_resident(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::SaveResident>,
) -> Result<ReplyOf<wire::SaveResident>, Problem> {
    let who = require(&state, Role::Admin)?;
    let language = args.language.trim().to_string();
    if !hearth_i18n::has_words(&language) {
        return Err(problem(Refusal::NoWordsInLanguage {
            language: language.chars().take(16).collect(),
        }));
    }
    let profile = Profile {
        preferred_name: args.name.clone(),
        language: language.clone(),
        enjoys: args.enjoys,
        avoids: args.avoids,
        preferences: preferences(&args.preferences),
        archived_ms: None,
    };
    let name = args.name.trim().to_string();
    let action = match args.id {
        None => "add_resident",
        Some(_) => "change_resident",
    };
    let entry = |r: &Resident| Entry::new(&who.name, action, &audited::resident(Some(r.id)), "");
    let saved = with(&state, |s| {
        logged_as(
            s,
            |s| {
                let id = match args.id {
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
    with(&state, |s| {
        let card = cards::cards(s, vec![saved])?.remove(0);
        Ok::<_, JournalError>(resident_view(card))
    })
}

#[tauri::command]
pub async fn archive_resident(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::ArchiveResident>,
) -> Result<ReplyOf<wire::ArchiveResident>, Problem> {
    let who = require(&state, Role::Admin)?;
    let name = audited::resident(Some(args.id));
    let action = if args.archived {
        "archive_resident"
    } else {
        "restore_resident"
    };
    let at = args.archived.then(now_ms);
    changed(&state, Entry::new(&who.name, action, &name, ""), |s| {
        residents::archive(s, args.id, at)
    })
}

#[tauri::command]
pub async fn record_consent(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::RecordConsent>,
) -> Result<ReplyOf<wire::RecordConsent>, Problem> {
    let who = require(&state, Role::Admin)?;
    let purpose = purpose_of(args.purpose);
    let name = audited::resident(Some(args.resident_id));
    let answer = Answer {
        purpose,
        given: args.given,
        given_by: args.given_by,
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
        consent::record(s, args.resident_id, &answer)
    })?;
    if !answer.given && purpose != Purpose::KeepAudio {
        // At once: a turn being heard now is not kept (the save checks consent too), and
        // the microphone closes.
        crate::stop_microphone(&state);
    }
    Ok(())
}

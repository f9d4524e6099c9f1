//! Data protection from the window: the retention policy and its daily purge, a resident's
//! copy of everything held about them (subject access), and erasure. Administrators only;
//! each one is in the audit log.

use std::time::Duration;

use hearth_core::access::Role;
use hearth_core::audit::{self, Entry};
use hearth_core::export::{self, subject_access};
use hearth_core::journal::{erasure, now_ms, residents};
use hearth_core::paths;
use hearth_core::retention::{self, Policy};
use hearth_wire::{
    EraseResident, ErasedView, PrivacyFacts, Problem, RetentionPolicy, SubjectAccess,
};

use crate::access::require;
use crate::audit::{changed, resident};
use crate::journal::{self, with, Journal};
use crate::AppState;

/// Purges what the policy no longer keeps now, then once a day while Hearth runs.
pub fn spawn_purge(journal: Journal) {
    let spawned = std::thread::Builder::new()
        .name("retention".into())
        .spawn(move || loop {
            match journal::locked(&journal, |s| retention::purge(s, now_ms())) {
                Ok(p) if p.notes + p.transcripts > 0 => log::info!("retention: {p:?}"),
                Ok(_) => {}
                Err(e) => log::error!("retention purge: {e}"),
            }
            std::thread::sleep(Duration::from_secs(24 * 60 * 60));
        });
    if let Err(e) = spawned {
        log::error!("retention: could not start the daily purge: {e}");
    }
}

/// For the privacy notice anyone can read: where, and for how long.
#[tauri::command]
pub async fn privacy_facts(state: tauri::State<'_, AppState>) -> Result<PrivacyFacts, Problem> {
    Ok(PrivacyFacts {
        journal_path: paths::journal_file().display().to_string(),
        policy: policy_now(&state)?,
    })
}

fn policy_now(state: &AppState) -> Result<RetentionPolicy, Problem> {
    let p = with(state, |s| retention::policy(s))?;
    Ok(RetentionPolicy {
        transcripts_days: p.transcripts_days,
        notes_years: p.notes_years,
    })
}

#[tauri::command]
pub async fn retention(state: tauri::State<'_, AppState>) -> Result<RetentionPolicy, Problem> {
    require(&state, Role::Admin)?;
    policy_now(&state)
}

/// Sets the policy and applies it at once.
#[tauri::command]
pub async fn set_retention(
    state: tauri::State<'_, AppState>,
    policy: RetentionPolicy,
) -> Result<(), Problem> {
    let who = require(&state, Role::Admin)?;
    let p = Policy {
        transcripts_days: policy.transcripts_days,
        notes_years: policy.notes_years,
    };
    let entry = Entry::new(&who.name, "change_retention", "everyone", format!("{p:?}"));
    changed(&state, entry, |s| {
        retention::set_policy(s, &p, &who.name, now_ms())
    })?;
    with(&state, |s| retention::purge(s, now_ms()))?;
    Ok(())
}

#[tauri::command]
pub async fn subject_access(
    state: tauri::State<'_, AppState>,
    request: SubjectAccess,
) -> Result<Vec<String>, Problem> {
    let who = require(&state, Role::Admin)?;
    let failed = |e: export::ExportError| match e {
        export::ExportError::UnknownResident => Problem::UnknownResident,
        other => Problem::Export {
            detail: other.to_string(),
        },
    };
    let i18n = state.i18n.clone();
    let saved = with(&state, |s| {
        Ok(subject_access::save(
            s,
            request.resident_id,
            &i18n,
            &request.language,
            &paths::exports_dir(),
        ))
    })?
    .map_err(failed)?;
    let entry = Entry::new(
        &who.name,
        "subject_access",
        &resident(Some(request.resident_id)),
        "JSON and PDF",
    );
    with(&state, |s| audit::record(s, &entry))?;
    Ok(saved.iter().map(|p| p.display().to_string()).collect())
}

#[tauri::command]
pub async fn erase_resident(
    state: tauri::State<'_, AppState>,
    request: EraseResident,
) -> Result<ErasedView, Problem> {
    let who = require(&state, Role::Admin)?;
    let name = with(&state, |s| residents::name_on_file(s, request.id))?
        .ok_or(Problem::UnknownResident)?;
    if request.confirm_name.trim() != name {
        return Err(Problem::Refused {
            detail: format!("type {name}'s name exactly to erase everything about them"),
        });
    }
    // Their own exports on this device go too, unless someone else on file shares the name
    // the files are named after.
    let shared = with(&state, |s| {
        let mut all = residents::list(s)?;
        all.extend(residents::archived(s)?);
        Ok(all
            .iter()
            .filter(|r| export::slug(&r.preferred_name) == export::slug(&name))
            .count()
            > 1)
    })?;
    crate::stop_microphone(&state);
    let gone = with(&state, |s| {
        erasure::erase(s, request.id, &who.name, now_ms())
    })?;
    let files = if shared {
        0
    } else {
        export::remove_exports_of(&paths::exports_dir(), &name)
    };
    Ok(ErasedView {
        notes: gone.notes,
        transcripts: gone.transcripts,
        readings: gone.readings,
        files,
    })
}

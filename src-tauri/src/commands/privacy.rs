//! Data protection from the window: the retention policy, its purge and the clock it trusts, a resident's
//! copy of everything held about them (subject access), and erasure. Administrators only;
//! each one is in the audit log.

use hearth_core::access::Role;
use hearth_core::audit::{self, Entry};
use hearth_core::clock::now_ms;
use hearth_core::export::{self, subject_access};
use hearth_core::journal::{erasure, residents};
use hearth_core::paths;
use hearth_core::refusal::Refusal;
use hearth_core::retention::clock::{self, Verdict};
use hearth_core::retention::{self, Policy};
use hearth_wire::{
    commands as wire, ArgsOf, ClockView, ErasedView, PrivacyFacts, Problem, ReplyOf,
    RetentionCounts, RetentionPolicy, RetentionStatus,
};

use crate::audited::{changed, resident};
use crate::problems::problem;
use crate::purger::counts;
use crate::session::require;
use crate::state::with;
use crate::AppState;

/// For the privacy notice anyone can read: where, and for how long.
#[tauri::command]
pub async fn privacy_facts(
    state: tauri::State<'_, AppState>,
) -> Result<ReplyOf<wire::PrivacyFacts>, Problem> {
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

/// The policy, the device's time and whether it is believed, and the purge.
#[tauri::command]
pub async fn retention(
    state: tauri::State<'_, AppState>,
) -> Result<ReplyOf<wire::Retention>, Problem> {
    require(&state, Role::Admin)?;
    let now = now_ms();
    let verdict = with(&state, |s| clock::check(s, now))?;
    Ok(RetentionStatus {
        policy: policy_now(&state)?,
        now_ms: now,
        clock: match verdict {
            Verdict::Plausible => ClockView::Plausible,
            Verdict::Behind { newest_ms } => ClockView::Behind { newest_ms },
            Verdict::Ahead { trusted_ms, .. } => ClockView::Ahead { trusted_ms },
        },
        purge: state.purger.view(),
    })
}

fn core_policy(p: RetentionPolicy) -> Policy {
    Policy {
        transcripts_days: p.transcripts_days,
        notes_years: p.notes_years,
    }
}

/// What `policy` would delete now.
fn would_delete(state: &AppState, policy: Policy) -> Result<RetentionCounts, Problem> {
    let cut = policy.cutoffs(now_ms(), &retention::TimeZone::system());
    let exports = paths::exports_dir();
    with(state, |s| retention::due(s, &cut, Some(&exports))).map(|c| counts(&c))
}

#[tauri::command]
pub async fn retention_preview(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::RetentionPreview>,
) -> Result<ReplyOf<wire::RetentionPreview>, Problem> {
    require(&state, Role::Admin)?;
    let p = core_policy(args);
    p.check().map_err(problem)?;
    would_delete(&state, p)
}

/// Sets the policy; the purge applies it in the background. A policy that deletes anything
/// at once needs `confirmed` (the administrator saw the counts first).
#[tauri::command]
pub async fn set_retention(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::SetRetention>,
) -> Result<ReplyOf<wire::SetRetention>, Problem> {
    let who = require(&state, Role::Admin)?;
    let p = core_policy(args.policy);
    p.check().map_err(problem)?;
    let counts = would_delete(&state, p)?;
    if counts.total() > 0 && !args.confirmed {
        return Err(Problem::MustConfirm { counts });
    }
    let entry = Entry::new(&who.name, "change_retention", "everyone", format!("{p:?}"));
    changed(&state, entry, |s| {
        retention::set_policy(s, &p, &who.name, now_ms())
    })?;
    // Runs the purge now under the new rule (starting it, if nothing had).
    state.purger.start(crate::state::current(&state)?);
    Ok(())
}

/// An administrator says the date and time the screen showed (`shown_ms`) are right.
#[tauri::command]
pub async fn confirm_clock(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::ConfirmClock>,
) -> Result<ReplyOf<wire::ConfirmClock>, Problem> {
    let shown_ms = args;
    let who = require(&state, Role::Admin)?;
    let now = now_ms();
    // What they saw must be what the device says now, give or take the minutes spent
    // reading it.
    if (now - shown_ms).abs() > 10 * 60 * 1000 {
        return Err(Problem::ClockMoved);
    }
    with(&state, |s| clock::confirm(s, &who.name, now))?;
    // Runs the purge now under the new rule (starting it, if nothing had).
    state.purger.start(crate::state::current(&state)?);
    Ok(())
}

#[tauri::command]
pub async fn subject_access(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::SubjectAccess>,
) -> Result<ReplyOf<wire::SubjectAccess>, Problem> {
    let who = require(&state, Role::Admin)?;
    crate::checks::language(&args.language)?;
    // Logged before the files are written (see `export`).
    let entry = Entry::new(
        &who.name,
        "subject_access",
        &resident(Some(args.resident_id)),
        "JSON and PDF",
    );
    with(&state, |s| audit::record(s, &entry))?;
    let i18n = state.i18n.clone();
    let saved = with(&state, |s| {
        subject_access::save(
            s,
            args.resident_id,
            &i18n,
            &args.language,
            &paths::exports_dir(),
        )
    })?;
    Ok(saved.iter().map(|p| p.display().to_string()).collect())
}

#[tauri::command]
pub async fn erase_resident(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::EraseResident>,
) -> Result<ReplyOf<wire::EraseResident>, Problem> {
    let who = require(&state, Role::Admin)?;
    let name =
        with(&state, |s| residents::name_on_file(s, args.id))?.ok_or(Problem::UnknownResident)?;
    if args.confirm_name.trim() != name {
        return Err(problem(Refusal::ConfirmNameToErase { name }));
    }
    crate::stop_microphone(&state);
    let gone = with(&state, |s| erasure::erase(s, args.id, &who.name, now_ms()))?;
    // Their own exports on this device go too: named by their number, never reused.
    let files = export::remove(&export::exports_of(&paths::exports_dir(), args.id));
    Ok(ErasedView {
        notes: gone.notes,
        transcripts: gone.transcripts,
        readings: gone.readings,
        files,
    })
}

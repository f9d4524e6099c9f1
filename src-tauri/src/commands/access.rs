//! Signing in and out, the staff list, and the one check every protected command makes:
//! `require(state, role)` answers who is signed in (their name signs what they change) or the
//! problem to show. Hiding a button in the window is not the protection; this is.

use hearth_core::access::{staff, Role, Session};
use hearth_core::audit::{self, Entry};
use hearth_core::clock::now_ms;
use hearth_core::refusal::Refusal;
use hearth_wire::{commands as wire, ArgsOf, Problem, ReplyOf, UnblockStaff};

use crate::problems::problem;
use crate::session::access;
use crate::session::{require, session};
use crate::state::with;
use crate::views::{role_of, staff_view};
use crate::AppState;

/// Names and roles of who can sign in, for the sign-in screen (no PIN material ever leaves).
#[tauri::command]
pub async fn staff(state: tauri::State<'_, AppState>) -> Result<ReplyOf<wire::Staff>, Problem> {
    Ok(access(&state, |s| staff::list(s))?
        .into_iter()
        .map(staff_view)
        .collect())
}

#[tauri::command]
pub async fn sign_in(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::SignIn>,
) -> Result<ReplyOf<wire::SignIn>, Problem> {
    let now = now_ms();
    let tried = access(&state, |s| {
        staff::sign_in(s, args.staff_id, args.pin.expose(), now)
    });
    // Every attempt leaves a line: a run of refusals is what an administrator looks for.
    let (name, action, detail) = match &tried {
        Ok(who) => (who.name.clone(), "sign_in", String::new()),
        Err(p) => {
            let name = access(&state, |s| staff::list(s))?
                .into_iter()
                .find(|s| s.id == args.staff_id)
                .map_or_else(|| format!("staff {}", args.staff_id), |s| s.name);
            (name, "sign_in_refused", p.to_string())
        }
    };
    let entry = Entry::new(&name, action, &name, detail);
    with(&state, |s| audit::record(s, &entry))?;
    let who = tried?;
    log::info!("staff {} signed in", who.id);
    *session(&state)? = Some(Session::new(who.clone(), now));
    Ok(staff_view(who))
}

#[tauri::command]
pub async fn sign_out(
    state: tauri::State<'_, AppState>,
) -> Result<ReplyOf<wire::SignOut>, Problem> {
    let ended = session(&state)?.take();
    if let Some(s) = ended {
        let entry = Entry::new(&s.staff.name, "sign_out", &s.staff.name, "");
        with(&state, |st| audit::record(st, &entry))?;
    }
    Ok(())
}

/// Who is signed in now (a session past its quiet time has ended).
#[tauri::command]
pub async fn signed_in(
    state: tauri::State<'_, AppState>,
) -> Result<ReplyOf<wire::SignedIn>, Problem> {
    Ok(require(&state, Role::Caregiver).ok().map(staff_view))
}

/// The staff passphrase unblocks a PIN that wrong tries blocked: the way back for the last
/// administrator (anyone else gets a new PIN from an administrator). The passphrase's own
/// tries are counted as at the locked screen.
#[tauri::command]
pub async fn unblock_staff(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::UnblockStaff>,
) -> Result<ReplyOf<wire::UnblockStaff>, Problem> {
    let UnblockStaff {
        staff_id,
        passphrase,
    } = args;
    crate::unlocking::check(passphrase).await?;
    access(&state, |s| {
        audit::logged_as(
            s,
            |s| staff::unblock(s, staff_id),
            |who| Entry::new("staff passphrase", "unblock_staff", &who.name, ""),
        )
    })?;
    Ok(())
}

/// Adds a caregiver or administrator. Only an administrator may — except on the very first
/// run, when the first person added must be the administrator.
#[tauri::command]
pub async fn add_staff(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::AddStaff>,
) -> Result<ReplyOf<wire::AddStaff>, Problem> {
    let role = role_of(args.role);
    let first = access(&state, |s| staff::list(s))?.is_empty();
    if first && role != Role::Admin {
        return Err(problem(Refusal::FirstIsAdministrator));
    }
    if first && !hearth_core::store::is_protected(&hearth_core::paths::journal_file()) {
        return Err(problem(Refusal::PassphraseFirst));
    }
    let by = if first {
        "first run".to_string()
    } else {
        require(&state, Role::Admin)?.name
    };
    let added = access(&state, |s| {
        audit::logged_as(
            s,
            |s| staff::add(s, &args.name, role, args.pin.expose()),
            |a| Entry::new(&by, "add_staff", &a.name, args.role.as_str()),
        )
    })?;
    Ok(staff_view(added))
}

/// A new PIN for someone who forgot theirs (administrators only).
#[tauri::command]
pub async fn reset_pin(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::ResetPin>,
) -> Result<ReplyOf<wire::ResetPin>, Problem> {
    let by = require(&state, Role::Admin)?;
    access(&state, |s| {
        audit::logged_as(
            s,
            |s| staff::reset_pin(s, args.staff_id, args.pin.expose()),
            |who| Entry::new(&by.name, "reset_pin", &who.name, ""),
        )
    })?;
    Ok(())
}

/// Takes someone who left off the staff list (administrators only); signed in, they are
/// signed out at once.
#[tauri::command]
pub async fn archive_staff(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::ArchiveStaff>,
) -> Result<ReplyOf<wire::ArchiveStaff>, Problem> {
    let staff_id = args;
    let by = require(&state, Role::Admin)?;
    access(&state, |s| {
        audit::logged_as(
            s,
            |s| staff::archive(s, staff_id, now_ms()),
            |gone| Entry::new(&by.name, "archive_staff", &gone.name, ""),
        )
    })?;
    if let Ok(mut s) = session(&state) {
        if s.as_ref().is_some_and(|s| s.staff.id == staff_id) {
            *s = None;
        }
    }
    Ok(())
}

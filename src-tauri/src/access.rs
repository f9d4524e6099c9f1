//! Signing in and out, the staff list, and the one check every protected command makes:
//! `require(state, role)` answers who is signed in (their name signs what they change) or the
//! problem to show. Hiding a button in the window is not the protection; this is.

use hearth_core::access::{staff, AccessError, Role, Session, Staff};
use hearth_core::journal::now_ms;
use hearth_wire::{NewStaff, Problem, SignIn, StaffView};

use crate::journal::{problem, with};
use crate::AppState;

pub fn access_problem(e: AccessError) -> Problem {
    match e {
        AccessError::SignInNeeded => Problem::SignInNeeded,
        AccessError::TimedOut => Problem::TimedOut,
        AccessError::NotAllowed => Problem::NotAllowed,
        AccessError::WrongPin { tries_left } => Problem::WrongPin { tries_left },
        AccessError::LockedOut { seconds } => Problem::LockedOut { seconds },
        AccessError::Invalid(detail) => Problem::Refused { detail },
        AccessError::Journal(e) => problem(e),
    }
}

fn session(state: &AppState) -> Result<std::sync::MutexGuard<'_, Option<Session>>, Problem> {
    state.session.lock().map_err(|_| Problem::SignInNeeded)
}

/// The signed-in person, if their role allows `needed`.
pub fn require(state: &AppState, needed: Role) -> Result<Staff, Problem> {
    Session::allow(&mut *session(state)?, needed, now_ms()).map_err(access_problem)
}

fn view(s: Staff) -> StaffView {
    StaffView {
        id: s.id,
        name: s.name,
        role: crate::journal::snake_case(&s.role),
    }
}

/// Access errors and journal errors both end as a Problem.
fn access<T>(
    state: &AppState,
    f: impl FnOnce(&mut hearth_core::store::Store) -> Result<T, AccessError>,
) -> Result<T, Problem> {
    with(state, |s| Ok(f(s)))?.map_err(access_problem)
}

/// Names and roles of who can sign in, for the sign-in screen (no PIN material ever leaves).
#[tauri::command]
pub async fn staff(state: tauri::State<'_, AppState>) -> Result<Vec<StaffView>, Problem> {
    Ok(access(&state, |s| staff::list(s))?
        .into_iter()
        .map(view)
        .collect())
}

#[tauri::command]
pub async fn sign_in(
    state: tauri::State<'_, AppState>,
    request: SignIn,
) -> Result<StaffView, Problem> {
    let now = now_ms();
    let who = access(&state, |s| {
        staff::sign_in(s, request.staff_id, &request.pin, now)
    })?;
    log::info!("{} signed in", who.name);
    *session(&state)? = Some(Session::new(who.clone(), now));
    Ok(view(who))
}

#[tauri::command]
pub async fn sign_out(state: tauri::State<'_, AppState>) -> Result<(), Problem> {
    *session(&state)? = None;
    Ok(())
}

/// Who is signed in now (a session past its quiet time has ended).
#[tauri::command]
pub async fn signed_in(state: tauri::State<'_, AppState>) -> Result<Option<StaffView>, Problem> {
    Ok(require(&state, Role::Caregiver).ok().map(view))
}

/// Adds a caregiver or administrator. Only an administrator may — except on the very first
/// run, when the first person added must be the administrator.
#[tauri::command]
pub async fn add_staff(
    state: tauri::State<'_, AppState>,
    request: NewStaff,
) -> Result<StaffView, Problem> {
    let role = match request.role.as_str() {
        "admin" => Role::Admin,
        "caregiver" => Role::Caregiver,
        other => {
            return Err(Problem::Refused {
                detail: format!("unknown role {other}"),
            })
        }
    };
    let first = access(&state, |s| staff::list(s))?.is_empty();
    if first && role != Role::Admin {
        return Err(Problem::Refused {
            detail: "the first person on the staff list is its administrator".into(),
        });
    }
    if !first {
        require(&state, Role::Admin)?;
    }
    let added = access(&state, |s| staff::add(s, &request.name, role, &request.pin))?;
    Ok(view(added))
}

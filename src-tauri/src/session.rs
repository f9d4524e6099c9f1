//! The one check every protected command makes: `require(state, role)` answers who is
//! signed in (their name signs what they change) or the problem to show. Hiding a button in
//! the window is not the protection; this is.

use hearth_core::access::{staff, AccessError, Role, Session, Staff};
use hearth_core::clock::now_ms;
use hearth_wire::Problem;

use crate::problems::problem;
use crate::state::with;
use crate::AppState;

/// Who is signed in, held while a command signs in or out (a poisoned lock: nobody).
pub fn session(state: &AppState) -> Result<std::sync::MutexGuard<'_, Option<Session>>, Problem> {
    state.session.lock().map_err(|_| Problem::SignInNeeded)
}

/// Whether a caregiver or administrator is signed in now (not counted as a use).
pub fn someone_signed_in(state: &AppState) -> bool {
    state
        .session
        .lock()
        .is_ok_and(|s| Session::alive(&s, now_ms()))
}

/// The signed-in person, if their role allows `needed`.
pub fn require(state: &AppState, needed: Role) -> Result<Staff, Problem> {
    Session::allow(&mut *session(state)?, needed, now_ms()).map_err(problem)
}

/// Who may set Hearth up: anyone on the very first run (nobody is on the staff list yet, so
/// nobody could sign in), else a signed-in administrator. Answers the name for the audit log.
pub fn first_run_or_admin(state: &AppState) -> Result<String, Problem> {
    if access(state, |s| staff::list(s))?.is_empty() {
        Ok("first run".into())
    } else {
        Ok(require(state, Role::Admin)?.name)
    }
}

/// [`with`], for work that fails with the staff list's own errors (named here so `?` inside
/// the closure knows what to convert to).
pub fn access<T>(
    state: &AppState,
    f: impl FnOnce(&mut hearth_core::store::Store) -> Result<T, AccessError>,
) -> Result<T, Problem> {
    with(state, f)
}

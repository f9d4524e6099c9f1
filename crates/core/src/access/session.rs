//! A signed-in caregiver or administrator on this device: who, in what role, until a quiet
//! while has passed. Time is given, not read, so the rules are tested without waiting.

use super::staff::{Role, Staff};
use super::AccessError;

/// Ten quiet minutes end a session: a tablet left on a table does not stay signed in.
pub const IDLE_MS: i64 = 10 * 60_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub staff: Staff,
    last_active_ms: i64,
}

impl Session {
    pub fn new(staff: Staff, now_ms: i64) -> Self {
        Self {
            staff,
            last_active_ms: now_ms,
        }
    }

    /// Who is signed in, if their session is alive and their role allows `needed`; each
    /// allowed use keeps the session alive. A session found expired is ended.
    pub fn allow(
        slot: &mut Option<Session>,
        needed: Role,
        now_ms: i64,
    ) -> Result<Staff, AccessError> {
        let Some(session) = slot.as_mut() else {
            return Err(AccessError::SignInNeeded);
        };
        if now_ms - session.last_active_ms > IDLE_MS {
            *slot = None;
            return Err(AccessError::TimedOut);
        }
        if session.staff.role < needed {
            return Err(AccessError::NotAllowed);
        }
        session.last_active_ms = now_ms;
        Ok(session.staff.clone())
    }

    /// Whether someone is signed in and not yet timed out — without counting as a use (a
    /// note arriving must not keep a forgotten session alive).
    pub fn alive(slot: &Option<Session>, now_ms: i64) -> bool {
        slot.as_ref()
            .is_some_and(|s| now_ms - s.last_active_ms <= IDLE_MS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sam(role: Role) -> Staff {
        Staff {
            id: 1,
            name: "Sam".into(),
            role,
        }
    }

    #[test]
    fn roles_and_quiet_time_decide() {
        let mut none = None;
        assert!(matches!(
            Session::allow(&mut none, Role::Caregiver, 0),
            Err(AccessError::SignInNeeded)
        ));
        let mut slot = Some(Session::new(sam(Role::Caregiver), 0));
        assert_eq!(
            Session::allow(&mut slot, Role::Caregiver, 5 * 60_000)
                .unwrap()
                .name,
            "Sam"
        );
        assert!(matches!(
            Session::allow(&mut slot, Role::Admin, 6 * 60_000),
            Err(AccessError::NotAllowed)
        ));
        // Use keeps it alive: 14 minutes after signing in, 9 after the last use.
        assert!(Session::allow(&mut slot, Role::Caregiver, 14 * 60_000).is_ok());
        assert!(matches!(
            Session::allow(&mut slot, Role::Caregiver, 25 * 60_000),
            Err(AccessError::TimedOut)
        ));
        assert_eq!(slot, None);
        let mut admin = Some(Session::new(sam(Role::Admin), 0));
        assert!(Session::allow(&mut admin, Role::Caregiver, 1).is_ok());
    }

    #[test]
    fn looking_whether_someone_is_there_does_not_keep_them_signed_in() {
        let mut slot = Some(Session::new(sam(Role::Caregiver), 0));
        assert!(Session::alive(&slot, IDLE_MS));
        assert!(
            Session::alive(&slot, IDLE_MS),
            "looking twice changes nothing"
        );
        assert!(!Session::alive(&slot, IDLE_MS + 1));
        assert!(Session::allow(&mut slot, Role::Caregiver, IDLE_MS + 1).is_err());
        assert!(!Session::alive(&None, 0));
    }
}

//! Caregivers and staff administrators: a name, a role and a PIN hash. Signing in checks the
//! PIN; three wrong PINs in a row lock the name for 30 s, and each further one doubles the
//! pause (up to 15 min) — slow for someone guessing, soon over for someone who mistyped. Ten
//! in a row block the name until an administrator gives a new PIN (or, for the last
//! administrator, the staff passphrase unblocks it): pauses alone let a patient guesser try a
//! 4-digit PIN ~96 times a day.

use crate::refusal::Refusal;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::throttle::{AfterWrong, Throttle, Verdict};
use super::{pin, AccessError};
use crate::store::Store;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Caregiver,
    /// A caregiver who also manages staff, residents and settings.
    Admin,
}

/// Wrong PINs in a row that block a name until someone unblocks it.
pub const BLOCK_AFTER: u32 = 10;

impl Role {
    /// The fewest digits a PIN of this role may have: an administrator's opens everything.
    pub fn min_pin_digits(self) -> usize {
        match self {
            Self::Caregiver => 4,
            Self::Admin => 6,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            Self::Caregiver => "caregiver",
            Self::Admin => "admin",
        }
    }

    fn parse(s: &str) -> Self {
        if s == "admin" {
            Self::Admin
        } else {
            Self::Caregiver
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Staff {
    pub id: i64,
    pub name: String,
    pub role: Role,
}

pub fn add(store: &mut Store, name: &str, role: Role, pin: &str) -> Result<Staff, AccessError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(AccessError::Refused(Refusal::NameNeeded));
    }
    let hash = pin::hash(pin, role.min_pin_digits())?;
    let tx = store.write()?;
    let taken: Option<i64> = tx
        .query_row(
            "SELECT id FROM staff WHERE name = ?1 COLLATE NOCASE AND archived_ms IS NULL",
            [name],
            |r| r.get(0),
        )
        .optional()?;
    if taken.is_some() {
        return Err(AccessError::NameTaken(name.into()));
    }
    tx.execute(
        "INSERT INTO staff (name, role, pin_hash, created_ms) VALUES (?1, ?2, ?3, ?4)",
        params![name, role.as_str(), hash, crate::clock::now_ms()],
    )?;
    let id = tx.last_insert_rowid();
    tx.commit()?;
    Ok(Staff {
        id,
        name: name.into(),
        role,
    })
}

/// Everyone who can sign in, by name.
pub fn list(store: &Store) -> Result<Vec<Staff>, AccessError> {
    let mut stmt = store.conn().prepare(
        "SELECT id, name, role FROM staff WHERE archived_ms IS NULL ORDER BY name COLLATE NOCASE",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Staff {
            id: r.get(0)?,
            name: r.get(1)?,
            role: Role::parse(&r.get::<_, String>(2)?),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Checks `pin` for `staff_id` at `now_ms`, counting wrong ones.
pub fn sign_in(
    store: &mut Store,
    staff_id: i64,
    pin: &str,
    now_ms: i64,
) -> Result<Staff, AccessError> {
    let tx = store.write()?;
    let row: Option<(String, String, String, u32, i64)> = tx
        .query_row(
            "SELECT name, role, pin_hash, failed, locked_until_ms FROM staff
             WHERE id = ?1 AND archived_ms IS NULL",
            [staff_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?;
    let Some((name, role, hash, failed, locked_until)) = row else {
        return Err(AccessError::Refused(Refusal::NoSuchStaff));
    };
    if failed >= BLOCK_AFTER {
        return Err(AccessError::Blocked);
    }
    let mut tries = Throttle::resume(failed, locked_until);
    if let Verdict::Wait(seconds) = tries.check(now_ms) {
        return Err(AccessError::LockedOut { seconds });
    }
    if pin::matches(pin, &hash) {
        tx.execute(
            "UPDATE staff SET failed = 0, locked_until_ms = 0 WHERE id = ?1",
            [staff_id],
        )?;
        tx.commit()?;
        return Ok(Staff {
            id: staff_id,
            name,
            role: Role::parse(&role),
        });
    }
    let after = tries.wrong(now_ms);
    tx.execute(
        "UPDATE staff SET failed = ?2, locked_until_ms = ?3 WHERE id = ?1",
        params![staff_id, tries.failed(), tries.until_ms()],
    )?;
    tx.commit()?;
    Err(match after {
        _ if tries.failed() >= BLOCK_AFTER => AccessError::Blocked,
        AfterWrong::Wait(seconds) => AccessError::LockedOut { seconds },
        AfterWrong::TriesLeft(tries_left) => AccessError::WrongPin { tries_left },
    })
}

/// A new PIN for someone who forgot theirs (given by an administrator): it also ends any
/// pause from wrong PINs.
pub fn reset_pin(store: &Store, staff_id: i64, new_pin: &str) -> Result<Staff, AccessError> {
    let role: Option<String> = store
        .conn()
        .query_row(
            "SELECT role FROM staff WHERE id = ?1 AND archived_ms IS NULL",
            [staff_id],
            |r| r.get(0),
        )
        .optional()?;
    let Some(role) = role else {
        return Err(AccessError::Refused(Refusal::NoSuchStaff));
    };
    let hash = pin::hash(new_pin, Role::parse(&role).min_pin_digits())?;
    changed(
        store,
        staff_id,
        "pin_hash = ?2, failed = 0, locked_until_ms = 0",
        &[&hash],
    )
}

/// Clears a name's wrong PINs (blocked or paused): the staff passphrase was given, for the last
/// administrator, who has nobody to give them a new PIN. Answers who it was.
pub fn unblock(store: &Store, staff_id: i64) -> Result<Staff, AccessError> {
    changed(store, staff_id, "failed = 0, locked_until_ms = 0", &[])
}

/// Sets `set` (its values bound from `?2` on) on someone still on the staff list; answers
/// who it was.
fn changed(
    store: &Store,
    staff_id: i64,
    set: &str,
    values: &[&dyn rusqlite::ToSql],
) -> Result<Staff, AccessError> {
    let sql = format!(
        "UPDATE staff SET {set} WHERE id = ?1 AND archived_ms IS NULL RETURNING name, role"
    );
    let mut all: Vec<&dyn rusqlite::ToSql> = vec![&staff_id];
    all.extend_from_slice(values);
    let who: Option<(String, String)> = store
        .conn()
        .query_row(&sql, all.as_slice(), |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((name, role)) = who else {
        return Err(AccessError::Refused(Refusal::NoSuchStaff));
    };
    Ok(Staff {
        id: staff_id,
        name,
        role: Role::parse(&role),
    })
}

/// Takes someone who left off the staff list: they can no longer sign in; what they signed
/// keeps their name. The last administrator stays, so someone can always manage Hearth.
pub fn archive(store: &mut Store, staff_id: i64, at_ms: i64) -> Result<Staff, AccessError> {
    let tx = store.write()?;
    let who: Option<(String, String)> = tx
        .query_row(
            "SELECT name, role FROM staff WHERE id = ?1 AND archived_ms IS NULL",
            [staff_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((name, role)) = who else {
        return Err(AccessError::Refused(Refusal::NoSuchStaff));
    };
    let admins: i64 = tx.query_row(
        "SELECT count(*) FROM staff WHERE role = 'admin' AND archived_ms IS NULL",
        [],
        |r| r.get(0),
    )?;
    if role == "admin" && admins <= 1 {
        return Err(AccessError::Refused(Refusal::LastAdministrator));
    }
    tx.execute(
        "UPDATE staff SET archived_ms = ?2 WHERE id = ?1",
        params![staff_id, at_ms],
    )?;
    tx.commit()?;
    Ok(Staff {
        id: staff_id,
        name,
        role: Role::parse(&role),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn journal() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(&dir.path().join("j.sqlite")).unwrap();
        (dir, s)
    }

    #[test]
    fn wrong_pins_lock_out_then_the_right_one_works_once_the_pause_is_over() {
        let (_d, mut s) = journal();
        let sam = add(&mut s, "Sam", Role::Caregiver, "2580").unwrap();
        assert!(matches!(
            sign_in(&mut s, sam.id, "1111", 0),
            Err(AccessError::WrongPin { tries_left: 2 })
        ));
        assert!(matches!(
            sign_in(&mut s, sam.id, "1112", 1),
            Err(AccessError::WrongPin { tries_left: 1 })
        ));
        assert!(matches!(
            sign_in(&mut s, sam.id, "1113", 2),
            Err(AccessError::LockedOut { seconds: 30 })
        ));
        // Even the right PIN waits for the pause.
        assert!(matches!(
            sign_in(&mut s, sam.id, "2580", 10_000),
            Err(AccessError::LockedOut { seconds: 21 })
        ));
        assert_eq!(sign_in(&mut s, sam.id, "2580", 30_002).unwrap(), sam);
        // A success starts the count again.
        assert!(matches!(
            sign_in(&mut s, sam.id, "1111", 40_000),
            Err(AccessError::WrongPin { tries_left: 2 })
        ));
    }

    #[test]
    fn names_are_unique_pins_must_be_good_and_hashes_never_the_pin() {
        let (_d, mut s) = journal();
        add(&mut s, "Alex", Role::Admin, "139742").unwrap();
        assert!(add(&mut s, " alex ", Role::Caregiver, "2580").is_err());
        assert!(add(&mut s, "Sam", Role::Caregiver, "1234").is_err());
        assert!(add(&mut s, " ", Role::Caregiver, "2580").is_err());
        let everyone = list(&s).unwrap();
        assert_eq!(everyone.len(), 1);
        assert_eq!(everyone[0].role, Role::Admin);
        let stored: String = s
            .conn()
            .query_row("SELECT pin_hash FROM staff", [], |r| r.get(0))
            .unwrap();
        assert!(stored.starts_with("$argon2id$") && !stored.contains("139742"));
    }

    #[test]
    fn a_forgotten_pin_is_reset_and_someone_who_left_is_removed_but_never_the_last_admin() {
        let (_d, mut s) = journal();
        let ada = add(&mut s, "Ada", Role::Admin, "139742").unwrap();
        let sam = add(&mut s, "Sam", Role::Caregiver, "2580").unwrap();
        for _ in 0..3 {
            assert!(sign_in(&mut s, sam.id, "1111", 1_000).is_err());
        }
        assert!(matches!(
            sign_in(&mut s, sam.id, "2580", 1_000),
            Err(AccessError::LockedOut { .. })
        ));
        assert!(matches!(
            reset_pin(&s, sam.id, "1234"),
            Err(AccessError::WeakPin(_))
        ));
        reset_pin(&s, sam.id, "4826").unwrap();
        assert!(
            sign_in(&mut s, sam.id, "2580", 1_001).is_err(),
            "the old PIN is gone"
        );
        assert_eq!(sign_in(&mut s, sam.id, "4826", 1_002).unwrap().name, "Sam");

        assert!(
            archive(&mut s, ada.id, 2_000).is_err(),
            "the last administrator stays"
        );
        archive(&mut s, sam.id, 2_000).unwrap();
        assert!(sign_in(&mut s, sam.id, "4826", 2_001).is_err());
        assert_eq!(list(&s).unwrap().len(), 1);
        // Someone new may take the name of someone who left.
        add(&mut s, "Sam", Role::Caregiver, "5937").unwrap();
    }

    #[test]
    fn ten_wrong_pins_block_the_name_until_a_new_pin_or_an_unblock() {
        let (_d, mut s) = journal();
        let ada = add(&mut s, "Ada", Role::Admin, "139742").unwrap();
        let sam = add(&mut s, "Sam", Role::Caregiver, "2580").unwrap();
        // Each wrong PIN after its pause: the pauses alone would let this go on all day.
        let mut at = 0;
        for n in 1..=BLOCK_AFTER {
            at += 16 * 60_000;
            let got = sign_in(&mut s, sam.id, "1111", at);
            if n < BLOCK_AFTER {
                assert!(!matches!(got, Err(AccessError::Blocked)), "{n}: {got:?}");
            } else {
                assert!(matches!(got, Err(AccessError::Blocked)), "{got:?}");
            }
        }
        // Even the right PIN, however long after.
        assert!(matches!(
            sign_in(&mut s, sam.id, "2580", at + 86_400_000),
            Err(AccessError::Blocked)
        ));
        reset_pin(&s, sam.id, "4826").unwrap();
        assert_eq!(sign_in(&mut s, sam.id, "4826", at + 1).unwrap().name, "Sam");
        // The last administrator blocked: unblocked (the window asks the staff passphrase).
        for _ in 0..BLOCK_AFTER {
            at += 16 * 60_000;
            let _ = sign_in(&mut s, ada.id, "000111", at);
        }
        assert!(matches!(
            sign_in(&mut s, ada.id, "139742", at + 1),
            Err(AccessError::Blocked)
        ));
        assert_eq!(unblock(&s, ada.id).unwrap().name, "Ada");
        assert_eq!(
            sign_in(&mut s, ada.id, "139742", at + 2).unwrap().name,
            "Ada"
        );
    }

    #[test]
    fn an_administrator_needs_six_digits() {
        let (_d, mut s) = journal();
        assert!(matches!(
            add(&mut s, "Ada", Role::Admin, "2580"),
            Err(AccessError::WeakPin(super::pin::PinWeakness::AdminLength))
        ));
        let ada = add(&mut s, "Ada", Role::Admin, "139742").unwrap();
        assert!(matches!(
            reset_pin(&s, ada.id, "2580"),
            Err(AccessError::WeakPin(super::pin::PinWeakness::AdminLength))
        ));
        add(&mut s, "Sam", Role::Caregiver, "2580").unwrap();
    }
}

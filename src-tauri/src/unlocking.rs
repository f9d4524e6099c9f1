//! The staff passphrase and the recovery code, checked off the async threads with a
//! counted number of tries (a pause after too many wrong ones): opening the locked journal,
//! and the check an unblocking or a passphrase change needs.

use hearth_core::access::counted::{Counted, TryError};
use hearth_core::access::throttle::AfterWrong;
use hearth_core::clock::now_ms;
use hearth_core::journal::JournalError;
use hearth_core::paths;
use hearth_core::refusal::Refusal;
use hearth_core::store::key_box::{box_file, KeyBox};
use hearth_core::store::{passphrase_weakness, KeyError, RecoveryCode, Secret, StoreError};
use hearth_wire::{Problem, RecoveryCodeView, SecretText};

use crate::problems::problem;
use crate::state;
use crate::state::{Journal, Slot};
use crate::AppState;

/// The count of wrong tries, kept beside the key box (shared with `hearth export`).
pub fn tries() -> Counted {
    Counted::for_journal(&paths::journal_file())
}

/// Counts this try before its work runs; answers what a wrong secret will say.
pub fn count_try(now: i64) -> Result<AfterWrong, Problem> {
    tries().begin(now).map_err(|e| match e {
        TryError::Wait(seconds) => Problem::LockedOut { seconds },
        TryError::Io { .. } => Problem::Journal {
            detail: e.to_string(),
        },
    })
}

/// A wrong secret says how many tries are left (it was counted before it ran); anything
/// else is told as it is.
pub fn told(e: JournalError, if_wrong: AfterWrong) -> Problem {
    let passphrase = match e {
        JournalError::Store(StoreError::Key(KeyError::WrongPassphrase)) => true,
        JournalError::Store(StoreError::Key(KeyError::WrongRecoveryCode)) => false,
        e => return problem(e),
    };
    match (if_wrong, passphrase) {
        (AfterWrong::Wait(seconds), _) => Problem::LockedOut { seconds },
        (AfterWrong::TriesLeft(tries_left), true) => Problem::WrongPassphrase { tries_left },
        (AfterWrong::TriesLeft(tries_left), false) => Problem::WrongRecoveryCode { tries_left },
    }
}

pub fn weak(passphrase: &str) -> Result<(), Problem> {
    passphrase_weakness(passphrase).map_or(Ok(()), |why| {
        Err(Problem::WeakPassphrase {
            why: crate::views::passphrase_weakness_view(why),
        })
    })
}

pub fn shown(code: RecoveryCode) -> RecoveryCodeView {
    RecoveryCodeView {
        code: code.grouped(),
    }
}

/// Runs argon2's work where it may block.
pub async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, JournalError> + Send + 'static,
) -> Result<Result<T, JournalError>, Problem> {
    tauri::async_runtime::spawn_blocking(f)
        .await
        .map_err(|e| Problem::Journal {
            detail: e.to_string(),
        })
}

/// What was typed to open the journal (owned: it crosses to a blocking thread; wiped when
/// dropped).
pub enum Typed {
    Passphrase(SecretText),
    RecoveryCode(SecretText),
}

impl Typed {
    pub fn secret(&self) -> Secret<'_> {
        match self {
            Self::Passphrase(p) => Secret::Passphrase(p.expose()),
            Self::RecoveryCode(c) => Secret::RecoveryCode(c.expose()),
        }
    }
}

/// Checks the staff passphrase against the key box without opening anything (unblocking a
/// PIN), its tries counted like the locked screen's. A journal not under a passphrase has
/// nothing to check it against: refused.
pub async fn check(passphrase: SecretText) -> Result<(), Problem> {
    let if_wrong = count_try(now_ms())?;
    let journal = paths::journal_file();
    let checked = blocking(move || {
        let key_box = KeyBox::load(&box_file(&journal))
            .map_err(StoreError::from)?
            .ok_or(StoreError::Refused(Refusal::NoPassphraseYet))?;
        key_box
            .open(passphrase.expose())
            .map_err(StoreError::from)?;
        Ok(())
    })
    .await?;
    checked.map_err(|e| told(e, if_wrong))?;
    tries().right();
    Ok(())
}

/// Opens the locked journal with `typed`, runs `after` on it (a new passphrase, for a
/// recovery; the audit line), then puts it in the slot and starts the daily purge.
pub async fn open_locked<T: Send + 'static>(
    state: &AppState,
    typed: Typed,
    after: impl FnOnce(&Journal, &Typed) -> Result<T, JournalError> + Send + 'static,
) -> Result<T, Problem> {
    if !matches!(state::current(state), Err(Problem::JournalLocked)) {
        return Err(problem(Refusal::JournalAlreadyOpen));
    }
    let if_wrong = count_try(now_ms())?;
    let opened = blocking(move || {
        let journal = state::unlock(typed.secret())?;
        let then = after(&journal, &typed)?;
        Ok((journal, then))
    })
    .await?;
    let (journal, then) = opened.map_err(|e| told(e, if_wrong))?;
    tries().right();
    let mut slot = state.journal.write().unwrap_or_else(|e| e.into_inner());
    // Two openings at once: the first in keeps the slot; the second's store just closes.
    if matches!(*slot, Slot::Locked) {
        *slot = Slot::Open(journal.clone());
        state.purger.start(journal.clone());
        state.daily.start(journal);
    }
    Ok(then)
}

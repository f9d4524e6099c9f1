//! The staff passphrase in the window: opening a locked journal (with the passphrase, or with
//! the recovery code and a new passphrase), putting the journal under a passphrase (first
//! run, or an administrator), and changing it. Wrong tries pause like wrong PINs; the work of
//! argon2 (about 0.2 s here) runs off the async runtime's threads.

use hearth_core::access::counted::{Counted, TryError};
use hearth_core::access::throttle::AfterWrong;
use hearth_core::access::Role;
use hearth_core::audit::{self, Entry};
use hearth_core::clock::now_ms;
use hearth_core::journal::JournalError;
use hearth_core::paths;
use hearth_core::refusal::Refusal;
use hearth_core::store::key_box::{box_file, KeyBox};
use hearth_core::store::{passphrase_weakness, KeyError, RecoveryCode, Secret, StoreError};
use hearth_wire::{
    ChangePassphrase, Problem, ProtectJournal, RecoverJournal, RecoveryCodeView, SecretText,
    UnlockJournal,
};

use crate::journal::{self, store_of, Journal, Slot};
use crate::problems::problem;
use crate::AppState;

/// The count of wrong tries, kept beside the key box (shared with `hearth export`).
fn tries() -> Counted {
    Counted::for_journal(&paths::journal_file())
}

/// Counts this try before its work runs; answers what a wrong secret will say.
fn count_try(now: i64) -> Result<AfterWrong, Problem> {
    tries().begin(now).map_err(|e| match e {
        TryError::Wait(seconds) => Problem::LockedOut { seconds },
        TryError::Io { .. } => Problem::Journal {
            detail: e.to_string(),
        },
    })
}

/// A wrong secret says how many tries are left (it was counted before it ran); anything
/// else is told as it is.
fn told(e: JournalError, if_wrong: AfterWrong) -> Problem {
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

fn weak(passphrase: &str) -> Result<(), Problem> {
    passphrase_weakness(passphrase).map_or(Ok(()), |why| {
        Err(Problem::WeakPassphrase { why: why.into() })
    })
}

fn shown(code: RecoveryCode) -> RecoveryCodeView {
    RecoveryCodeView {
        code: code.grouped(),
    }
}

/// Runs argon2's work where it may block.
async fn blocking<T: Send + 'static>(
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
enum Typed {
    Passphrase(SecretText),
    RecoveryCode(SecretText),
}

impl Typed {
    fn secret(&self) -> Secret<'_> {
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
async fn open_locked<T: Send + 'static>(
    state: &AppState,
    typed: Typed,
    after: impl FnOnce(&Journal, &Typed) -> Result<T, JournalError> + Send + 'static,
) -> Result<T, Problem> {
    if !matches!(journal::current(state), Err(Problem::JournalLocked)) {
        return Err(problem(Refusal::JournalAlreadyOpen));
    }
    let if_wrong = count_try(now_ms())?;
    let opened = blocking(move || {
        let journal = journal::unlock(typed.secret())?;
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
        state.purger.start(journal);
    }
    Ok(then)
}

/// Opens the locked journal: staff type the passphrase at the device after Hearth starts.
#[tauri::command]
pub async fn unlock_journal(
    state: tauri::State<'_, AppState>,
    request: UnlockJournal,
) -> Result<(), Problem> {
    open_locked(&state, Typed::Passphrase(request.passphrase), |j, _| {
        let entry = Entry::new("staff passphrase", "unlock_journal", "journal", "");
        Ok(audit::record(&*store_of(j)?, &entry)?)
    })
    .await
}

/// The passphrase was forgotten: the recovery code opens the journal and a new passphrase
/// replaces the old (with a new recovery code; the old one stops working).
#[tauri::command]
pub async fn recover_journal(
    state: tauri::State<'_, AppState>,
    request: RecoverJournal,
) -> Result<RecoveryCodeView, Problem> {
    // A passphrase that will be refused should not cost a try of the code.
    weak(request.new_passphrase.expose())?;
    let new = request.new_passphrase;
    open_locked(
        &state,
        Typed::RecoveryCode(request.recovery_code),
        move |j, typed| {
            let store = store_of(j)?;
            let code = store.change_passphrase(typed.secret(), new.expose())?;
            let entry = Entry::new("recovery code", "recover_journal", "journal", "");
            audit::record(&store, &entry)?;
            Ok(shown(code))
        },
    )
    .await
}

/// Puts the journal under a staff passphrase: on the first run, before anyone is on the
/// staff list; later (a journal from an earlier Hearth), an administrator.
#[tauri::command]
pub async fn protect_journal(
    state: tauri::State<'_, AppState>,
    request: ProtectJournal,
) -> Result<RecoveryCodeView, Problem> {
    weak(request.passphrase.expose())?;
    let by = crate::access::first_run_or_admin(&state)?;
    let j = journal::current(&state)?;
    let code = blocking(move || {
        let mut store = store_of(&j)?;
        let code = store.protect(request.passphrase.expose())?;
        audit::record(&store, &Entry::new(&by, "protect_journal", "journal", ""))?;
        Ok(code)
    })
    .await?
    .map_err(problem)?;
    Ok(shown(code))
}

/// A new staff passphrase (administrators, who must know the current one): the recovery code
/// changes with it.
#[tauri::command]
pub async fn change_passphrase(
    state: tauri::State<'_, AppState>,
    request: ChangePassphrase,
) -> Result<RecoveryCodeView, Problem> {
    let by = crate::access::require(&state, Role::Admin)?.name;
    weak(request.new_passphrase.expose())?;
    let if_wrong = count_try(now_ms())?;
    let j = journal::current(&state)?;
    let changed = blocking(move || {
        let store = store_of(&j)?;
        let code = store.change_passphrase(
            Secret::Passphrase(request.current.expose()),
            request.new_passphrase.expose(),
        )?;
        audit::record(&store, &Entry::new(&by, "change_passphrase", "journal", ""))?;
        Ok(code)
    })
    .await?;
    let code = changed.map_err(|e| told(e, if_wrong))?;
    tries().right();
    Ok(shown(code))
}

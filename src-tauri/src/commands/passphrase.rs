//! The staff passphrase in the window: opening a locked journal (with the passphrase, or with
//! the recovery code and a new passphrase), putting the journal under a passphrase (first
//! run, or an administrator), and changing it. Wrong tries pause like wrong PINs; the work of
//! argon2 (about 0.2 s here) runs off the async runtime's threads.

use hearth_core::access::Role;
use hearth_core::audit::{self, Entry};
use hearth_core::clock::now_ms;
use hearth_core::store::Secret;
use hearth_wire::{commands as wire, ArgsOf, Problem, ReplyOf};

use crate::problems::problem;
use crate::state;
use crate::state::store_of;
use crate::unlocking::{blocking, count_try, open_locked, shown, told, tries, weak, Typed};
use crate::AppState;

/// Opens the locked journal: staff type the passphrase at the device after Hearth starts.
#[tauri::command]
pub async fn unlock_journal(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::UnlockJournal>,
) -> Result<ReplyOf<wire::UnlockJournal>, Problem> {
    open_locked(&state, Typed::Passphrase(args.passphrase), |j, _| {
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
    args: ArgsOf<wire::RecoverJournal>,
) -> Result<ReplyOf<wire::RecoverJournal>, Problem> {
    // A passphrase that will be refused should not cost a try of the code.
    weak(args.new_passphrase.expose())?;
    let new = args.new_passphrase;
    open_locked(
        &state,
        Typed::RecoveryCode(args.recovery_code),
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
    args: ArgsOf<wire::ProtectJournal>,
) -> Result<ReplyOf<wire::ProtectJournal>, Problem> {
    weak(args.passphrase.expose())?;
    let by = crate::session::first_run_or_admin(&state)?;
    let j = state::current(&state)?;
    let code = blocking(move || {
        let mut store = store_of(&j)?;
        let code = store.protect(args.passphrase.expose())?;
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
    args: ArgsOf<wire::ChangePassphrase>,
) -> Result<ReplyOf<wire::ChangePassphrase>, Problem> {
    let by = crate::session::require(&state, Role::Admin)?.name;
    weak(args.new_passphrase.expose())?;
    let if_wrong = count_try(now_ms())?;
    let j = state::current(&state)?;
    let changed = blocking(move || {
        let store = store_of(&j)?;
        let code = store.change_passphrase(
            Secret::Passphrase(args.current.expose()),
            args.new_passphrase.expose(),
        )?;
        audit::record(&store, &Entry::new(&by, "change_passphrase", "journal", ""))?;
        Ok(code)
    })
    .await?;
    let code = changed.map_err(|e| told(e, if_wrong))?;
    tries().right();
    Ok(shown(code))
}

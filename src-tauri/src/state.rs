//! What the commands share: the journal slot (open, locked under the staff passphrase, or
//! failed, with the one way to run code against the open store) and the read-aloud
//! loudspeaker.

use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use hearth_core::journal::{residents, JournalError};
use hearth_core::paths;
use hearth_core::store::{Secret, Store, StoreError};
use hearth_core::voice::{Playing, Speaker, Synth};
use hearth_wire::{JournalStatus, Problem};

use crate::problems::{problem, ToProblem};
use crate::AppState;

/// Two clearly marked demo residents on the very first run, one per shipped language.
const DEMO_RESIDENTS: [(&str, &str); 2] = [("Arthur", "en"), ("Marie", "fr")];

pub type Journal = Arc<Mutex<Store>>;

/// The journal as the window sees it: open, waiting for the staff passphrase, or failed.
pub enum Slot {
    Open(Journal),
    Locked,
    Failed(String),
}

pub type JournalSlot = RwLock<Slot>;

/// Opens the journal at start-up with this device's key, unless it is under the staff
/// passphrase (then it waits, locked).
pub fn open() -> Slot {
    match seeded(Store::open(&paths::journal_file())) {
        Ok(journal) => Slot::Open(journal),
        Err(JournalError::Store(StoreError::NeedsPassphrase)) => Slot::Locked,
        Err(e) => {
            log::error!("{e}");
            Slot::Failed(e.to_string())
        }
    }
}

/// Opens the journal with the passphrase or the recovery code.
pub fn unlock(secret: Secret<'_>) -> Result<Journal, JournalError> {
    seeded(Store::unlock(&paths::journal_file(), secret))
}

/// A journal just opened, with the demo residents of a first run.
fn seeded(opened: Result<Store, StoreError>) -> Result<Journal, JournalError> {
    let mut store = opened?;
    residents::ensure_demo(&mut store, &DEMO_RESIDENTS)?;
    Ok(Arc::new(Mutex::new(store)))
}

/// What the window shows about the journal.
pub fn status(state: &AppState) -> JournalStatus {
    match &*read(state) {
        Slot::Open(_) => {
            let path = paths::journal_file();
            JournalStatus::Ready {
                protected: hearth_core::store::is_protected(&path),
                path: path.display().to_string(),
            }
        }
        Slot::Locked => JournalStatus::Locked,
        Slot::Failed(detail) => JournalStatus::Failed {
            detail: detail.clone(),
        },
    }
}

pub fn read(state: &AppState) -> std::sync::RwLockReadGuard<'_, Slot> {
    // A panic while swapping the slot leaves it as it was: still readable.
    state.journal.read().unwrap_or_else(|e| e.into_inner())
}

/// The open journal (shared), or why there is none.
/// Waits for a write in progress to end, then keeps the journal shut to writes: called as
/// Hearth exits, so no background job (the purge, a backup) is mid-write while the process's
/// libraries are torn down (SQLCipher needs OpenSSL to finish a write, and OpenSSL goes first:
/// a purge caught there crashed the exit and lost its write).
pub fn close_for_exit(state: &AppState) {
    if let Ok(journal) = current(state) {
        if let Ok(store) = journal.lock() {
            // Held until the process ends: whoever comes next waits, and writes nothing.
            std::mem::forget(store);
        }
    }
}

pub fn current(state: &AppState) -> Result<Journal, Problem> {
    match &*read(state) {
        Slot::Open(j) => Ok(j.clone()),
        Slot::Locked => Err(Problem::JournalLocked),
        Slot::Failed(detail) => Err(Problem::Journal {
            detail: detail.clone(),
        }),
    }
}

/// Runs `f` with the open journal, or says why there is none.
pub fn with<T, E: ToProblem>(
    state: &AppState,
    f: impl FnOnce(&mut Store) -> Result<T, E>,
) -> Result<T, Problem> {
    locked(&current(state)?, f)
}

/// Runs `f` with the journal locked (one writer at a time, across threads).
pub fn locked<T, E: ToProblem>(
    journal: &Journal,
    f: impl FnOnce(&mut Store) -> Result<T, E>,
) -> Result<T, Problem> {
    let mut store = store_of(journal).map_err(|e| Problem::Journal {
        detail: e.to_string(),
    })?;
    f(&mut store).map_err(problem)
}

/// The journal's store, held by one thread at a time; for callers that keep the store's own
/// errors (the passphrase's, told apart from the others).
pub fn store_of(journal: &Journal) -> Result<MutexGuard<'_, Store>, StoreError> {
    journal.lock().map_err(|_| StoreError::Crashed)
}

#[derive(Default)]
pub struct Reader {
    pub device: Option<(Synth, Speaker)>,
    pub playing: Option<Playing>,
}

pub type ReaderSlot = Mutex<Reader>;

//! The journal in the window: opened at start-up, or later with the staff passphrase when it
//! is under one (a failure is shown, not fatal), and the commands that read it.

use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use hearth_core::journal::notes::NoteSignal;
use hearth_core::journal::reviews::Reading;
use hearth_core::journal::{notes, residents, JournalError, Note, NoteFilter};
use hearth_core::paths;
use hearth_core::store::{Secret, Store, StoreError};
use hearth_wire::{
    JournalStatus, NoteView, NotesQuery, Problem, ReadingView, ReviewView, SignalView,
};

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

fn read(state: &AppState) -> std::sync::RwLockReadGuard<'_, Slot> {
    // A panic while swapping the slot leaves it as it was: still readable.
    state.journal.read().unwrap_or_else(|e| e.into_inner())
}

/// The open journal (shared), or why there is none.
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

pub fn note_view(n: Note) -> NoteView {
    let source = snake_case(&n.source);
    NoteView {
        id: n.id,
        resident_id: n.resident_id,
        resident_name: n.resident_name,
        created_ms: n.created_ms,
        source,
        text: n.current,
        original: n.original,
        revisions: n.revisions,
        author: n.author,
        signals: n.signals.into_iter().map(signal_view).collect(),
    }
}

pub fn signal_view(s: NoteSignal) -> SignalView {
    let review = s.review.as_ref().map(|r| ReviewView {
        action: r.action.clone(),
        author: r.author.clone(),
        created_ms: r.created_ms,
        reading: s.reading().map(reading_view),
    });
    SignalView {
        id: s.id,
        kind: s.read.kind,
        value: s.read.value,
        location: s.read.location,
        severity: s.read.severity,
        mild: s.read.mild,
        start: s.read.start,
        end: s.read.end,
        evidence: s.read.evidence,
        reader: s.read.reader.as_str().to_string(),
        sounds_like: s.read.sounds_like,
        review,
    }
}

pub fn reading_view(r: Reading) -> ReadingView {
    ReadingView {
        kind: r.kind,
        value: r.value,
        location: r.location,
        severity: r.severity,
        mild: r.mild,
        status: snake_case(&r.status),
    }
}

/// How serde names a unit variant ("check_in", "low_mood"), for the wire's plain strings.
pub fn snake_case(v: &impl serde::Serialize) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[tauri::command]
pub async fn notes(
    state: tauri::State<'_, AppState>,
    query: NotesQuery,
) -> Result<Vec<NoteView>, Problem> {
    let who = crate::access::require(&state, hearth_core::access::Role::Caregiver)?;
    crate::checks::period(query.from_ms, query.to_ms)?;
    let day = crate::audit::days(query.from_ms, query.to_ms);
    crate::audit::viewed(&state, &who, "view_notes", query.resident_id, day)?;
    let filter = NoteFilter {
        resident_id: query.resident_id,
        from_ms: query.from_ms,
        to_ms: query.to_ms,
    };
    let list = with(&state, |s| notes::list(s, &filter))?;
    Ok(list.into_iter().map(note_view).collect())
}

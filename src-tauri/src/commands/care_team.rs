//! The care team's commands: the day's board, deciding on what was inferred, search, a
//! resident's trends and the shift handover.

use hearth_core::access::Role;
use hearth_core::audit::{self, Entry};
use hearth_core::clock::now_ms;
use hearth_core::journal::board::BoardRow;
use hearth_core::journal::reviews::{self, Decision};
use hearth_core::journal::search::{self, SearchFilter};
use hearth_core::journal::{board, cards, handover, history, notes, trends, JournalError};
use hearth_core::store::Store;
use hearth_wire::{
    commands as wire, ArgsOf, BoardRowView, DayReadingView, DecisionView, HandoverView,
    NoteHistoryView, Problem, ReplyOf, RevisionView, ToConfirmView,
};

use crate::audited::{changed, changed_note, days, viewed};
use crate::session::require;
use crate::state::with;
use crate::views::board_row_view;
use crate::views::{action_view, note_view, reading_view, signal_view};
use crate::{checks, AppState};

#[tauri::command]
pub async fn board(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::Board>,
) -> Result<ReplyOf<wire::Board>, Problem> {
    let who = require(&state, Role::Caregiver)?;
    checks::period(args.from_ms, args.to_ms)?;
    let day = days(args.from_ms, args.to_ms);
    viewed(&state, &who, "view_board", None, day)?;
    with(&state, |s| {
        board_rows(s, board::between(s, args.from_ms, args.to_ms)?)
    })
}

/// Board rows with their residents' cards, read for all rows at once.
fn board_rows(s: &Store, rows: Vec<BoardRow>) -> Result<Vec<BoardRowView>, JournalError> {
    let residents = rows.iter().map(|r| r.resident.clone()).collect();
    let cards = cards::cards(s, residents)?;
    Ok(rows
        .into_iter()
        .zip(cards)
        .map(|(r, c)| board_row_view(r, c))
        .collect())
}

/// The shift so far: `query` runs from the start of the shift to now.
#[tauri::command]
pub async fn handover(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::Handover>,
) -> Result<ReplyOf<wire::Handover>, Problem> {
    let who = require(&state, Role::Caregiver)?;
    checks::period(args.from_ms, args.to_ms)?;
    let since = days(args.from_ms, args.to_ms);
    viewed(&state, &who, "view_handover", None, since)?;
    let (h, residents) = with(&state, |s| {
        let mut h = handover::between(s, args.from_ms, args.to_ms)?;
        let rows = board_rows(s, std::mem::take(&mut h.residents))?;
        Ok::<_, JournalError>((h, rows))
    })?;
    Ok(HandoverView {
        residents,
        to_confirm: h
            .to_confirm
            .into_iter()
            .map(|t| ToConfirmView {
                resident_name: t.resident_name,
                created_ms: t.created_ms,
                signal: signal_view(t.signal),
            })
            .collect(),
    })
}

#[tauri::command]
pub async fn trends(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::Trends>,
) -> Result<ReplyOf<wire::Trends>, Problem> {
    let who = require(&state, Role::Caregiver)?;
    checks::bounds(&args.bounds)?;
    let span = match (args.bounds.first(), args.bounds.last()) {
        (Some(a), Some(b)) if a < b => days(*a, *b),
        _ => String::new(),
    };
    viewed(&state, &who, "view_trends", Some(args.resident_id), span)?;
    let days = with(&state, |s| {
        trends::by_day(s, args.resident_id, &args.bounds)
    })?;
    Ok(days
        .into_iter()
        .map(|d| DayReadingView {
            day: d.day,
            reading: reading_view(d.reading),
            readings: d.readings,
            decided: d.decided,
        })
        .collect())
}

/// Records a caregiver's decision; answers the note as it now reads.
#[tauri::command]
pub async fn review_signal(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::ReviewSignal>,
) -> Result<ReplyOf<wire::ReviewSignal>, Problem> {
    let who = require(&state, Role::Caregiver)?;
    let decision = match args.decision {
        hearth_wire::Decision::Confirm => Decision::Confirm,
        hearth_wire::Decision::Dismiss => Decision::Dismiss,
        hearth_wire::Decision::Correct {
            value,
            location,
            severity,
        } => Decision::Correct {
            value,
            location,
            severity,
        },
    };
    // Which reading and what was done with it, never the reading itself (the log outlives an
    // erasure's subject; health details do not belong in it).
    let detail = format!("signal {}: {}", args.signal_id, decision.action().as_str());
    let note = changed_note(&state, &who.name, "decide", detail, |s| {
        reviews::decide(s, args.signal_id, &decision, &who.name, now_ms())?;
        notes::with_signal(s, args.signal_id)
    })?;
    Ok(note_view(note))
}

#[tauri::command]
pub async fn search(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::Search>,
) -> Result<ReplyOf<wire::Search>, Problem> {
    let who = require(&state, Role::Caregiver)?;
    for ms in [args.from_ms, args.to_ms].into_iter().flatten() {
        checks::instant(ms)?;
    }
    // The filters are logged, not the words: they are about what residents said.
    let filters = format!(
        "from {:?} to {:?}, reading {}",
        args.from_ms.map(|m| days(m, m + 1)),
        args.to_ms.map(|m| days(m - 1, m)),
        args.signal.as_deref().unwrap_or("any")
    );
    viewed(&state, &who, "search", args.resident_id, filters)?;
    let filter = SearchFilter {
        resident_id: args.resident_id,
        from_ms: args.from_ms,
        to_ms: args.to_ms,
        signal: args.signal,
        limit: 50,
    };
    let found = with(&state, |s| search::search(s, &args.words, &filter))?;
    Ok(found.into_iter().map(note_view).collect())
}

#[tauri::command]
pub async fn add_note(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::AddNote>,
) -> Result<ReplyOf<wire::AddNote>, Problem> {
    let who = require(&state, Role::Caregiver)?;
    let entry = Entry::new(
        &who.name,
        "add_note",
        &crate::audited::resident(Some(args.resident_id)),
        "",
    );
    let note = changed(&state, entry, |s| {
        notes::record_typed(s, args.resident_id, now_ms(), &who.name, &args.text)
    })?;
    Ok(note_view(note))
}

#[tauri::command]
pub async fn revise_note(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::ReviseNote>,
) -> Result<ReplyOf<wire::ReviseNote>, Problem> {
    let who = require(&state, Role::Caregiver)?;
    let detail = format!("note {}", args.note_id);
    let note = changed_note(&state, &who.name, "revise_note", detail, |s| {
        notes::revise(s, args.note_id, &who.name, &args.text)
    })?;
    Ok(note_view(note))
}

#[tauri::command]
pub async fn note_history(
    state: tauri::State<'_, AppState>,
    args: ArgsOf<wire::NoteHistory>,
) -> Result<ReplyOf<wire::NoteHistory>, Problem> {
    let note_id = args;
    let who = require(&state, Role::Caregiver)?;
    let about = with(&state, |s| notes::get(s, note_id))?.resident_id;
    let entry = Entry::new(
        &who.name,
        "view_history",
        &crate::audited::resident(Some(about)),
        format!("note {note_id}"),
    );
    with(&state, |s| audit::record(s, &entry))?;
    let h = with(&state, |s| history::of_note(s, note_id))?;
    Ok(NoteHistoryView {
        original: h.original,
        revisions: h
            .revisions
            .into_iter()
            .map(|r| RevisionView {
                author: r.author,
                created_ms: r.created_ms,
                text: r.text,
            })
            .collect(),
        decisions: h
            .decisions
            .into_iter()
            .map(|d| DecisionView {
                signal_id: d.signal_id,
                action: action_view(d.action),
                author: d.author,
                created_ms: d.created_ms,
                reading: d.reading.map(reading_view),
            })
            .collect(),
    })
}

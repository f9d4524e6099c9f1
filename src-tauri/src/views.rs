//! Core types as the wire's views: conversions only, for every command that answers with
//! a resident, a note, a reading, a board row, a staff member or display settings. Nothing
//! here reads the journal: what a view needs comes read (a resident's `cards`).

use hearth_core::access::pin::PinWeakness;
use hearth_core::access::{Role, Staff};
use hearth_core::journal::board::{self, BoardRow};
use hearth_core::journal::cards::{Card, ProfileCard};
use hearth_core::journal::consent::{self, Answer};
use hearth_core::journal::notes::{self, NoteSignal};
use hearth_core::journal::reviews::{self, Reading};
use hearth_core::journal::Note;
use hearth_core::settings::Preferences;
use hearth_core::settings::{Display, Input, Pause};
use hearth_core::store::PassphraseWeakness;
use hearth_wire::*;

pub fn note_view(n: Note) -> NoteView {
    let source = match n.source {
        notes::NoteSource::Spoken => NoteSource::Spoken,
        notes::NoteSource::Typed => NoteSource::Typed,
        notes::NoteSource::CheckIn => NoteSource::CheckIn,
    };
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
        action: action_view(r.action),
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
        status: match r.status {
            reviews::Status::Inferred => ReadingStatus::Inferred,
            reviews::Status::Confirmed => ReadingStatus::Confirmed,
            reviews::Status::Corrected => ReadingStatus::Corrected,
        },
    }
}

pub fn resident_view(c: Card) -> ResidentView {
    ResidentView {
        id: c.resident.id,
        name: c.resident.preferred_name,
        language: c.resident.language,
        is_demo: c.resident.is_demo,
        may_listen: c.may_listen,
        preferences: preferences_view(&c.preferences),
    }
}

pub fn profile_view(p: ProfileCard) -> ResidentProfileView {
    let consent_view = |a: Answer| ConsentView {
        purpose: purpose_view(a.purpose),
        given: a.given,
        given_by: a.given_by,
        recorded_by: a.recorded_by,
        at_ms: a.at_ms,
    };
    ResidentProfileView {
        resident: resident_view(p.card),
        enjoys: p.enjoys,
        avoids: p.avoids,
        archived: p.archived,
        consent: p.consent.into_iter().map(consent_view).collect(),
        consent_history: p.consent_history.into_iter().map(consent_view).collect(),
    }
}

pub fn preferences(p: &ResidentPreferences) -> Preferences {
    Preferences {
        speech_rate_wpm: p.speech_rate_wpm,
        volume_percent: p.volume_percent,
        input: match p.input {
            InputMode::Hold => Input::Hold,
            InputMode::Tap => Input::Tap,
            InputMode::HandsFree => Input::HandsFree,
        },
        pause: match p.pause {
            PauseLength::Short => Pause::Short,
            PauseLength::Normal => Pause::Normal,
            PauseLength::Long => Pause::Long,
        },
        captions: p.captions,
        spoken: p.spoken,
        one_button: p.one_button,
        display: p.display.map(crate::views::display_of),
    }
}

fn preferences_view(p: &Preferences) -> ResidentPreferences {
    ResidentPreferences {
        speech_rate_wpm: p.speech_rate_wpm,
        volume_percent: p.volume_percent,
        input: match p.input {
            Input::Hold => InputMode::Hold,
            Input::Tap => InputMode::Tap,
            Input::HandsFree => InputMode::HandsFree,
        },
        pause: match p.pause {
            Pause::Short => PauseLength::Short,
            Pause::Normal => PauseLength::Normal,
            Pause::Long => PauseLength::Long,
        },
        captions: p.captions,
        spoken: p.spoken,
        one_button: p.one_button,
        display: p.display.map(crate::views::display_view),
    }
}

/// A board row, with the card of its resident (`r.resident` is that resident).
pub fn board_row_view(r: BoardRow, card: Card) -> BoardRowView {
    BoardRowView {
        resident: resident_view(card),
        notes: r.notes,
        flags: r
            .flags
            .into_iter()
            .map(|f| FlagView {
                flag: match f.flag {
                    board::Flag::Urgent => Flag::Urgent,
                    board::Flag::Pain => Flag::Pain,
                    board::Flag::LowMood => Flag::LowMood,
                    board::Flag::PoorSleep => Flag::PoorSleep,
                    board::Flag::NotEating => Flag::NotEating,
                    board::Flag::Lonely => Flag::Lonely,
                },
                count: f.count,
                decided: f.decided,
            })
            .collect(),
        summary: r.summary.into_iter().map(reading_view).collect(),
        to_review: r.to_review,
        last_note_ms: r.last_note_ms,
    }
}

pub fn staff_view(s: Staff) -> StaffView {
    StaffView {
        id: s.id,
        name: s.name,
        role: match s.role {
            Role::Caregiver => StaffRole::Caregiver,
            Role::Admin => StaffRole::Admin,
        },
    }
}

pub fn display_view(d: Display) -> DisplaySettings {
    DisplaySettings {
        text_percent: d.text_percent,
        high_contrast: d.high_contrast,
        reduced_motion: d.reduced_motion,
    }
}

pub fn display_of(d: DisplaySettings) -> Display {
    Display {
        text_percent: d.text_percent,
        high_contrast: d.high_contrast,
        reduced_motion: d.reduced_motion,
    }
}

pub fn action_view(a: reviews::Action) -> ReviewAction {
    match a {
        reviews::Action::Confirm => ReviewAction::Confirm,
        reviews::Action::Correct => ReviewAction::Correct,
        reviews::Action::Dismiss => ReviewAction::Dismiss,
    }
}

pub fn purpose_view(p: consent::Purpose) -> Purpose {
    match p {
        consent::Purpose::SpeechRecognition => Purpose::SpeechRecognition,
        consent::Purpose::KeepTranscripts => Purpose::KeepTranscripts,
        consent::Purpose::KeepAudio => Purpose::KeepAudio,
    }
}

pub fn purpose_of(p: Purpose) -> consent::Purpose {
    match p {
        Purpose::SpeechRecognition => consent::Purpose::SpeechRecognition,
        Purpose::KeepTranscripts => consent::Purpose::KeepTranscripts,
        Purpose::KeepAudio => consent::Purpose::KeepAudio,
    }
}

pub fn role_of(r: StaffRole) -> Role {
    match r {
        StaffRole::Caregiver => Role::Caregiver,
        StaffRole::Admin => Role::Admin,
    }
}

pub fn format_of(f: ExportFormat) -> hearth_core::export::Format {
    use hearth_core::export::Format;
    match f {
        ExportFormat::Pdf => Format::Pdf,
        ExportFormat::Csv => Format::Csv,
        ExportFormat::Fhir => Format::Fhir,
    }
}

pub fn pin_weakness_view(w: PinWeakness) -> hearth_wire::PinWeakness {
    use hearth_wire::PinWeakness as Wire;
    match w {
        PinWeakness::Digits => Wire::Digits,
        PinWeakness::Length => Wire::Length,
        PinWeakness::Repeated => Wire::Repeated,
        PinWeakness::Run => Wire::Run,
        PinWeakness::AdminLength => Wire::AdminLength,
    }
}

pub fn passphrase_weakness_view(w: PassphraseWeakness) -> hearth_wire::PassphraseWeakness {
    use hearth_wire::PassphraseWeakness as Wire;
    match w {
        PassphraseWeakness::Short => Wire::Short,
        PassphraseWeakness::Long => Wire::Long,
        PassphraseWeakness::Repeated => Wire::Repeated,
        PassphraseWeakness::Common => Wire::Common,
    }
}

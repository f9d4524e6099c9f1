//! The care team's views: the day's board, search, trends, handover and exports.

use serde::{Deserialize, Serialize};

use crate::named::named;

use crate::{ReadingView, ResidentView, SignalView};

/// The board for a day: notes created in [from_ms, to_ms).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoardQuery {
    pub from_ms: i64,
    pub to_ms: i64,
}

/// One resident's day on the board; rows come most pressing first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoardRowView {
    pub resident: ResidentView,
    pub notes: u32,
    pub flags: Vec<FlagView>,
    /// Every urgent reading, then the latest of each topic: the one-line summary.
    pub summary: Vec<ReadingView>,
    /// Readings nobody has decided on yet.
    pub to_review: u32,
    pub last_note_ms: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlagView {
    /// Most pressing first.
    pub flag: Flag,
    pub count: u32,
    /// How many a caregiver confirmed or corrected.
    pub decided: u32,
}

/// Words to find in notes, with optional filters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchQuery {
    pub words: String,
    pub resident_id: Option<i64>,
    pub from_ms: Option<i64>,
    pub to_ms: Option<i64>,
    /// Only notes with a signal of this kind.
    pub signal: Option<String>,
}

/// A resident's days: `bounds` are the local midnights starting each day, then the end of
/// the last (only the screen knows the local time zone).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrendQuery {
    pub resident_id: i64,
    pub bounds: Vec<i64>,
}

/// One topic (mood, pain, sleep, appetite) on one day: its most concerning reading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DayReadingView {
    /// Index into the days asked for.
    pub day: usize,
    pub reading: ReadingView,
    pub readings: u32,
    /// How many of that day's readings a caregiver confirmed or corrected.
    pub decided: u32,
}

/// What the next shift needs: every resident in a line, and what nobody has decided on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HandoverView {
    pub residents: Vec<BoardRowView>,
    pub to_confirm: Vec<ToConfirmView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToConfirmView {
    pub resident_name: String,
    pub created_ms: i64,
    pub signal: SignalView,
}

/// One resident's notes in [from_ms, to_ms), out of Hearth as a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportRequest {
    pub resident_id: i64,
    pub from_ms: i64,
    pub to_ms: i64,
    pub format: ExportFormat,
    /// The language of the PDF's words.
    pub language: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exported {
    /// Where the file was written, on this device.
    pub path: String,
    pub notes: usize,
}

named! {
    /// Why a resident is on top of the board, most pressing first.
    pub enum Flag {
        Urgent = "urgent",
        Pain = "pain",
        LowMood = "low_mood",
        PoorSleep = "poor_sleep",
        NotEating = "not_eating",
        Lonely = "lonely",
    }
}

named! {
    /// The file an export writes.
    pub enum ExportFormat {
        Pdf = "pdf",
        Csv = "csv",
        /// HL7 FHIR R4 Observations (JSON).
        Fhir = "fhir",
    }
}

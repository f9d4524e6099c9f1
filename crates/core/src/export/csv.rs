//! CSV: a row per reading (and one for a note with none), with the machine's reading, the
//! caregiver's decision and the words — so a spreadsheet can count, filter and check.

use super::{utc, ExportError, Record};

const HEADER: [&str; 16] = [
    "note_id",
    "created_utc",
    "resident",
    "source",
    "note_text",
    "kind",
    "hearth_read",
    "hearth_place",
    "hearth_score",
    "evidence",
    "decision",
    "decided_by",
    "decided_utc",
    "value_now",
    "place_now",
    "score_now",
];

/// Spreadsheets run a cell that starts with = + - @ as a formula; such text is prefixed
/// with ' so a resident's words stay words (OWASP's advice on CSV injection).
fn cell(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

pub fn write(r: &Record) -> Result<Vec<u8>, ExportError> {
    let mut out = ::csv::Writer::from_writer(Vec::new());
    out.write_record(HEADER)?;
    let opt = |v: Option<String>| v.unwrap_or_default();
    for n in &r.notes {
        let note = [
            n.id.to_string(),
            utc(n.created_ms),
            cell(&r.resident.preferred_name),
            n.source.as_str().to_string(),
            cell(&n.current),
        ];
        if n.signals.is_empty() {
            let mut row = note.to_vec();
            row.resize(HEADER.len(), String::new());
            out.write_record(&row)?;
        }
        for s in &n.signals {
            let now = s.reading();
            let mut row = note.to_vec();
            row.extend([
                s.read.kind.clone(),
                s.read.value.clone(),
                opt(s.read.location.clone()),
                opt(s.read.severity.map(|v| v.to_string())),
                cell(&s.read.evidence),
                opt(s.review.as_ref().map(|v| v.action.as_str().to_string())),
                opt(s.review.as_ref().map(|v| cell(&v.author))),
                opt(s.review.as_ref().map(|v| utc(v.created_ms))),
                opt(now.as_ref().map(|v| v.value.clone())),
                opt(now.as_ref().and_then(|v| v.location.clone())),
                opt(now.as_ref().and_then(|v| v.severity.map(|x| x.to_string()))),
            ]);
            out.write_record(&row)?;
        }
    }
    out.into_inner()
        .map_err(|e| ExportError::Csv(e.into_error().into()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{record, testing};

    #[test]
    fn a_row_a_reading_with_the_decision_and_formulas_defused() {
        let (_d, s, rose) = testing::journal();
        let bytes = write(&record(&s, rose, 0, i64::MAX).unwrap()).unwrap();
        let mut reader = ::csv::Reader::from_reader(bytes.as_slice());
        assert_eq!(reader.headers().unwrap().len(), HEADER.len());
        let rows: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let pain = rows.iter().find(|r| &r[5] == "pain").unwrap();
        assert_eq!(
            (&pain[7], &pain[8], &pain[10], &pain[11], &pain[14], &pain[15]),
            ("knee", "7", "correct", "Inès", "hip", "4")
        );
        assert_eq!(&pain[1], "2023-11-14T22:13:20Z");
        let sleep = rows.iter().find(|r| &r[5] == "sleep").unwrap();
        assert_eq!((&sleep[10], &sleep[13]), ("dismiss", ""));
        // The note starting with "=" is text, not a formula.
        assert!(rows.iter().any(|r| r[4].starts_with("'=SUM(A1)")));
    }
}

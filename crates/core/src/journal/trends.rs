//! How a resident has been, day by day: for each topic (mood, pain, sleep, appetite) the
//! reading that stands for the day — the most concerning one, so a bad morning is not
//! hidden by a good evening — and whether people have decided on that day's readings.

use crate::journal::JournalError;
use crate::refusal::Refusal;
use rusqlite::params;
use serde::{Deserialize, Serialize};

use super::notes::{signal_row, signals_with_reviews, EXTRA};
use super::reviews::{Reading, Status};
use crate::store::Store;

/// One topic on one day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DayReading {
    /// Index of the day in the bounds asked for.
    pub day: usize,
    /// The most concerning reading of the day (its status is its own).
    pub reading: Reading,
    /// Readings of this topic that day (dismissed ones do not count).
    pub readings: u32,
    /// How many of them a caregiver confirmed or corrected.
    pub decided: u32,
}

/// `bounds` are the starts of consecutive days and the end of the last (local midnights,
/// which only the screen knows); the readings of `resident_id` within them, by day, topic.
pub fn by_day(
    store: &Store,
    resident_id: i64,
    bounds: &[i64],
) -> Result<Vec<DayReading>, JournalError> {
    let (Some(&from), Some(&to)) = (bounds.first(), bounds.last()) else {
        return Ok(Vec::new());
    };
    if bounds.windows(2).any(|w| w[0] >= w[1]) {
        return Err(Refusal::PeriodBackwards.into());
    }
    let mut stmt = store.conn().prepare_cached(&format!(
        "{} JOIN notes n ON n.id = s.note_id
         WHERE n.resident_id = ?1 AND n.created_ms >= ?2 AND n.created_ms < ?3
           AND s.kind IN ('mood', 'pain', 'sleep', 'appetite')
         ORDER BY n.created_ms, s.id",
        signals_with_reviews(", n.created_ms")
    ))?;
    let mut out: Vec<DayReading> = Vec::new();
    for r in stmt.query_map(params![resident_id, from, to], |r| {
        Ok((signal_row(r)?.1, r.get::<_, i64>(EXTRA)?))
    })? {
        let (signal, at) = r?;
        let Some(reading) = signal.reading() else {
            continue; // dismissed
        };
        // bounds[day] <= at < bounds[day + 1]
        let day = bounds.partition_point(|&b| b <= at) - 1;
        let decided = u32::from(reading.status != Status::Inferred);
        match out
            .iter_mut()
            .find(|d| d.day == day && d.reading.kind == reading.kind)
        {
            Some(d) => {
                d.readings += 1;
                d.decided += decided;
                if reading.concern() > d.reading.concern() {
                    d.reading = reading;
                }
            }
            None => out.push(DayReading {
                day,
                reading,
                readings: 1,
                decided,
            }),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::reviews::{self, Decision};
    use crate::journal::testing;

    #[test]
    fn the_worst_reading_stands_for_the_day_and_decisions_count() {
        let (_d, mut s, ids) = testing::journal(&[("Rose", "en")]);
        let rose = ids[0];
        let mut say = |at: i64, text: &str| testing::say(&mut s, rose, at, "en", text);
        // Day 0: sad in the morning, happy later; day 1: knee pain 3 then 6; day 2: nothing.
        say(100, "I'm feeling sad today.");
        say(500, "I feel much better now, quite happy.");
        let three = say(1_100, "My knee hurts, about a three.");
        say(1_500, "My knee hurts, about a six.");
        say(9_000, "I'm feeling sad today."); // after the last day: not counted
        let pain = three.signals[0].id;
        reviews::decide(&mut s, pain, &Decision::Confirm, "Sam", 2_000).unwrap();

        let days = by_day(&s, rose, &[0, 1_000, 2_000, 3_000]).unwrap();
        let got: Vec<_> = days
            .iter()
            .map(|d| {
                (
                    d.day,
                    d.reading.kind.as_str(),
                    d.reading.value.as_str(),
                    d.reading.severity,
                    d.readings,
                    d.decided,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (0, "mood", "low", None, 2, 0),
                (1, "pain", "present", Some(6), 2, 1),
            ]
        );
        assert!(by_day(&s, rose, &[0, 0]).is_err());
        assert!(by_day(&s, rose, &[]).unwrap().is_empty());
    }
}

//! The care team's day at a glance: every resident, those who need attention first, each
//! with what counts today in one line. What counts is a caregiver's decision where there is
//! one, the machine's reading otherwise; a dismissed reading does not count.

use crate::journal::JournalError;
use crate::signals::TOPICS;
use std::collections::HashMap;

use rusqlite::params;
use serde::{Deserialize, Serialize};

use super::notes::{signal_row, signals_with_reviews, EXTRA};
use super::residents::{self, Resident};
use super::reviews::{Reading, Status};
use crate::store::Store;

/// What needs a caregiver's attention, most pressing first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    Urgent,
    Pain,
    LowMood,
    PoorSleep,
    NotEating,
    Lonely,
}

impl Flag {
    /// The flag a reading raises, if any.
    pub fn of(kind: &str, value: &str) -> Option<Flag> {
        Some(match (kind, value) {
            ("urgent", _) => Flag::Urgent,
            ("pain", "present") => Flag::Pain,
            ("mood", "low") => Flag::LowMood,
            ("sleep", "poor") => Flag::PoorSleep,
            ("appetite", "poor") => Flag::NotEating,
            ("loneliness", "present") => Flag::Lonely,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagCount {
    pub flag: Flag,
    /// Readings that raise it today.
    pub count: u32,
    /// How many of those a caregiver has confirmed or corrected.
    pub decided: u32,
}

/// One resident's day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoardRow {
    pub resident: Resident,
    pub notes: u32,
    /// Most pressing first.
    pub flags: Vec<FlagCount>,
    /// The one-line summary: every urgent reading, then the latest reading of each topic.
    pub summary: Vec<Reading>,
    /// Readings nobody has confirmed, corrected or dismissed yet.
    pub to_review: u32,
    pub last_note_ms: Option<i64>,
}

impl BoardRow {
    /// Flagged first (the most pressing flag, then how many), then residents nobody heard
    /// from today — worth a visit — then everyone else; by name within each.
    fn rank(&self) -> (u8, Option<Flag>, std::cmp::Reverse<usize>) {
        let group = match (self.flags.is_empty(), self.notes) {
            (false, _) => 0,
            (true, 0) => 1,
            (true, _) => 2,
        };
        let first = self.flags.first().map(|f| f.flag);
        (group, first, std::cmp::Reverse(self.flags.len()))
    }
}

/// Every resident not archived, for notes created in [from_ms, to_ms): a day, or a shift.
pub fn between(store: &Store, from_ms: i64, to_ms: i64) -> Result<Vec<BoardRow>, JournalError> {
    let mut rows: Vec<BoardRow> = residents::list(store)?
        .into_iter()
        .map(|resident| BoardRow {
            resident,
            notes: 0,
            flags: Vec::new(),
            summary: Vec::new(),
            to_review: 0,
            last_note_ms: None,
        })
        .collect();
    let at: HashMap<i64, usize> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (r.resident.id, i))
        .collect();

    let mut stmt = store.conn().prepare_cached(
        "SELECT resident_id, count(*), max(created_ms) FROM notes
         WHERE created_ms >= ?1 AND created_ms < ?2 GROUP BY resident_id",
    )?;
    let counts = stmt.query_map(params![from_ms, to_ms], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, u32>(1)?,
            r.get::<_, i64>(2)?,
        ))
    })?;
    for c in counts {
        let (resident, notes, last) = c?;
        if let Some(&i) = at.get(&resident) {
            rows[i].notes = notes;
            rows[i].last_note_ms = Some(last);
        }
    }

    // Oldest first, so the last reading seen of a topic is the latest.
    let mut stmt = store.conn().prepare_cached(&format!(
        "{} JOIN notes n ON n.id = s.note_id
         WHERE n.created_ms >= ?1 AND n.created_ms < ?2
         ORDER BY n.created_ms, n.id, s.span_start, s.id",
        signals_with_reviews(", n.resident_id")
    ))?;
    let mut latest: HashMap<(usize, &'static str), Reading> = HashMap::new();
    for r in stmt.query_map(params![from_ms, to_ms], |r| {
        Ok((signal_row(r)?.1, r.get::<_, i64>(EXTRA)?))
    })? {
        let (signal, resident) = r?;
        let Some(&i) = at.get(&resident) else {
            continue; // archived
        };
        let row = &mut rows[i];
        if signal.review.is_none() {
            row.to_review += 1;
        }
        let Some(reading) = signal.reading() else {
            continue; // dismissed
        };
        if let Some(flag) = Flag::of(&reading.kind, &reading.value) {
            let decided = u32::from(reading.status != Status::Inferred);
            match row.flags.iter_mut().find(|f| f.flag == flag) {
                Some(f) => {
                    f.count += 1;
                    f.decided += decided;
                }
                None => row.flags.push(FlagCount {
                    flag,
                    count: 1,
                    decided,
                }),
            }
        }
        if reading.kind == "urgent" {
            row.summary.push(reading);
        } else if let Some(topic) = TOPICS.iter().find(|t| **t == reading.kind) {
            latest.insert((i, *topic), reading);
        }
    }
    for (i, row) in rows.iter_mut().enumerate() {
        row.flags.sort_by_key(|f| f.flag);
        for topic in TOPICS {
            if let Some(r) = latest.remove(&(i, topic)) {
                row.summary.push(r);
            }
        }
    }
    rows.sort_by_key(|r| r.rank());
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::reviews::{self, Decision};
    use crate::journal::{notes, testing};

    fn journal(names: &[&str]) -> (tempfile::TempDir, Store, Vec<i64>) {
        let people: Vec<(&str, &str)> = names.iter().map(|n| (*n, "en")).collect();
        testing::journal(&people)
    }

    fn say(store: &mut Store, who: i64, at: i64, text: &str) -> notes::Note {
        testing::say(store, who, at, "en", text)
    }

    fn names(rows: &[BoardRow]) -> Vec<&str> {
        rows.iter()
            .map(|r| r.resident.preferred_name.as_str())
            .collect()
    }

    #[test]
    fn flagged_first_then_not_heard_from_then_fine() {
        let (_d, mut s, ids) = journal(&["Ada", "Bob", "Cy", "Di", "Ed"]);
        let [ada, bob, _cy, di, ed] = ids[..] else {
            unreachable!()
        };
        say(&mut s, ada, 100, "I slept really well and I feel great.");
        say(&mut s, bob, 110, "I couldn't sleep at all.");
        say(&mut s, di, 120, "I had a fall in the bathroom.");
        say(
            &mut s,
            ed,
            130,
            "My knee hurts, about a six, and I slept badly.",
        );
        say(&mut s, ed, 99_000, "I had a fall"); // another day
        let rows = between(&s, 0, 10_000).unwrap();
        // Di's fall outranks Ed's two flags; Ed's two outrank Bob's one; Cy, silent today,
        // comes before Ada, who is fine.
        assert_eq!(names(&rows), ["Di", "Ed", "Bob", "Cy", "Ada"]);
        let ed_row = &rows[1];
        assert_eq!(
            ed_row.flags.iter().map(|f| f.flag).collect::<Vec<_>>(),
            [Flag::Pain, Flag::PoorSleep]
        );
        assert_eq!((ed_row.notes, ed_row.to_review), (1, 2));
        assert_eq!(
            ed_row
                .summary
                .iter()
                .map(|r| r.kind.as_str())
                .collect::<Vec<_>>(),
            ["sleep", "pain"]
        );
        assert_eq!((rows[3].notes, rows[3].last_note_ms), (0, None));
    }

    #[test]
    fn decisions_count_dismissed_readings_do_not_and_the_latest_topic_wins() {
        let (_d, mut s, ids) = journal(&["Ada"]);
        let n = say(&mut s, ids[0], 100, "My back hurts, about a seven.");
        say(&mut s, ids[0], 200, "I'm feeling sad today.");
        say(
            &mut s,
            ids[0],
            300,
            "Actually I feel much better now, quite happy.",
        );
        let pain = n.signals.iter().find(|x| x.read.kind == "pain").unwrap().id;
        let fix = Decision::Correct {
            value: None,
            location: None,
            severity: Some(4),
        };
        reviews::decide(&mut s, pain, &fix, "Sam", 1).unwrap();
        let row = between(&s, 0, 10_000).unwrap().remove(0);
        let flags: Vec<_> = row
            .flags
            .iter()
            .map(|f| (f.flag, f.count, f.decided))
            .collect();
        assert_eq!(flags, [(Flag::Pain, 1, 1), (Flag::LowMood, 1, 0)]);
        let pain_now = row.summary.iter().find(|r| r.kind == "pain").unwrap();
        assert_eq!(
            (pain_now.severity, pain_now.status),
            (Some(4), Status::Corrected)
        );
        let mood_now = row.summary.iter().find(|r| r.kind == "mood").unwrap();
        assert_eq!(mood_now.value, "positive");
        assert_eq!(row.to_review, 2);

        reviews::decide(&mut s, pain, &Decision::Dismiss, "Sam", 2).unwrap();
        let row = between(&s, 0, 10_000).unwrap().remove(0);
        assert_eq!(
            row.flags.iter().map(|f| f.flag).collect::<Vec<_>>(),
            [Flag::LowMood]
        );
        assert!(row.summary.iter().all(|r| r.kind != "pain"));
    }
}

//! How long Hearth keeps what residents said, and the purge that enforces it. Transcripts
//! (what the recogniser heard in each turn, with its timing and model) go first; notes (the
//! words, their revisions, what was read in them and the decisions on it) after some years.
//! Hearth keeps no recordings of voices. The purge (`purge`) runs in small batches and only
//! when the device's clock is plausible (`clock`).

pub mod clock;
pub mod purge;

use crate::refusal::Refusal;
pub use jiff::tz::TimeZone;
use jiff::{Span, Timestamp};
use serde::{Deserialize, Serialize};

pub use purge::{due, run, Counts, Outcome};

use crate::settings;
use crate::store::{Store, StoreError};

const KEY: &str = "retention";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Policy {
    /// Days a turn's transcript is kept (the note made of it may stay longer).
    pub transcripts_days: u32,
    /// Years a note, with its readings and decisions, is kept.
    pub notes_years: u32,
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            transcripts_days: 90,
            notes_years: 5,
        }
    }
}

impl Policy {
    pub fn check(&self) -> Result<(), StoreError> {
        if !(7..=3650).contains(&self.transcripts_days) {
            return Err(Refusal::TranscriptKeepRange.into());
        }
        if !(1..=30).contains(&self.notes_years) {
            return Err(Refusal::NoteKeepRange.into());
        }
        if i64::from(self.transcripts_days) > i64::from(self.notes_years) * 365 {
            return Err(Refusal::TranscriptsOutliveNotes.into());
        }
        Ok(())
    }
}

pub fn policy(store: &Store) -> Result<Policy, StoreError> {
    settings::read(store, KEY)
}

pub fn set_policy(store: &Store, p: &Policy, by: &str, at_ms: i64) -> Result<(), StoreError> {
    p.check()?;
    settings::write(store, KEY, p, by, at_ms)
}

/// The instants before which the policy no longer keeps things.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cutoffs {
    pub transcripts_before: i64,
    pub notes_before: i64,
    /// Exports are plain copies made to hand over: kept as long as transcripts.
    pub exports_before: i64,
}

impl Policy {
    /// Calendar arithmetic in `tz`: five years back from 1 March is 1 March, leap days or
    /// not, and ninety days back is the same time of day, clock changes or not.
    pub fn cutoffs(&self, now_ms: i64, tz: &TimeZone) -> Cutoffs {
        let back = |span: Span| {
            Timestamp::from_millisecond(now_ms)
                .ok()
                .and_then(|t| t.to_zoned(tz.clone()).checked_sub(span).ok())
                // Out of the calendar's range: nothing is that old.
                .map_or(i64::MIN, |z| z.timestamp().as_millisecond())
        };
        let transcripts_before = back(Span::new().days(i64::from(self.transcripts_days)));
        Cutoffs {
            transcripts_before,
            notes_before: back(Span::new().years(i64::from(self.notes_years))),
            exports_before: transcripts_before,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::notes::{record_spoken, NewUtterance};
    use crate::journal::testing::{journal, say};

    fn said(store: &mut Store, who: i64, at: i64) {
        let u = NewUtterance {
            resident_id: who,
            started_ms: at - 1_000,
            ended_ms: at,
            text: "My knee hurts".into(),
            language: "en".into(),
            model: "base".into(),
        };
        record_spoken(store, &u).unwrap();
    }

    fn count(s: &Store, table: &str) -> i64 {
        s.conn()
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    }

    const DAY_MS: i64 = 24 * 60 * 60 * 1000;

    fn purge(s: Store, now: i64, exports: Option<&std::path::Path>) -> (Store, Outcome) {
        let shared = std::sync::Mutex::new(s);
        let mut heard = Vec::new();
        let out = run(&shared, now, &TimeZone::UTC, exports, |done, due| {
            heard.push((*done, *due))
        })
        .unwrap();
        let (last_done, last_due) = heard.last().copied().unwrap_or_default();
        if let Outcome::Purged(c) = out {
            assert_eq!(last_done, c, "progress ends at what was done");
            assert_eq!(last_due, c, "what was due is what went");
        }
        (shared.into_inner().unwrap(), out)
    }

    #[test]
    fn old_transcripts_then_old_notes_go_in_batches_and_the_purge_is_logged() {
        let (_d, mut s, ids) = journal(&[("Rose", "en")]);
        let now = 3_000 * DAY_MS;
        // More than one batch of transcripts past 90 days.
        for i in 0..450 {
            said(&mut s, ids[0], now - 100 * DAY_MS - i * 60_000);
        }
        said(&mut s, ids[0], now - DAY_MS); // recent
                                            // Past 5 years, with what was read in it.
        let old = say(
            &mut s,
            ids[0],
            now - 6 * 365 * DAY_MS,
            "en",
            "My knee hurts",
        );
        let readings = count(&s, "signals");
        let (s, out) = purge(s, now, None);
        assert_eq!(
            out,
            Outcome::Purged(Counts {
                transcripts: 450,
                notes: 1,
                exports: 0
            })
        );
        assert_eq!((count(&s, "utterances"), count(&s, "notes")), (1, 451));
        assert_eq!(
            count(&s, "signals"),
            readings - old.signals.len() as i64,
            "the old note's readings went with it"
        );
        let unlinked: i64 = s
            .conn()
            .query_row(
                "SELECT count(*) FROM notes WHERE utterance_id IS NULL",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            unlinked, 450,
            "the notes of purged transcripts stay, unlinked"
        );
        // Still append-only afterwards.
        assert!(s.conn().execute("UPDATE notes SET text = 'x'", []).is_err());
        assert!(s
            .conn()
            .execute("UPDATE notes SET utterance_id = 5", [])
            .is_err());
        let log = crate::audit::recent(&s, 2).unwrap();
        assert_eq!(log[0].action, "retention_purge");
        assert!(
            log[0].detail.starts_with("450 transcripts"),
            "{}",
            log[0].detail
        );
        assert_eq!(log[1].action, "retention_purge_started");
        assert!(
            log[1].detail.starts_with("due: 450 transcripts"),
            "{}",
            log[1].detail
        );
        let (s, again) = purge(s, now, None);
        assert_eq!(again, Outcome::Purged(Counts::default()));
        assert_eq!(
            crate::audit::recent(&s, 1).unwrap()[0].action,
            "retention_purge"
        );
        assert_eq!(s.integrity_check().unwrap(), "ok");
    }

    #[test]
    fn a_clock_that_jumped_deletes_nothing_until_an_administrator_confirms_it() {
        let (_d, mut s, ids) = journal(&[("Rose", "en")]);
        let now = 20_000 * DAY_MS;
        say(&mut s, ids[0], now - 400 * DAY_MS, "en", "My knee hurts");
        said(&mut s, ids[0], now - DAY_MS);
        let (s, first) = purge(s, now, None);
        assert_eq!(first, Outcome::Purged(Counts::default()));
        // The battery went flat and someone typed the year wrong: ten years on.
        let jump = now + 3650 * DAY_MS;
        let (mut s, out) = purge(s, jump, None);
        assert!(
            matches!(out, Outcome::Skipped(clock::Verdict::Ahead { .. })),
            "{out:?}"
        );
        assert_eq!((count(&s, "notes"), count(&s, "utterances")), (2, 1));
        let log = crate::audit::recent(&s, 1).unwrap();
        assert_eq!(log[0].action, "retention_skipped");
        // Skipped again the next day: its own log line is no evidence.
        let (s2, again) = purge(s, jump + DAY_MS, None);
        assert!(matches!(again, Outcome::Skipped(_)));
        s = s2;
        clock::confirm(&mut s, "Ada", jump + DAY_MS).unwrap();
        let (s, out) = purge(s, jump + DAY_MS, None);
        assert!(matches!(out, Outcome::Purged(c) if c.notes == 2 && c.transcripts == 1));
        assert_eq!(s.integrity_check().unwrap(), "ok");
    }

    #[test]
    fn periods_are_calendar_periods() {
        let at = |s: &str| s.parse::<Timestamp>().unwrap().as_millisecond();
        let p = Policy {
            transcripts_days: 7,
            notes_years: 4,
        };
        // Four years back from 1 March 2028 is 1 March 2024, not 2 March (a leap day between).
        let cut = p.cutoffs(at("2028-03-01T12:00:00Z"), &TimeZone::UTC);
        assert_eq!(cut.notes_before, at("2024-03-01T12:00:00Z"));
        assert_eq!(cut.exports_before, cut.transcripts_before);
        // A week back across the spring clock change in Paris is the same time of day.
        let paris = TimeZone::get("Europe/Paris").unwrap();
        let cut = p.cutoffs(at("2026-03-30T10:00:00Z"), &paris);
        assert_eq!(cut.transcripts_before, at("2026-03-23T11:00:00Z"));
        // Out of the calendar's range: nothing is that old.
        assert_eq!(p.cutoffs(i64::MIN / 2, &paris).notes_before, i64::MIN);
    }

    #[test]
    fn old_export_files_go_with_the_transcripts() {
        let (d, s, _) = journal(&[]);
        let now = 20_000 * DAY_MS;
        let dir = d.path().join("exports");
        std::fs::create_dir_all(&dir).unwrap();
        let file = |name: &str, age_days: i64| {
            let path = dir.join(name);
            std::fs::write(&path, b"notes").unwrap();
            let when = std::time::UNIX_EPOCH
                + std::time::Duration::from_millis((now - age_days * DAY_MS) as u64);
            std::fs::File::options()
                .write(true)
                .open(&path)
                .unwrap()
                .set_modified(when)
                .unwrap();
        };
        file("hearth-resident-1-2020-01-01-2020-01-31.pdf", 100);
        file("hearth-resident-2-everything-2020-01-01.json", 91);
        file("hearth-resident-1-2020-02-01-2020-02-28.csv", 10);
        file("holiday.jpg", 400); // not Hearth's: left alone
        let policy = policy(&s).unwrap();
        assert_eq!(
            due(&s, &policy.cutoffs(now, &TimeZone::UTC), Some(&dir))
                .unwrap()
                .exports,
            2
        );
        let (_s, out) = purge(s, now, Some(&dir));
        assert!(
            matches!(out, Outcome::Purged(c) if c.exports == 2),
            "{out:?}"
        );
        let mut left: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into())
            .collect();
        left.sort();
        assert_eq!(
            left,
            ["hearth-resident-1-2020-02-01-2020-02-28.csv", "holiday.jpg"]
        );
    }

    #[test]
    fn a_policy_is_checked_and_kept() {
        let (_d, s, _) = journal(&[]);
        assert_eq!(policy(&s).unwrap(), Policy::default());
        let short = Policy {
            transcripts_days: 30,
            notes_years: 2,
        };
        set_policy(&s, &short, "Ada", 1).unwrap();
        assert_eq!(policy(&s).unwrap(), short);
        for bad in [
            Policy {
                transcripts_days: 1,
                ..short
            },
            Policy {
                notes_years: 0,
                ..short
            },
            Policy {
                transcripts_days: 800,
                notes_years: 1,
            },
        ] {
            assert!(set_policy(&s, &bad, "Ada", 2).is_err());
        }
        assert_eq!(policy(&s).unwrap(), short);
    }
}

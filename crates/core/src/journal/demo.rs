//! A realistic journal for demonstrations and benchmarks: many residents over years, their
//! notes in English and French (taken from the annotated utterances the signal tests use,
//! which were written to sound like residents), the signals read in them, and caregivers'
//! decisions — most older readings reviewed, recent ones waiting. Seeded, so the same spec
//! gives the same journal.

use crate::journal::JournalError;
use rusqlite::params;

use crate::signals::{extract, Lexicon, Signal};
use crate::store::Store;

/// Resident-like utterances, one per line before the `|` of the annotated corpora.
const SAID_EN: &str = include_str!("../../../../tests/signals/en.txt");
const SAID_FR: &str = include_str!("../../../../tests/signals/fr.txt");

const NAMES_EN: [&str; 12] = [
    "Arthur", "Rose", "Harold", "Edith", "Walter", "Maud", "Albert", "Violet", "Ernest", "Ivy",
    "Frank", "Doris",
];
const NAMES_FR: [&str; 12] = [
    "Marie", "Jean", "Odette", "Marcel", "Simone", "Lucien", "Germaine", "René", "Yvonne",
    "Gaston", "Paulette", "Henri",
];
const CAREGIVERS: [&str; 4] = ["Sam (carer)", "Alex (nurse)", "Inès (aide)", "Théo (carer)"];

#[derive(Debug, Clone)]
pub struct DemoSpec {
    pub residents: usize,
    pub notes: usize,
    pub days: i64,
    /// The journal's "today": notes fill the `days` before it, up to its end.
    pub end_ms: i64,
    pub seed: u64,
}

/// What was written.
#[derive(Debug, Clone, Copy, Default)]
pub struct DemoTotals {
    pub residents: usize,
    pub notes: usize,
    pub signals: usize,
    pub reviews: usize,
}

const DAY_MS: i64 = 86_400_000;
/// Rows per transaction: big enough to be fast, small enough to show progress.
const BATCH: usize = 20_000;

struct Phrase {
    text: String,
    signals: Vec<Signal>,
}

fn phrases(corpus: &str, lexicon: &Lexicon) -> Vec<Phrase> {
    corpus
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split('|').next())
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| Phrase {
            text: t.to_string(),
            signals: extract(t, lexicon),
        })
        .collect()
}

/// Fills `store` (best empty) as `spec` says; `progress` hears how many notes so far.
pub fn generate(
    store: &mut Store,
    spec: &DemoSpec,
    mut progress: impl FnMut(usize),
) -> Result<DemoTotals, JournalError> {
    // Compiled in and parsed by the signals' own tests: a failure is a broken build.
    let lexicon = |l| Lexicon::builtin(l).expect("the built-in lexicons parse");
    let lexicons = [("en", lexicon("en")), ("fr", lexicon("fr"))];
    let pools = [
        phrases(SAID_EN, &lexicons[0].1),
        phrases(SAID_FR, &lexicons[1].1),
    ];
    let mut rng = fastrand::Rng::with_seed(spec.seed);
    let start_ms = spec.end_ms - spec.days * DAY_MS;
    let mut totals = DemoTotals::default();

    let tx = store.write()?;
    let mut residents = Vec::new();
    for i in 0..spec.residents {
        let (lang, names) = if i % 2 == 0 {
            (0, &NAMES_EN)
        } else {
            (1, &NAMES_FR)
        };
        let round = i / 2 / names.len();
        let name = match round {
            0 => names[(i / 2) % names.len()].to_string(),
            n => format!("{} {}", names[(i / 2) % names.len()], n + 1),
        };
        tx.execute(
            "INSERT INTO residents (preferred_name, language, is_demo, created_ms) VALUES (?1, ?2, 1, ?3)",
            params![name, lexicons[lang].0, start_ms],
        )?;
        let id = tx.last_insert_rowid();
        super::consent::give_all_in(&tx, id, "sample resident", start_ms)?;
        residents.push((id, lang));
    }
    tx.commit()?;
    totals.residents = residents.len();
    if residents.is_empty() {
        return Ok(totals);
    }

    // Notes in time order (so ids follow time, as they do in use), spread over waking hours.
    let per_day = spec.notes as f64 / spec.days.max(1) as f64;
    let mut written = 0;
    let mut day = 0;
    while written < spec.notes && day < spec.days {
        let tx = store.write()?;
        let mut batch = 0;
        while batch < BATCH && written < spec.notes && day < spec.days {
            let due = ((day + 1) as f64 * per_day).round() as usize;
            let today = due.min(spec.notes).saturating_sub(written);
            let mut times: Vec<i64> = (0..today)
                .map(|_| start_ms + day * DAY_MS + rng.i64(8 * 3_600_000..20 * 3_600_000))
                .collect();
            times.sort_unstable();
            let age_days = spec.days - day;
            for at in times {
                let (resident, lang) = residents[rng.usize(..residents.len())];
                let pool = &pools[lang];
                let first = &pool[rng.usize(..pool.len())];
                let second = (rng.u8(..3) == 0).then(|| &pool[rng.usize(..pool.len())]);
                let (text, signals) = join(first, second);
                let spoken = rng.bool();
                let utterance = if spoken {
                    tx.execute(
                        "INSERT INTO utterances (resident_id, started_ms, ended_ms, text, language, model, duration_ms)
                         VALUES (?1, ?2, ?3, ?4, ?5, 'base', ?6)",
                        params![resident, at - 4_000, at, text, lexicons[lang].0, 4_000],
                    )?;
                    Some(tx.last_insert_rowid())
                } else {
                    None
                };
                tx.execute(
                    "INSERT INTO notes (resident_id, utterance_id, created_ms, source, text) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![resident, utterance, at, if spoken { "spoken" } else { "check_in" }, text],
                )?;
                let note = tx.last_insert_rowid();
                for s in &signals {
                    tx.execute(
                        "INSERT INTO signals (note_id, kind, value, location, severity, mild, negated,
                                              span_start, span_end, evidence, lexicon, created_ms)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                        params![note, s.kind, s.value, s.location, s.severity, s.mild, s.negated,
                                s.start as i64, s.end as i64, s.evidence, lexicons[lang].0, at],
                    )?;
                    let signal = tx.last_insert_rowid();
                    totals.signals += 1;
                    // Older readings have mostly been looked at; the last days' wait.
                    let reviewed = if age_days > 2 { 85 } else { 25 };
                    if rng.u8(..100) < reviewed {
                        let roll = rng.u8(..100);
                        let (action, severity) = match roll {
                            0..=79 => ("confirm", None),
                            80..=91 if s.severity.is_some() => ("correct", Some(rng.u8(1..9))),
                            80..=91 => ("confirm", None),
                            _ => ("dismiss", None),
                        };
                        tx.execute(
                            "INSERT INTO signal_reviews (signal_id, action, severity, author, created_ms)
                             VALUES (?1, ?2, ?3, ?4, ?5)",
                            params![signal, action, severity, CAREGIVERS[rng.usize(..CAREGIVERS.len())],
                                    at + rng.i64(600_000..36_000_000)],
                        )?;
                        totals.reviews += 1;
                    }
                }
                written += 1;
                batch += 1;
            }
            day += 1;
        }
        tx.commit()?;
        progress(written);
    }
    totals.notes = written;
    Ok(totals)
}

/// One or two utterances as one note; the second's evidence moves with it.
fn join(first: &Phrase, second: Option<&Phrase>) -> (String, Vec<Signal>) {
    let mut text = first.text.clone();
    let mut signals = first.signals.clone();
    if let Some(p) = second {
        text.push(' ');
        let offset = text.chars().count();
        text.push_str(&p.text);
        signals.extend(p.signals.iter().cloned().map(|mut s| {
            s.start += offset;
            s.end += offset;
            s
        }));
    }
    (text, signals)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{board, notes, search};

    #[test]
    fn a_small_demo_journal_is_consistent_and_searchable() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("demo.sqlite")).unwrap();
        let spec = DemoSpec {
            residents: 6,
            notes: 600,
            days: 30,
            end_ms: 30 * DAY_MS,
            seed: 7,
        };
        let mut seen = Vec::new();
        let t = generate(&mut store, &spec, |n| seen.push(n)).unwrap();
        assert_eq!((t.residents, t.notes), (6, 600));
        assert_eq!(seen.last(), Some(&600));
        assert!(t.signals > 300 && t.reviews > t.signals / 2, "{t:?}");
        assert_eq!(notes::totals(&store).unwrap().notes, 600);
        // Every note within the days asked for; the last day has about its share.
        let today = board::between(&store, 29 * DAY_MS, 30 * DAY_MS).unwrap();
        let on_last_day: u32 = today.iter().map(|r| r.notes).sum();
        assert!((10..=30).contains(&on_last_day), "{on_last_day}");
        // Evidence still points at its words after joining two utterances.
        for n in notes::list(
            &store,
            &notes::NoteFilter {
                resident_id: None,
                from_ms: 0,
                to_ms: 30 * DAY_MS,
            },
        )
        .unwrap()
        {
            let chars: Vec<char> = n.original.chars().collect();
            for s in &n.signals {
                let words: String = chars[s.read.start..s.read.end].iter().collect();
                assert_eq!(words, s.read.evidence, "{}", n.original);
            }
        }
        let f = search::SearchFilter::default();
        assert!(!search::search(&store, "dormi", &f).unwrap().is_empty());
        assert!(!search::search(&store, "knee", &f).unwrap().is_empty());
    }
}

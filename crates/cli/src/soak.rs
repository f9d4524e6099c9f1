//! `hearth soak`: many spoken check-in turns and free messages against one journal, through
//! the real recogniser, the real conversation loop and listening session, and a real
//! encrypted SQLite file — the load of months of use in one run. Audio goes in as a
//! microphone's 48 kHz blocks, timed by the samples (as the integration tests do), not the
//! wall clock. It reports the process's memory, open files and threads at the start (after
//! one round to warm up), the middle and the end, and fails when memory grows past the
//! limit, a file or thread is left behind, or a note it was told was saved is missing or
//! changed.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use anyhow::{bail, Context};
use hearth_core::companion::{Control, Conversation, Event, Save};
use hearth_core::journal::notes::{self};
use hearth_core::listen::{Limits, ListenEvent, Session};
use hearth_core::said::{self, Readers};
use hearth_core::speech::{Language, Transcriber};
use hearth_core::store::Store;
use hearth_core::voice::{Synth, VoiceError};

use crate::bench_turn::{answer_to, arthur, spoken, ANSWERS, BLOCK, RATE};
use crate::crash_loop::consenting;

#[derive(clap::Args)]
pub struct Args {
    /// Spoken check-in turns (answers to the companion's questions).
    #[arg(long, default_value_t = 2_000)]
    turns: u32,
    /// Free messages (a resident speaking without a check-in).
    #[arg(long, default_value_t = 2_000)]
    messages: u32,
    /// Model name from the catalog (default: the catalog's default).
    #[arg(long)]
    model: Option<String>,
    /// Fail when resident memory grows more than this (percent, start to end).
    #[arg(long, default_value_t = 5.0)]
    max_growth: f64,
    /// Keep the journal here (default: a temporary folder).
    #[arg(long)]
    dir: Option<PathBuf>,
}

/// Free messages, in each resident's language.
const MESSAGES: [(&str, &str); 10] = [
    ("en", "My knee hurts a bit this morning."),
    ("en", "I had a lovely lunch with my daughter."),
    ("en", "I did not sleep well, I woke up at four."),
    ("en", "Could someone help me with the window, please?"),
    ("en", "I feel a little lonely today."),
    ("fr", "J'ai bien dormi cette nuit."),
    ("fr", "J'ai mal au dos depuis hier."),
    ("fr", "Ma fille vient me voir dimanche."),
    ("fr", "Je n'ai pas très faim aujourd'hui."),
    ("fr", "Merci, tout va bien."),
];

/// The process as the kernel sees it.
#[derive(Debug, Clone, Copy)]
struct Gauge {
    rss_kb: u64,
    fds: usize,
    threads: usize,
}

fn gauge() -> anyhow::Result<Gauge> {
    let status = std::fs::read_to_string("/proc/self/status")?;
    let field = |name: &str| -> anyhow::Result<u64> {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .with_context(|| format!("no {name} in /proc/self/status"))
    };
    Ok(Gauge {
        rss_kb: field("VmRSS:")?,
        fds: std::fs::read_dir("/proc/self/fd")?.count(),
        threads: field("Threads:")? as usize,
    })
}

/// Everything one soak shares: the journal, the model and the speech it plays.
struct Bench {
    journal: Arc<Mutex<Store>>,
    transcriber: Arc<Transcriber>,
    model: String,
    arthur: i64,
    marie: i64,
    answers: Vec<Vec<f32>>,
    messages: Vec<Vec<f32>>,
    english: Readers,
    french: Readers,
    /// What Hearth confirmed saving: note id → its words.
    saved: Arc<Mutex<Vec<(i64, String)>>>,
}

pub fn run(a: Args) -> anyhow::Result<()> {
    let scratch = tempfile::tempdir()?;
    let dir = a.dir.clone().unwrap_or_else(|| scratch.path().into());
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("journal.sqlite");
    // The journal is encrypted under a device key, as the app's is.
    std::env::set_var("HEARTH_KEY_FILE", dir.join("device.key"));
    let (model, transcriber) = crate::installed::transcriber(a.model.as_deref())?;
    let bench = set_up(&path, transcriber, &model.name)?;
    println!(
        "soak: {} check-in turns and {} free messages, model {} ({:?}), journal {}",
        a.turns,
        a.messages,
        model.name,
        model.weights,
        path.display()
    );
    let started = Instant::now();
    let (mut turns, mut messages) = (0u32, 0u32);
    let total = u64::from(a.turns) + u64::from(a.messages);
    // Memory with the model loaded, for the record; growth counts from "start", after one
    // round has warmed up what whisper.cpp and SQLite allocate once.
    let mut marks: Vec<(&str, u32, u32, Gauge)> = vec![("loaded", 0, 0, gauge()?)];
    let (mut expected, mut next_report) = (0usize, 0u64);
    while turns < a.turns || messages < a.messages {
        if turns < a.turns {
            let (answered, noted) = check_in(&bench)?;
            turns += answered;
            expected += usize::from(noted);
        }
        // Messages keep pace with the turns, so the middle has seen both.
        while messages < a.messages
            && (turns >= a.turns
                || u64::from(messages) * u64::from(a.turns.max(1))
                    <= u64::from(turns) * u64::from(a.messages))
        {
            message(&bench, messages)?;
            messages += 1;
            expected += 1;
        }
        let done = u64::from(turns) + u64::from(messages);
        if marks.len() == 1 {
            marks.push(("start", turns, messages, gauge()?));
        } else if marks.len() == 2 && done * 2 >= total {
            marks.push(("middle", turns, messages, gauge()?));
        }
        if done >= next_report {
            eprintln!(
                "  {turns} turns, {messages} messages, {:.0} s, {:.1} MB",
                started.elapsed().as_secs_f64(),
                gauge()?.rss_kb as f64 / 1024.0
            );
            next_report = done + total / 20;
        }
    }
    marks.push(("end", turns, messages, gauge()?));
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "\n{:<8} {:>7} {:>9} {:>10} {:>9} {:>8}",
        "", "turns", "messages", "RSS", "open fds", "threads"
    );
    for (name, t, m, g) in &marks {
        println!(
            "{name:<8} {t:>7} {m:>9} {:>7.1} MB {:>9} {:>8}",
            g.rss_kb as f64 / 1024.0,
            g.fds,
            g.threads
        );
    }
    let first = marks[1].3;
    let last = marks[marks.len() - 1].3;
    let growth = (last.rss_kb as f64 / first.rss_kb as f64 - 1.0) * 100.0;
    let (saved, checked) = check_saved(&bench)?;
    println!(
        "\n{turns} turns and {messages} messages in {:.0} s ({:.2} s each); memory {growth:+.1} % \
         start to end (limit {:.0} %); {saved} notes confirmed, {checked} found word for word",
        seconds,
        seconds / f64::from((turns + messages).max(1)),
        a.max_growth
    );
    let mut problems = Vec::new();
    if growth > a.max_growth {
        problems.push(format!("memory grew {growth:.1} %"));
    }
    if last.fds > first.fds {
        problems.push(format!("{} files left open", last.fds - first.fds));
    }
    if last.threads > first.threads {
        problems.push(format!(
            "{} threads left running",
            last.threads - first.threads
        ));
    }
    if saved != expected || checked != saved {
        problems.push(format!(
            "{expected} notes were due, {saved} confirmed, {checked} found word for word"
        ));
    }
    if !problems.is_empty() {
        bail!("the soak failed: {}", problems.join("; "));
    }
    println!("soak passed");
    Ok(())
}

/// An encrypted journal with two residents who consented, and the speech both will use.
fn set_up(path: &Path, transcriber: Arc<Transcriber>, model: &str) -> anyhow::Result<Bench> {
    let mut store = Store::open(path)?;
    let ids = consenting(&mut store, &[("Arthur", "en"), ("Marie", "fr")])?;
    let synth = Synth::find()?;
    Ok(Bench {
        journal: Arc::new(Mutex::new(store)),
        transcriber,
        model: model.into(),
        arthur: ids[0],
        marie: ids[1],
        answers: ANSWERS
            .iter()
            .map(|(_, t)| spoken(&synth, t, "en"))
            .collect::<anyhow::Result<_>>()?,
        messages: MESSAGES
            .iter()
            .map(|(l, t)| spoken(&synth, t, l))
            .collect::<anyhow::Result<_>>()?,
        english: Readers::for_language("en", None),
        french: Readers::for_language("fr", None),
        saved: Arc::default(),
    })
}

fn silence(ms: usize) -> Vec<f32> {
    vec![0.0; RATE as usize / 1000 * ms]
}

fn feed(tx: &mpsc::SyncSender<Vec<f32>>, audio: &[f32]) -> anyhow::Result<()> {
    for b in audio.chunks(BLOCK) {
        tx.send(b.to_vec())
            .context("the listener stopped taking audio")?;
    }
    Ok(())
}

fn lock<T>(m: &Mutex<T>) -> anyhow::Result<std::sync::MutexGuard<'_, T>> {
    m.lock()
        .map_err(|_| anyhow::anyhow!("a thread panicked holding the journal"))
}

/// One whole check-in with Arthur, answering what he is asked: the turns answered, and
/// whether it saved a note.
fn check_in(b: &Bench) -> anyhow::Result<(u32, bool)> {
    let (block_tx, blocks) = mpsc::sync_channel::<Vec<f32>>(100_000);
    let (event_tx, events) = mpsc::channel();
    let (journal, saved, resident) = (b.journal.clone(), b.saved.clone(), b.arthur);
    let save: Save = Box::new(move |n| {
        let mut s = journal.lock().map_err(|_| "poisoned".to_string())?;
        let note = notes::record_check_in(&mut s, resident, 0, "en", &n.text, &n.signals)
            .map_err(|e| e.to_string())?;
        if let Ok(mut saved) = saved.lock() {
            saved.push((note.id, note.original));
        }
        Ok(note.id)
    });
    let parts = arthur(
        blocks,
        Err(VoiceError::NoOutput),
        &b.transcriber,
        6_000,
        save,
    )?;
    let conversation = Conversation::start(
        parts,
        Arc::new(move |e| {
            let _ = event_tx.send(e);
        }),
    )?;
    let (mut asked, mut answered, mut noted) = (String::new(), 0u32, false);
    for e in events.iter() {
        match e {
            Event::Says { text, .. } => asked = text,
            Event::YourTurn => match answer_to(&asked) {
                Some(i) => {
                    feed(&block_tx, &silence(300))?;
                    feed(&block_tx, &b.answers[i])?;
                    feed(&block_tx, &silence(2_000))?;
                    answered += 1;
                }
                None => conversation.send(Control::Stop),
            },
            Event::Failed(why) => bail!("a check-in failed: {why}"),
            Event::Ended {
                note_id, not_saved, ..
            } => {
                if let Some(why) = not_saved {
                    bail!("a check-in was not saved: {why}");
                }
                if answered > 0 && note_id.is_none() {
                    bail!("a check-in of {answered} answers saved no note");
                }
                noted = note_id.is_some();
                break;
            }
            _ => {}
        }
    }
    drop(events);
    conversation.join();
    Ok((answered, noted))
}

/// One free message, alternately Arthur's (English) and Marie's (French), saved as the app
/// saves it: its transcript and what it says about wellbeing, in one transaction.
fn message(b: &Bench, n: u32) -> anyhow::Result<()> {
    let (lang, _) = MESSAGES[n as usize % MESSAGES.len()];
    let resident = if lang == "en" { b.arthur } else { b.marie };
    let (block_tx, blocks) = mpsc::sync_channel::<Vec<f32>>(100_000);
    let (event_tx, events) = mpsc::channel();
    let t = b.transcriber.clone();
    let language = Language::Code(lang.into());
    let session = Session::start(
        blocks,
        RATE,
        None,
        Limits::default(),
        Arc::new(move |a: &[f32]| t.transcribe(a, &language)),
        Arc::new(move |e| {
            let _ = event_tx.send(e);
        }),
    )?;
    feed(&block_tx, &silence(300))?;
    feed(&block_tx, &b.messages[n as usize % MESSAGES.len()])?;
    feed(&block_tx, &silence(500))?;
    // The person taps "I've finished"; what is queued is still heard.
    session.stop();
    let outcome = events
        .iter()
        .find(|e| {
            matches!(
                e,
                ListenEvent::Heard(_) | ListenEvent::NothingHeard | ListenEvent::Failed(_)
            )
        })
        .context("the session ended without an outcome")?;
    session.join();
    let heard = match outcome {
        ListenEvent::Heard(h) => h,
        ListenEvent::Failed(why) => bail!("a message failed: {why}"),
        _ => bail!("message {n} was not heard"),
    };
    let readers = if lang == "en" { &b.english } else { &b.french };
    let note = said::keep_heard(
        &mut *lock(&b.journal)?,
        resident,
        &heard,
        lang,
        &b.model,
        readers,
    )?;
    lock(&b.saved)?.push((note.id, note.original));
    Ok(())
}

/// Every note confirmed, read back from the journal: (confirmed, found word for word).
fn check_saved(b: &Bench) -> anyhow::Result<(usize, usize)> {
    let s = lock(&b.journal)?;
    let saved = lock(&b.saved)?;
    let found = saved
        .iter()
        .filter(|(id, text)| notes::get(&s, *id).is_ok_and(|n| n.original == *text))
        .count();
    let kept = notes::totals(&s)?.notes;
    if usize::try_from(kept)? != saved.len() {
        bail!(
            "the journal holds {kept} notes; {} were confirmed",
            saved.len()
        );
    }
    Ok((saved.len(), found))
}

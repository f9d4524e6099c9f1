//! `hearth crash-loop`: kills a writer with SIGKILL at seeded random moments, again and again,
//! while it saves what Hearth saves — spoken notes with their transcripts, check-in notes,
//! caregivers' decisions, passphrase changes and retention purges — into one journal under the
//! staff passphrase. After every kill the journal must pass `PRAGMA integrity_check`, open
//! with the passphrase (the one last confirmed, or the one being set when the kill came), and
//! hold every note the writer had confirmed, word for word. The writer is this same program
//! (`hearth crash-loop --writer`), so it runs the real core against a real file.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use hearth_core::clock::now_ms;
use hearth_core::journal::notes::{self, NewUtterance};
use hearth_core::journal::reviews::{self, Decision};
use hearth_core::journal::{consent, residents};
use hearth_core::retention;
use hearth_core::signals::{extract, Lexicon};
use hearth_core::store::{Secret, Store};

#[derive(clap::Args)]
pub struct Args {
    /// How many times to kill the writer.
    #[arg(long, default_value_t = 100)]
    kills: u32,
    /// The seed of the kill moments and of the writer's choices (the same seed, the same run).
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Keep the journal here (default: a temporary folder).
    #[arg(long)]
    dir: Option<PathBuf>,
    /// Run as the writer (started by the loop itself).
    #[arg(long, hide = true)]
    writer: bool,
}

const FIRST: &str = "the first staff passphrase";
const SAID: [&str; 4] = [
    "My knee hurts, about a seven.",
    "I slept badly, I woke up at four.",
    "Je me sens un peu seule aujourd'hui.",
    "I had a lovely lunch with my daughter.",
];

fn passphrase(n: u64) -> String {
    if n == 0 {
        FIRST.into()
    } else {
        format!("staff passphrase number {n}")
    }
}

pub fn run(a: Args) -> anyhow::Result<()> {
    let scratch = tempfile::tempdir()?;
    let dir = a
        .dir
        .clone()
        .unwrap_or_else(|| scratch.path().to_path_buf());
    std::fs::create_dir_all(&dir)?;
    let journal = dir.join("journal.sqlite");
    if a.writer {
        return writer(&journal, a.seed);
    }
    set_up(&journal)?;
    let mut rng = fastrand::Rng::with_seed(a.seed);
    // What the writers confirmed, over every run: note id → words; and the passphrase.
    let mut confirmed: Vec<(i64, String)> = Vec::new();
    let (mut current, mut pending) = (0u64, None::<u64>);
    let (mut decisions, mut purges) = (0u32, 0u32);
    let started = Instant::now();
    for kill in 0..a.kills {
        let mut child = Command::new(std::env::current_exe()?)
            .args(["crash-loop", "--writer", "--seed"])
            .arg((a.seed * 1_000_003 + u64::from(kill)).to_string())
            .arg("--dir")
            .arg(&dir)
            .env("HEARTH_KEY_FILE", dir.join("device.key"))
            .env("HEARTH_PASSPHRASE_N", current.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()?;
        let out = child.stdout.take().context("the writer's output")?;
        // Lines are read on their own thread; the kill comes on the clock.
        let (tx, rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        // Opening takes argon2's ~0.2 s; then saves come every few milliseconds.
        std::thread::sleep(Duration::from_millis(rng.u64(100..700)));
        child.kill()?; // SIGKILL
        child.wait()?;
        reader.join().ok();
        for line in rx.try_iter() {
            let mut parts = line.splitn(3, ' ');
            match (parts.next(), parts.next(), parts.next()) {
                (Some("saved"), Some(id), Some(text)) => confirmed.push((id.parse()?, text.into())),
                (Some("changing"), Some(n), _) => pending = Some(n.parse()?),
                (Some("changed"), Some(n), _) => {
                    current = n.parse()?;
                    pending = None;
                }
                (Some("decided"), _, _) => decisions += 1,
                (Some("purged"), _, _) => purges += 1,
                _ => {}
            }
        }
        // A change the kill cut short may or may not have landed: whichever opens it.
        let store = match Store::unlock(&journal, Secret::Passphrase(&passphrase(current))) {
            Ok(s) => s,
            Err(first) => {
                let Some(n) = pending.take() else {
                    bail!("kill {kill}: the journal does not open: {first}");
                };
                let s = Store::unlock(&journal, Secret::Passphrase(&passphrase(n)))
                    .with_context(|| format!("kill {kill}: neither passphrase opens it"))?;
                current = n;
                s
            }
        };
        pending = None;
        let ok = store.integrity_check()?;
        if ok != "ok" {
            bail!("kill {kill}: integrity_check says {ok}");
        }
        for (id, text) in &confirmed {
            let note = notes::get(&store, *id)
                .with_context(|| format!("kill {kill}: confirmed note {id} is missing"))?;
            if note.original != *text {
                bail!("kill {kill}: note {id} changed: {:?}", note.original);
            }
        }
    }
    println!(
        "crash-loop: {} kills (seed {}), {} confirmed notes all there, integrity ok, opens with the passphrase; {:.0} s",
        a.kills,
        a.seed,
        confirmed.len(),
        started.elapsed().as_secs_f64()
    );
    println!(
        "  meanwhile: {decisions} decisions, {current} passphrase changes, {purges} purges confirmed"
    );
    Ok(())
}

/// A journal under the staff passphrase with two residents who consented.
fn set_up(journal: &Path) -> anyhow::Result<()> {
    std::env::set_var("HEARTH_KEY_FILE", journal.with_file_name("device.key"));
    let mut s = Store::open(journal)?;
    consenting(&mut s, &[("Rose", "en"), ("Marie", "fr")])?;
    s.protect(FIRST)?;
    Ok(())
}

/// Adds these residents (name, language), each agreeing to be listened to and to have their
/// words kept (the crash loop's and the soak's journals); their ids in the same order.
pub(crate) fn consenting(store: &mut Store, people: &[(&str, &str)]) -> anyhow::Result<Vec<i64>> {
    let mut ids = Vec::new();
    for (name, language) in people {
        let r = residents::add(
            store,
            &residents::NewResident {
                preferred_name: (*name).into(),
                language: (*language).into(),
                is_demo: false,
            },
        )?;
        consent::give_all(store, r.id, "the resident", 0)?;
        ids.push(r.id);
    }
    Ok(ids)
}

/// Saves, decides, changes the passphrase and purges until killed, saying what it confirmed.
fn writer(journal: &Path, seed: u64) -> anyhow::Result<()> {
    let n: u64 = std::env::var("HEARTH_PASSPHRASE_N")?.parse()?;
    let mut s = Store::unlock(journal, Secret::Passphrase(&passphrase(n)))?;
    let mut rng = fastrand::Rng::with_seed(seed);
    let lexicon = Lexicon::builtin("en")?;
    let people = residents::list(&s)?;
    let mut out = std::io::stdout().lock();
    let mut current = n;
    loop {
        let who = people[rng.usize(..people.len())].id;
        let text = SAID[rng.usize(..SAID.len())];
        let at = now_ms() - rng.i64(0..400) * 86_400_000;
        match rng.u8(..20) {
            0..=8 => {
                let u = NewUtterance {
                    resident_id: who,
                    started_ms: at - 3_000,
                    ended_ms: at,
                    text: text.into(),
                    language: "en".into(),
                    model: "base".into(),
                };
                let note = notes::record_spoken_with(&mut s, &u, &extract(text, &lexicon))?;
                writeln!(out, "saved {} {}", note.id, note.original)?;
            }
            9..=14 => {
                let note =
                    notes::record_check_in(&mut s, who, at, "en", text, &extract(text, &lexicon))?;
                writeln!(out, "saved {} {}", note.id, note.original)?;
            }
            15..=17 => {
                let last = notes::totals(&s)?.notes;
                if let Ok(note) = notes::get(&s, rng.i64(1..=last.max(1))) {
                    if let Some(sig) = note.signals.first() {
                        let d = [Decision::Confirm, Decision::Dismiss][rng.usize(..2)].clone();
                        reviews::decide(&mut s, sig.id, &d, "Sam", now_ms())?;
                        writeln!(out, "decided {}", sig.id)?;
                    }
                }
            }
            18 => {
                let next = current + 1;
                writeln!(out, "changing {next}")?;
                out.flush()?;
                s.change_passphrase(Secret::Passphrase(&passphrase(current)), &passphrase(next))?;
                current = next;
                writeln!(out, "changed {next}")?;
            }
            _ => {
                // Transcripts of more than 90 days, a batch at a time, as the app purges.
                let shared = std::sync::Mutex::new(s);
                retention::run(
                    &shared,
                    now_ms(),
                    &retention::TimeZone::UTC,
                    None,
                    |_, _| {},
                )?;
                s = shared
                    .into_inner()
                    .map_err(|_| anyhow::anyhow!("poisoned"))?;
                writeln!(out, "purged")?;
            }
        }
        out.flush()?;
    }
}

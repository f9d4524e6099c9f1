//! The `hearth` command as a user meets it: clear messages and exit code 1 on bad input,
//! never a panic, and the right words from a real recording.

#![allow(clippy::unwrap_used)] // a test that unwraps fails loudly, which is what it is for

use std::path::PathBuf;
use std::process::{Command, Output};

fn hearth(models_dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hearth"))
        .env("HEARTH_MODELS_DIR", models_dir)
        .args(args)
        .output()
        .unwrap()
}

/// Read when the test runs (a shared build folder may reuse this binary from another clone).
fn repo() -> PathBuf {
    PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("run by cargo test")).join("../..")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn no_model_names_the_command_that_gets_one() {
    let empty = tempfile::tempdir().unwrap();
    let o = hearth(empty.path(), &["transcribe", "whatever.wav"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(
        e.contains("scripts/get-model.sh base") && e.contains("hearth model download base"),
        "{e}"
    );
    assert!(!e.contains("panicked"), "{e}");
}

#[test]
fn bad_audio_is_a_clear_error() {
    let models = repo().join("models");
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("note.wav");
    std::fs::write(&text, "this is not audio").unwrap();
    let o = hearth(&models, &["transcribe", text.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("is not a WAV file"), "{}", stderr(&o));

    let jfk =
        std::fs::read(repo().join("tests/.cache/jfk.wav")).expect("run scripts/get-fixtures.sh");
    let cut = dir.path().join("cut.wav");
    std::fs::write(&cut, &jfk[..jfk.len() / 2 + 1]).unwrap();
    let o = hearth(&models, &["transcribe", cut.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("damaged or cut short"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn transcribes_jfk_as_json_with_timings() {
    let o = hearth(
        &repo().join("models"),
        &[
            "transcribe",
            "--language",
            "en",
            "--json",
            repo().join("tests/.cache/jfk.wav").to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let text = v["transcript"]["text"].as_str().unwrap();
    assert!(
        text.contains("ask not what your country can do for you"),
        "{text}"
    );
    assert!(v["transcript"]["segments"][0]["end_ms"].as_u64().unwrap() > 0);
    assert_eq!(v["model"], "base");
}

/// A file longer than one piece (JFK twice, 23 s): piped, its text is one line holding both,
/// with no progress bar drawn into the pipe.
#[test]
fn a_long_file_piped_is_one_line_of_text() {
    let dir = tempfile::tempdir().unwrap();
    let jfk = hound::WavReader::open(repo().join("tests/.cache/jfk.wav")).unwrap();
    let spec = jfk.spec();
    let samples: Vec<i16> = jfk.into_samples().map(Result::unwrap).collect();
    let twice = dir.path().join("twice.wav");
    let mut w = hound::WavWriter::create(&twice, spec).unwrap();
    for s in samples.iter().chain(&samples) {
        w.write_sample(*s).unwrap();
    }
    w.finalize().unwrap();
    let o = hearth(
        &repo().join("models"),
        &["transcribe", "--language", "en", twice.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert_eq!(out.matches("your country").count(), 4, "{out}");
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
}

#[test]
fn unknown_model_lists_the_known_ones() {
    let o = hearth(&repo().join("models"), &["model", "verify", "huge"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("tiny.en"), "{}", stderr(&o));
}

#[test]
fn signals_prints_json_lines_with_evidence_from_an_argument_or_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    let o = hearth(dir.path(), &["signals", "My knee hurts, about a six."]);
    assert!(o.status.success(), "{}", stderr(&o));
    let line: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let s = &line["signals"][0];
    assert_eq!(
        (s["kind"].as_str(), s["value"].as_str()),
        (Some("pain"), Some("present"))
    );
    assert_eq!(
        (s["location"].as_str(), s["severity"].as_u64()),
        (Some("knee"), Some(6))
    );
    assert_eq!(s["evidence"], "hurts");
    assert_eq!(s["inferred"], true);
    assert!(s.get("why").is_none(), "only asked for with --explain");
    let o = hearth(
        dir.path(),
        &["signals", "--explain", "My knee hurts, about a six."],
    );
    let line: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let why = &line["signals"][0]["why"];
    assert_eq!(
        (why["reader"].as_str(), why["clause"].as_str()),
        (Some("lexicon"), Some("My knee hurts"))
    );
    assert_eq!(
        (why["place_from"].as_str(), why["score_from"].as_str()),
        (Some("knee"), Some("six"))
    );

    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_hearth"))
        .args(["signals", "--language", "fr"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("J'ai pas faim\n\nJe suis tombée\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "one line an utterance, blank lines skipped");
    assert_eq!(lines[0]["signals"][0]["value"], "poor");
    assert_eq!(lines[1]["signals"][0]["value"], "fall");

    let o = hearth(dir.path(), &["signals", "--language", "xx", "hello"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("no wellbeing lexicon"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn say_writes_speech_at_the_rate_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let length = |rate: &str| {
        let wav = dir.path().join(format!("{rate}.wav"));
        let w = wav.to_str().unwrap();
        let o = hearth(
            dir.path(),
            &[
                "say",
                "Bonjour Marie, comment allez-vous ?",
                "--language",
                "fr",
                "--rate",
                rate,
                "--wav",
                w,
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        let r = hound::WavReader::open(&wav).unwrap();
        r.duration() as f32 / r.spec().sample_rate as f32
    };
    let (slow, quick) = (length("100"), length("200"));
    assert!(slow > 1.5 * quick && quick > 0.8, "{slow} s vs {quick} s");
    let o = hearth(
        dir.path(),
        &[
            "say",
            "hello",
            "--language",
            "xx-nonsense",
            "--wav",
            "/dev/null",
        ],
    );
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("speech synthesis failed"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn export_asks_for_the_passphrase_counts_wrong_tries_and_logs_before_it_writes() {
    use hearth_core::clock::now_ms;
    use hearth_core::journal::{notes, residents};
    use hearth_core::store::{Secret, Store};
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.sqlite");
    let key = dir.path().join("device.key");
    let out = dir.path().join("out");
    let passphrase = "tea at four o'clock";
    // Only this test opens journals in this process: the key file may be set for it.
    std::env::set_var("HEARTH_KEY_FILE", &key);
    let rose = {
        let mut s = Store::open(&journal).unwrap();
        let new = residents::NewResident {
            preferred_name: "Rose".into(),
            language: "en".into(),
            is_demo: false,
        };
        let rose = residents::add(&mut s, &new).unwrap().id;
        notes::record_typed(&mut s, rose, now_ms(), "Sam", "Walked in the garden.").unwrap();
        s.protect(passphrase).unwrap();
        rose
    };
    let today = jiff::Zoned::now().date().to_string();
    let export = |typed: &str| {
        Command::new(env!("CARGO_BIN_EXE_hearth"))
            .env("HEARTH_KEY_FILE", &key)
            .env("HEARTH_PASSPHRASE", typed)
            .args(["export", "--resident", &rose.to_string(), "--from", &today])
            .args(["--to", &today, "--format", "csv", "--journal"])
            .arg(&journal)
            .arg("--out")
            .arg(&out)
            .output()
            .unwrap()
    };
    // Wrong tries count as in the window, and pause; a new run does not start afresh.
    for said in [
        "2 tries left",
        "1 tries left",
        "try again in 30 s",
        "too many wrong tries",
    ] {
        let o = export("not the passphrase");
        assert_eq!(o.status.code(), Some(1));
        assert!(stderr(&o).contains(said), "{said}: {}", stderr(&o));
    }
    assert!(!out.exists(), "nothing written");
    // Half a minute later (the kept pause ends in the past), the passphrase opens it.
    let tries = dir.path().join("journal.keybox.tries");
    std::fs::write(&tries, "3 0\n").unwrap();
    let o = export(passphrase);
    assert!(o.status.success(), "{}", stderr(&o));
    let written: Vec<_> = std::fs::read_dir(&out).unwrap().flatten().collect();
    assert_eq!(written.len(), 1);
    let name = written[0].file_name().to_string_lossy().into_owned();
    assert!(
        name.starts_with(&format!("hearth-resident-{rose}-")),
        "{name}"
    );
    assert!(!tries.exists(), "a right passphrase clears the count");
    let s = Store::unlock(&journal, Secret::Passphrase(passphrase)).unwrap();
    let last = &hearth_core::audit::recent(&s, 1).unwrap()[0];
    assert_eq!(last.action, "export");
    assert!(last.actor.ends_with("(hearth export)"), "{}", last.actor);
    assert!(!last.detail.contains("garden"), "{}", last.detail);
}

/// Twenty kills in CI (`scripts/crash-loop.sh` runs a hundred): after each, the journal is
/// whole, opens with its passphrase and holds every note the writer confirmed.
#[test]
fn a_writer_killed_twenty_times_loses_nothing_it_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_hearth"))
        .args(["crash-loop", "--kills", "20", "--seed", "7", "--dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{out}\n{}", stderr(&o));
    assert!(out.contains("20 kills"), "{out}");
    // It did write: some notes were confirmed before the kills.
    let confirmed: u32 = out
        .split(" confirmed notes")
        .next()
        .and_then(|s| s.rsplit(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(confirmed > 20, "{out}");
}

/// The soak, short (`scripts/soak.sh` runs 2,000 turns and 2,000 messages): spoken check-ins
/// and messages through the real model into one journal; no file or thread left behind,
/// every note saved word for word, memory within bounds (looser than the full run's 5 %:
/// a short run has had less time to settle).
#[test]
fn a_short_soak_leaks_nothing_and_loses_no_note() {
    let o = hearth(
        &repo().join("models"),
        &[
            "soak",
            "--turns",
            "24",
            "--messages",
            "24",
            "--max-growth",
            "15",
        ],
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{out}\n{}", stderr(&o));
    assert!(out.contains("soak passed"), "{out}");
    for mark in ["loaded", "start", "middle", "end"] {
        assert!(out.lines().any(|l| l.starts_with(mark)), "{out}");
    }
}

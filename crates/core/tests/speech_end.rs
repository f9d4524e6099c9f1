//! Hands-free listening's ear: real speech (the JFK recording and espeak-ng sentences) with
//! silence around it; speech must be found to start and end where it does.

#![allow(clippy::unwrap_used)] // a test that unwraps fails loudly, which is what it is for

mod common;

use hearth_core::listen::{Change, SpeechEnd, Timing};
use hearth_core::speech::load_wav;

fn changes(audio: &[f32]) -> Vec<Change> {
    let mut vad = SpeechEnd::new(Timing::default());
    // In microphone-sized blocks, as it will be fed.
    audio.chunks(480).flat_map(|b| vad.push(b)).collect()
}

#[test]
fn a_sentence_between_silences_starts_and_ends_where_it_does() {
    let dir = tempfile::tempdir().unwrap();
    let wav = common::espeak(
        dir.path(),
        "en",
        "I slept well, but my knee hurts a little.",
        "s",
    );
    let speech = load_wav(&wav).unwrap();
    let speech_ms = speech.len() as u64 / 16;
    let mut audio = vec![0.0; 16_000]; // 1 s of quiet
    audio.extend(&speech);
    audio.extend(vec![0.0; 32_000]); // 2 s of quiet
    let found = changes(&audio);
    println!("{speech_ms} ms of speech: {found:?}");
    let [Change::Started { at_ms: start }, Change::Ended { at_ms: end }] = found[..] else {
        panic!("one start and one end expected: {found:?}")
    };
    // Close to the truth; espeak pads its output with up to ~0.4 s of quiet at the end.
    assert!((900..=1_300).contains(&start), "started at {start}");
    let file_end = 1_000 + speech_ms;
    assert!(
        end + 500 >= file_end && end <= file_end,
        "ended at {end}, the speech file ends at {file_end}"
    );
}

#[test]
fn a_real_speaker_pausing_for_breath_is_one_turn() {
    // JFK pauses between "ask not what your country can do for you" and "ask what you can
    // do for your country" (about 1 s, measured): shorter than the 1.2 s that ends a turn.
    let mut audio = load_wav(&common::jfk()).unwrap();
    audio.extend(vec![0.0; 32_000]);
    let found = changes(&audio);
    println!("{found:?}");
    assert!(
        matches!(found.first(), Some(Change::Started { .. })),
        "{found:?}"
    );
    assert!(
        matches!(found.last(), Some(Change::Ended { at_ms }) if *at_ms > 10_000),
        "{found:?}"
    );
    assert_eq!(found.len(), 2, "a pause split the turn: {found:?}");
}

#[test]
fn the_ear_hears_a_turn_in_a_48k_stream_pauses_then_ends_it_whole() {
    use hearth_core::listen::{Ear, EarEvent, EarTiming};
    use hearth_core::speech::resample::to_rate;
    let dir = tempfile::tempdir().unwrap();
    let wav = common::espeak(dir.path(), "en", "Yes, I slept quite well.", "s");
    let speech = load_wav(&wav).unwrap();
    let mut audio = vec![0.0; 16_000];
    audio.extend(&speech);
    audio.extend(vec![0.0; 32_000]);
    let stream = to_rate(audio, 16_000, 48_000).unwrap();
    let mut ear = Ear::new(48_000, EarTiming::default()).unwrap();
    let mut events = Vec::new();
    for block in stream.chunks(480) {
        for e in ear.push(block) {
            events.push((ear.heard_ms(), e));
        }
    }
    let kinds: Vec<&str> = events
        .iter()
        .map(|(_, e)| match e {
            EarEvent::SpeechStarted => "started",
            EarEvent::Paused(_) => "paused",
            EarEvent::TurnEnded { .. } => "ended",
        })
        .collect();
    println!("{:?}", events.iter().map(|(t, _)| t).collect::<Vec<_>>());
    // A comma is not a pause worth a look (it is shorter than 0.4 s); the end of the sentence is.
    assert_eq!(kinds.last(), Some(&"ended"), "{kinds:?}");
    assert_eq!(kinds[0], "started", "{kinds:?}");
    let (paused_at, EarEvent::Paused(so_far)) = &events[events.len() - 2] else {
        panic!("a pause before the end: {kinds:?}")
    };
    let (ended_at, EarEvent::TurnEnded { audio, as_paused }) = &events[events.len() - 1] else {
        unreachable!()
    };
    // The pause comes ~1 s before the end would: the time a complete answer saves.
    assert!(ended_at - paused_at >= 700, "{paused_at} → {ended_at}");
    assert!(*as_paused, "nothing was said after the pause");
    // The turn holds the whole sentence (with a little before and after), not the silences.
    let speech_ms = speech.len() as i64 / 16;
    let turn_ms = audio.len() as i64 / 16;
    assert!(
        (turn_ms - speech_ms).abs() < 500,
        "{turn_ms} vs {speech_ms} ms"
    );
    assert!(so_far.len() <= audio.len() + 16 * 500);
}

/// A resident far from the tablet: JFK at −40, −50 and −60 dBFS peak (16-bit) is one turn,
/// from start to end; steady noise at the same levels, raised the same way, is none.
#[test]
fn a_soft_voice_is_a_turn_and_steady_noise_is_not() {
    let jfk = load_wav(&common::jfk()).unwrap();
    let peak = jfk.iter().fold(0f32, |m, x| m.max(x.abs()));
    let at = |audio: &[f32], db: f32, peak: f32| -> Vec<f32> {
        let gain = 10f32.powf(db / 20.0) / peak;
        audio
            .iter()
            .map(|x| (x * gain * 32768.0).round() / 32768.0)
            .collect()
    };
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for db in [-40.0, -50.0, -60.0] {
        let mut audio = vec![0.0; 16_000];
        audio.extend(at(&jfk, db, peak));
        audio.extend(vec![0.0; 32_000]);
        let found = changes(&audio);
        println!("JFK at {db} dBFS: {found:?}");
        let whole = matches!(found[..], [Change::Started { at_ms: s }, Change::Ended { at_ms: e }]
            if s < 1_600 && e > 10_500);
        if !whole {
            failures.push(format!("JFK at {db} dBFS: {found:?}"));
        }
        for kind in ["pinknoise", "brownnoise", "whitenoise"] {
            let out = dir.path().join(format!("{kind}.wav"));
            let ok = std::process::Command::new("sox")
                .args(["-R", "-n", "-r", "16000", "-c", "1", "-b", "16"])
                .arg(&out)
                .args(["synth", "6", kind])
                .status()
                .expect("sox is installed (scripts/setup.sh test)")
                .success();
            assert!(ok);
            let noise = load_wav(&out).unwrap();
            let npeak = noise.iter().fold(0f32, |m, x| m.max(x.abs()));
            let found = changes(&at(&noise, db, npeak));
            println!("{kind} at {db} dBFS: {found:?}");
            if !found.is_empty() {
                failures.push(format!("{kind} at {db} dBFS: {found:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

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

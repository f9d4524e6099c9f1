//! A listening turn through the real model, fed as a microphone would feed it: blocks at a
//! device rate (44.1 kHz). A turn longer than Whisper's 30-second window is cut at a pause,
//! each piece recognised in order, and nothing said is lost at the cut.

#![allow(clippy::unwrap_used)] // a test that unwraps fails loudly, which is what it is for

mod common;

use std::sync::{mpsc, Arc, Mutex};

use hearth_core::listen::{Limits, ListenEvent, Recognise, Session};
use hearth_core::models::WeightType;
use hearth_core::speech::wer::wer;
use hearth_core::speech::{load_wav, resample, Language, Transcriber, TranscriberConfig};

#[test]
fn a_long_turn_is_cut_at_a_pause_and_kept_whole() {
    let m = common::model("base", WeightType::Q8_0);
    let t = Arc::new(Transcriber::load(&m.path, TranscriberConfig::default()).unwrap());
    let recognise: Recognise = {
        let t = t.clone();
        Arc::new(move |audio: &[f32]| t.transcribe(audio, &Language::Code("en".into())))
    };
    // JFK three times with short pauses: 34.8 s, longer than one Whisper window.
    let jfk = load_wav(&common::jfk()).unwrap();
    let mut turn = Vec::new();
    for _ in 0..3 {
        turn.extend_from_slice(&jfk);
        turn.extend(std::iter::repeat_n(0.0, 9_600)); // 0.6 s
    }
    let device = resample::to_rate(turn, 16_000, 44_100).unwrap();
    let (tx, rx) = mpsc::sync_channel(100_000);
    for block in device.chunks(441) {
        tx.send(block.to_vec()).unwrap();
    }
    drop(tx);
    let seen = Arc::new(Mutex::new(Vec::new()));
    let s = seen.clone();
    let session = Session::start(
        rx,
        44_100,
        None,
        Limits::default(),
        recognise,
        Arc::new(move |e| s.lock().unwrap().push(e)),
    )
    .unwrap();
    session.join();
    let seen = seen.lock().unwrap();
    let Some(ListenEvent::Heard(h)) = seen.last() else {
        panic!("{seen:?}")
    };
    let expected = [common::JFK_TEXT; 3].join(" ");
    let e = wer(&expected, &h.text);
    println!("WER {e:.3} over {} ms: {}", h.audio_ms, h.text);
    assert!((34_700..=34_900).contains(&h.audio_ms), "{}", h.audio_ms);
    assert_eq!(
        h.text.to_lowercase().matches("fellow americans").count(),
        3,
        "{}",
        h.text
    );
    assert!(e <= 0.08, "WER {e:.3}: {}", h.text);
}

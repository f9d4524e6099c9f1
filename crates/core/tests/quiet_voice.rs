//! A soft voice is a voice: real speech (JFK's recording) and generated French, played back
//! at −40, −50 and −60 dBFS peak as a resident far from the tablet would be heard, must be
//! recognised as well as at a normal level; noise and true silence at the same levels must
//! give nothing at all (no invented "Thank you.").

#![allow(clippy::unwrap_used)] // a test that unwraps fails loudly, which is what it is for

mod common;

use std::process::Command;

use hearth_core::models::WeightType;
use hearth_core::speech::wer::wer;
use hearth_core::speech::{load_wav, Language, Transcriber, TranscriberConfig};

/// `samples` brought to a peak of `db` dBFS and rounded to 16-bit steps, as a quiet
/// recording really is.
fn at_level(samples: &[f32], db: f32) -> Vec<f32> {
    let peak = samples.iter().fold(0f32, |m, x| m.max(x.abs()));
    let gain = 10f32.powf(db / 20.0) / peak;
    samples
        .iter()
        .map(|x| (x * gain * 32768.0).round() / 32768.0)
        .collect()
}

/// Noise made by sox (repeatable: -R), 4 s at 16 kHz.
fn noise(dir: &std::path::Path, kind: &str) -> Vec<f32> {
    let out = dir.join(format!("{kind}.wav"));
    let status = Command::new("sox")
        .args(["-R", "-n", "-r", "16000", "-c", "1", "-b", "16"])
        .arg(&out)
        .args(["synth", "4", kind])
        .status()
        .expect("sox is installed (scripts/setup.sh test)");
    assert!(status.success());
    load_wav(&out).unwrap()
}

#[test]
fn quiet_speech_is_heard_and_quiet_noise_is_not() {
    let m = common::model("base", WeightType::Q8_0);
    let t = Transcriber::load(&m.path, TranscriberConfig::default()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let en = Language::Code("en".into());
    let fr = Language::Code("fr".into());
    let jfk = load_wav(&common::jfk()).unwrap();
    let french_text = "Je suis très fatiguée.";
    let french = load_wav(&common::espeak(dir.path(), "fr", french_text, "fr")).unwrap();
    let french_loud = t.transcribe(&at_level(&french, -6.0), &fr).unwrap().text;
    assert!(wer(french_text, &french_loud) <= 0.25, "{french_loud:?}");
    let mut failures = Vec::new();
    for db in [-40.0, -50.0, -60.0] {
        let heard = t.transcribe(&at_level(&jfk, db), &en).unwrap().text;
        let e = wer(common::JFK_TEXT, &heard);
        println!("JFK at {db} dBFS: WER {e:.3} — {heard}");
        if e > 0.1 {
            failures.push(format!("JFK at {db} dBFS: WER {e:.3} ({heard:?})"));
        }
        let heard = t.transcribe(&at_level(&french, db), &fr).unwrap().text;
        let e = wer(french_text, &heard);
        println!("French at {db} dBFS: WER {e:.3} — {heard}");
        if e > 0.25 {
            failures.push(format!(
                "French at {db} dBFS: {heard:?}, at −6 dBFS {french_loud:?}"
            ));
        }
        for kind in ["whitenoise", "pinknoise", "brownnoise"] {
            let heard = t
                .transcribe(&at_level(&noise(dir.path(), kind), db), &en)
                .unwrap()
                .text;
            println!("{kind} at {db} dBFS: {heard:?}");
            if !heard.is_empty() {
                failures.push(format!("{kind} at {db} dBFS heard as {heard:?}"));
            }
        }
    }
    let silence = vec![0.0f32; 16_000 * 4];
    let heard = t.transcribe(&silence, &en).unwrap().text;
    if !heard.is_empty() {
        failures.push(format!("silence heard as {heard:?}"));
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

//! The held-out signal corpora spoken: each utterance said by espeak-ng, recognised by the
//! real Whisper model in its language, and read by the lexicon and the meaning model, as a
//! resident's words really reach the extractor. Scores printed beside those of the written
//! text; guarded so that recognition slips cannot quietly cost much more than they do now.

#![allow(clippy::unwrap_used)] // a test that unwraps fails loudly, which is what it is for

mod common;

use std::collections::BTreeSet;

use common::corpus::{labels, lines, load_meaning, Scores};
use hearth_core::models::WeightType;
use hearth_core::signals::{read_all, Lexicon, Signal};
use hearth_core::speech::{load_wav, Language, Transcriber, TranscriberConfig};

#[test]
fn held_out_utterances_read_from_what_whisper_heard() {
    let whisper = common::model("base", WeightType::Q8_0);
    let t = Transcriber::load(&whisper.path, TranscriberConfig::default()).unwrap();
    let meaning = load_meaning();
    let read =
        move |text: &str, lex: &Lexicon| -> Vec<Signal> { read_all(text, lex, Some(&meaning)) };
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for lang in ["en", "fr"] {
        let lex = Lexicon::builtin(lang).unwrap();
        let (mut written, mut spoken) = (Scores::default(), Scores::default());
        let mut urgent_missed = Vec::new();
        for (i, (text, want)) in lines(&format!("{lang}-heldout")).iter().enumerate() {
            let wav = common::espeak(dir.path(), lang, text, &format!("{lang}{i}"));
            let heard = t
                .transcribe(&load_wav(&wav).unwrap(), &Language::Code(lang.into()))
                .unwrap()
                .text;
            let from_text = labels(&read, text, &lex);
            let from_speech = labels(&read, &heard, &lex);
            if from_text != from_speech {
                println!("  {lang} {text:?} heard {heard:?}: {from_text:?} → {from_speech:?}");
            }
            let urgent =
                |l: &BTreeSet<String>| l.iter().filter(|l| l.starts_with("urgent=")).count();
            if urgent(&from_speech) < urgent(&from_text) {
                urgent_missed.push(heard.clone());
            }
            written.add(want, &from_text);
            spoken.add(want, &from_speech);
        }
        written.print(&format!("{lang} held out, written"));
        spoken.print(&format!(
            "{lang} held out, spoken (espeak-ng → Whisper base)"
        ));
        if !urgent_missed.is_empty() {
            println!("{lang}: urgent lost in recognition: {urgent_missed:?}");
        }
        // Measured when this test was written (2026-12-02), with written → spoken F1: EN
        // 0.940 → 0.740 (0.952 → 0.730 once the model's pain readings were placed), FR
        // 0.907 → 0.226. espeak-ng's French is barely intelligible to
        // Whisper base ("Je me sens en pleine forme" is heard "Je m'aie sa plateforme"), so
        // the French figure measures the synthetic voice more than Hearth. On 2026-12-03 the
        // held-out sets grew to 165 a language, written the way residents talk to a tablet
        // (lower case, hesitant, few commas): EN 0.883 → 0.625, FR 0.882 → 0.183. Floors a
        // little below, so a change to recognition or reading that loses more fails. The
        // French figure moves with the machine's espeak-ng (0.144 on a fresh machine on
        // 2026-12-04, same code): its floor only catches a collapse (a wrong language, no
        // model reading), since unintelligible audio is all it measures finely.
        let floor = if lang == "en" { 0.60 } else { 0.10 };
        let (_, _, f_spoken) = spoken.all.f1();
        if f_spoken < floor {
            failures.push(format!("{lang}: spoken F1 {f_spoken:.3} < {floor}"));
        }
    }
    assert!(failures.is_empty(), "{failures:?}");
}

//! A whole check-in driven by spoken answers: each answer is spoken by espeak-ng, recognised
//! by the real model in the resident's language, and read by the dialogue engine. The
//! questions that follow must be the ones the answers call for.

#![allow(clippy::unwrap_used)] // a test that unwraps fails loudly, which is what it is for

mod common;

use hearth_core::dialogue::{CheckIn, Outcome, Script};
use hearth_core::models::WeightType;
use hearth_core::signals::Lexicon;
use hearth_core::speech::{load_wav, Language, Transcriber, TranscriberConfig};

/// (spoken answer, prompts expected after it)
fn run(lang: &str, name: &str, turns: &[(&str, &[&str])]) {
    let m = common::model("base", WeightType::Q8_0);
    let t = Transcriber::load(&m.path, TranscriberConfig::default()).unwrap();
    let lex = Lexicon::builtin(lang).unwrap();
    let script = Script::daily();
    let dir = tempfile::tempdir().unwrap();
    let (mut c, first) = CheckIn::start(&script, &lex, name);
    assert_eq!(first.say[0].id, "ci-greeting");
    for (i, (said, expected)) in turns.iter().enumerate() {
        let wav = common::espeak(dir.path(), lang, said, &format!("a{i}"));
        let heard = t
            .transcribe(&load_wav(&wav).unwrap(), &Language::Code(lang.into()))
            .unwrap()
            .text;
        let reply = c.answer(&heard);
        let ids: Vec<&str> = reply.say.iter().map(|p| p.id.as_str()).collect();
        println!("{lang}: {said:?} → heard {heard:?} → {ids:?}");
        assert_eq!(ids, *expected, "after {said:?} (heard {heard:?})");
    }
    assert_ne!(c.outcome(), Outcome::Listening);
}

#[test]
fn an_english_check_in_by_voice() {
    run(
        "en",
        "Arthur",
        &[
            ("Yes, please.", &["ci-mood"]),
            (
                "I am feeling very unhappy today.",
                &["ci-ack-sorry", "ci-sleep"],
            ),
            (
                "I did not sleep well last night.",
                &["ci-ack-sleep-poor", "ci-pain"],
            ),
            // Where and how bad in one breath: both follow-ups are skipped.
            (
                "My knee hurts, it is about six out of ten.",
                &["ci-appetite"],
            ),
            (
                "I am not hungry today.",
                &["ci-ack-appetite-poor", "ci-company"],
            ),
            (
                "Nobody comes to see me, I feel lonely.",
                &["ci-ack-lonely", "ci-anything-else"],
            ),
            ("Stop, please.", &["ci-stop"]),
        ],
    );
}

/// espeak-ng's French is hard for the base model (measured: most short answers come out
/// garbled), so these answers are ones it hears right — and one it does not understand as
/// an answer to the question, to hear the gentle rephrase and the moving on.
#[test]
fn a_french_check_in_by_voice() {
    run(
        "fr",
        "Marie",
        &[
            ("Oui.", &["ci-mood"]),
            ("Je suis heureuse.", &["ci-ack-glad", "ci-sleep"]),
            ("Je suis très fatiguée.", &["ci-ack-sleep-poor", "ci-pain"]),
            ("Non, je n'ai pas mal.", &["ci-appetite"]),
            ("Ma fille est venue me voir.", &["ci-appetite-again"]),
            ("Ma fille est venue me voir.", &["ci-company"]),
            (
                "Ma fille est venue me voir.",
                &["ci-ack-glad", "ci-anything-else"],
            ),
            ("Je suis heureuse.", &["ci-remember"]),
            ("Je suis heureuse.", &["ci-remember-again"]),
            ("Je suis heureuse.", &["ci-goodbye"]),
        ],
    );
}

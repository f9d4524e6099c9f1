//! The wellbeing-signal extractor measured on the annotated corpora in tests/signals/:
//! precision, recall and F1 per signal and language, printed; each must reach F1 ≥ 0.9.

#![allow(clippy::unwrap_used)] // a test that unwraps fails loudly, which is what it is for

mod common;

use common::corpus::{labels, lines, Count, Read, Scores};

use std::collections::BTreeMap;

use std::sync::OnceLock;

use hearth_core::signals::meaning::Thresholds;
use hearth_core::signals::{read_all, Lexicon, MeaningReader, Signal};

/// The meaning model, loaded once for every test here (a missing model fails them: run
/// scripts/get-model.sh e5-small).
fn model() -> &'static MeaningReader {
    static M: OnceLock<MeaningReader> = OnceLock::new();
    M.get_or_init(|| {
        let mut m = common::corpus::load_meaning();
        // Trying other settings: HEARTH_MEANING="neighbours,min,min_urgent" (tuning corpus
        // and the examples left out in turn only).
        if let Ok(v) = std::env::var("HEARTH_MEANING") {
            let v: Vec<f32> = v.split(',').map(|x| x.parse().unwrap()).collect();
            m.thresholds = Thresholds {
                neighbours: v[0] as usize,
                min_similarity: v[1],
                min_similarity_urgent: v[2],
            };
        }
        m
    })
}

fn lexicon(text: &str, lex: &Lexicon) -> Vec<Signal> {
    read_all(text, lex, None)
}

fn both(text: &str, lex: &Lexicon) -> Vec<Signal> {
    read_all(text, lex, Some(model()))
}

fn model_alone(text: &str, lex: &Lexicon) -> Vec<Signal> {
    model().read(text, lex)
}

/// The meaning model on the tuning corpora, alone and beside the lexicon (where its
/// settings are chosen; misses printed).
#[test]
fn the_model_on_the_tuning_corpora() {
    for lang in ["en", "fr"] {
        for (name, read) in [
            (
                "model alone",
                &model_alone as &dyn Fn(&str, &Lexicon) -> Vec<Signal>,
            ),
            ("lexicon + model", &both),
        ] {
            let show = std::env::var_os("HEARTH_SHOW").is_some() && name == "model alone";
            let (per, all, n) = measure(lang, lang, show, read);
            let (p, r, f) = all.f1();
            println!("\n{lang} tuning, {name}: {n} utterances, precision {p:.3}, recall {r:.3}, F1 {f:.3}");
            for (class, c) in &per {
                let (p, r, f) = c.f1();
                println!(
                    "  {class:<12} {p:>9.3} {r:>6.3} {f:>6.3} {:>6}",
                    c.tp + c.fn_
                );
            }
        }
    }
}

/// The urgent kinds on the model's own examples, each read by the others (left out in
/// turn): how the urgent settings are compared, since the tuning corpora hold under twenty
/// urgent utterances a language. Printed, and guarded where the settings were chosen.
#[test]
fn urgent_examples_read_by_the_others() {
    for lang in ["en", "fr"] {
        let (mut tp, mut fp, mut fn_) = (0f64, 0f64, 0f64);
        for (own, read) in model().leave_one_out(lang) {
            let own = own.filter(|l| l.0 == "urgent");
            let urgent = read.filter(|l| l.0 == "urgent");
            match (&own, &urgent) {
                (Some(o), Some(u)) if o == u => tp += 1.0,
                (Some(_), _) => fn_ += 1.0,
                (None, _) => {}
            }
            if urgent.is_some() && urgent != own {
                fp += 1.0;
            }
        }
        let (p, r) = (tp / (tp + fp), tp / (tp + fn_));
        println!("\n{lang} examples, urgent left out in turn: precision {p:.3}, recall {r:.3} ({} urgent)", tp + fn_);
        // 2026-12-03: EN 0.879 / 0.743, FR 0.839 / 0.711 (reading urgent from 0.4 instead of
        // 0.5 gave 0.818 / 0.880 and 0.761 / 0.818, but see the independent test's history).
        let floor = if lang == "en" { 0.72 } else { 0.70 };
        if std::env::var_os("HEARTH_MEANING").is_none() {
            assert!(r >= floor, "{lang}: urgent recall {r:.3}");
        }
    }
}

/// `show_misses`: print each miss (not for the independent sets: reading their lines one by
/// one is how a set stops being independent).
fn measure(
    lang: &str,
    file: &str,
    show_misses: bool,
    read: &Read,
) -> (BTreeMap<String, Count>, Count, usize) {
    let lex = Lexicon::builtin(lang).unwrap();
    let mut scores = Scores::default();
    let lines = lines(file);
    for (text, want) in &lines {
        let got = labels(read, text, &lex);
        if show_misses && *want != got {
            println!("  {lang} {text:?}: expected {want:?}, found {got:?}");
        }
        scores.add(want, &got);
    }
    (scores.per, scores.all, lines.len())
}

#[test]
fn every_signal_reaches_f1_0_9_in_english_and_french() {
    let mut failures = Vec::new();
    for lang in ["en", "fr"] {
        let (per, all, n) = measure(lang, lang, true, &lexicon);
        assert!(n >= 150, "{lang}: only {n} utterances in the corpus");
        println!(
            "\n{lang}: {n} utterances\n  {:<12} {:>9} {:>6} {:>6} {:>6}",
            "signal", "precision", "recall", "F1", "n"
        );
        for (class, c) in &per {
            let (p, r, f) = c.f1();
            println!(
                "  {class:<12} {p:>9.3} {r:>6.3} {f:>6.3} {:>6}",
                c.tp + c.fn_
            );
            if f < 0.9 {
                failures.push(format!("{lang} {class}: F1 {f:.3}"));
            }
        }
        let (p, r, f) = all.f1();
        println!("  {:<12} {p:>9.3} {r:>6.3} {f:>6.3}", "all");
    }
    assert!(failures.is_empty(), "below F1 0.9: {failures:?}");
}

/// Held-out utterances the lexicon was never tuned on (165 a language: 35 written after the
/// first tuning, 130 written on 2026-12-03 by someone who never saw the lexicons): printed per
/// signal, alone and with the meaning model, and guarded at what was measured when the set
/// was completed, so a change that breaks general behaviour (not just the tuned corpus) is
/// caught. The goals (F1 ≥ 0.93, urgent recall ≥ 0.98) are not met yet.
#[test]
fn held_out_utterances_are_mostly_read_right() {
    // Measured 2026-12-03 on the 165: lexicon alone EN F1 0.757, FR 0.778; with the model
    // EN 0.883 (urgent recall 0.951, precision 0.907), FR 0.882 (0.949, 0.881).
    let floors = [("en", 0.75, 0.87, 0.94), ("fr", 0.77, 0.87, 0.94)];
    for (lang, floor_lexicon, floor_both, floor_urgent) in floors {
        let file = format!("{lang}-heldout");
        for (name, read, floor) in [
            ("lexicon", &lexicon as &Read, floor_lexicon),
            ("lexicon + model", &both, floor_both),
        ] {
            let (per, all, n) = measure(lang, &file, name == "lexicon", read);
            let (p, r, f) = all.f1();
            println!(
                "\n{lang} held out, {name}: {n} utterances, precision {p:.3}, recall {r:.3}, F1 {f:.3}"
            );
            for (class, c) in &per {
                let (p, r, f) = c.f1();
                println!(
                    "  {class:<12} {p:>9.3} {r:>6.3} {f:>6.3} {:>6}",
                    c.tp + c.fn_
                );
            }
            assert!(n >= 150, "{lang}: only {n} held-out utterances");
            assert!(f >= floor, "{lang} held out, {name}: F1 {f:.3}");
            if name == "lexicon + model" {
                let urgent = per.get("urgent").map_or(0.0, |c| c.f1().1);
                assert!(urgent >= floor_urgent, "{lang}: urgent recall {urgent:.3}");
            }
        }
    }
}

/// The independent corpora (tests/signals/independent/): written by someone who never saw
/// the lexicons, never tuned on. Printed with urgent recall; guarded at the figures measured
/// before issue 16's work began, so nothing can slip back while it goes on (the issue's
/// goals — micro F1 ≥ 0.93, urgent recall ≥ 0.98 — replace these floors when met).
#[test]
fn independent_utterances_are_measured_and_do_not_slip_back() {
    // Lexicon alone, measured 2026-12-02 before any change: EN F1 0.587, urgent recall
    // 0.360; FR 0.641, 0.412. With the meaning model (step 5, measured once after its
    // settings were chosen on the tuning corpora): EN 0.706, 0.880; FR 0.719, 0.804. Step 6
    // (whose and when, one mood an answer, 232 more examples a language, 0.55), measured
    // once: lexicon EN 0.588, 0.360; FR 0.648, 0.412; with the model EN 0.734, 0.880; FR
    // 0.735, 0.824. Then the model reading each side of "and" apart (chosen on the tuning
    // corpora): EN 0.729, 0.900; FR 0.733, 0.843 — recall first. Then a pain the model reads
    // placed at the body part its clause names: EN 0.738, 0.900; FR 0.735, 0.843. Then
    // (2026-12-03) 200 more urgent examples and 120 near misses a language, and plain
    // tiredness anchored apart from "tired of living": EN 0.739, 0.940 (urgent precision
    // 0.86); FR 0.739, 0.961 (0.70). Reading urgent kinds from 0.4 and letting an outvoted
    // urgent example raise its kind, chosen on the examples left out in turn, gave EN 0.735,
    // 0.960 (0.79); FR 0.723, 0.980 (0.58), and was withdrawn: it read « je suis très
    // fatiguée » as a wish to die.
    type Floors = [(&'static str, f64, f64); 2];
    let floors: [(&str, &Read, Floors); 2] = [
        (
            "lexicon",
            &lexicon,
            [("en", 0.58, 0.36), ("fr", 0.64, 0.41)],
        ),
        (
            "lexicon + model",
            &both,
            [("en", 0.73, 0.94), ("fr", 0.73, 0.96)],
        ),
    ];
    for (name, read, langs) in floors {
        for (lang, floor_f1, floor_urgent) in langs {
            let (per, all, n) = measure(lang, &format!("independent/{lang}"), false, read);
            let (p, r, f) = all.f1();
            println!(
                "\n{lang} independent, {name}: {n} utterances, precision {p:.3}, recall {r:.3}, F1 {f:.3}"
            );
            for (class, c) in &per {
                let (p, r, f) = c.f1();
                println!(
                    "  {class:<12} {p:>9.3} {r:>6.3} {f:>6.3} {:>6}",
                    c.tp + c.fn_
                );
            }
            let urgent = per.get("urgent").map_or((0.0, 0.0, 0.0), Count::f1);
            assert!(n >= 150, "{lang}: only {n} utterances");
            assert!(f >= floor_f1, "{lang} independent, {name}: F1 {f:.3}");
            assert!(
                urgent.1 >= floor_urgent,
                "{lang} {name}: urgent recall {:.3}",
                urgent.1
            );
        }
    }
}

/// The commonest things a tired resident says are never read as urgent: the meaning model
/// puts "tired" beside "tired of living", and a vote once read « je suis très fatiguée » as
/// a wish to die, which would put every tired resident first on the board.
#[test]
fn plain_tiredness_is_not_urgent() {
    for (lang, said) in [
        ("en", "I'm very tired today."),
        ("en", "Oh I'm so tired, I didn't sleep much."),
        ("en", "I'm worn out after the hairdresser."),
        ("fr", "Je suis très fatiguée, j'ai mal dormi."),
        ("fr", "Oh là là, je suis fatigué aujourd'hui."),
        ("fr", "Je suis épuisée ce soir."),
    ] {
        let lex = Lexicon::builtin(lang).unwrap();
        let got = labels(&both, said, &lex);
        assert!(
            !got.iter().any(|l| l.starts_with("urgent")),
            "{said:?} read as {got:?}"
        );
    }
}

//! Whole spoken check-ins through the companion: answers spoken by espeak-ng arrive as a
//! 48 kHz stream (as from a microphone), the ear finds each turn, the real model hears it,
//! the engine decides, and the note lands in a real SQLite journal. Captions only here (the
//! loudspeaker is exercised in the window's end-to-end test).

#![allow(clippy::unwrap_used)] // a test that unwraps fails loudly, which is what it is for

mod common;

use std::sync::mpsc;
use std::sync::Arc;

use hearth_core::companion::{Control, Conversation, Event, InputMode, Parts};
use hearth_core::dialogue::{Outcome, Script};
use hearth_core::journal::{notes, residents};
use hearth_core::listen::EarTiming;
use hearth_core::models::WeightType;
use hearth_core::signals::Lexicon;
use hearth_core::speech::{load_wav, resample, Language, Transcriber, TranscriberConfig};
use hearth_core::store::Store;
use hearth_core::voice::VoiceError;

const RATE: u32 = 48_000;

/// Everything logged in this test binary, at the most verbose level (whisper.cpp's own lines
/// included): a resident's words must never be in it.
static LOGGED: std::sync::Mutex<String> = std::sync::Mutex::new(String::new());

struct Capture;

impl log::Log for Capture {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }
    fn log(&self, r: &log::Record<'_>) {
        if let Ok(mut all) = LOGGED.lock() {
            all.push_str(&format!("{} {}\n", r.target(), r.args()));
        }
    }
    fn flush(&self) {}
}

fn capture_logs() {
    let _ = log::set_logger(&Capture);
    log::set_max_level(log::LevelFilter::Trace);
}

/// What the resident does on each of their turns.
enum Turn {
    Say(&'static str),
    Silence,
    Stop,
}

struct Run {
    events: Vec<Event>,
    note: Option<notes::Note>,
}

fn converse(lang: &str, name: &str, turns: &[Turn]) -> Run {
    let model = common::model("base", WeightType::Q8_0);
    let t = Arc::new(Transcriber::load(&model.path, TranscriberConfig::default()).unwrap());
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journal.sqlite");
    let mut store = Store::open(&db).unwrap();
    let resident = residents::add(
        &mut store,
        &residents::NewResident {
            preferred_name: name.into(),
            language: lang.into(),
            is_demo: false,
        },
    )
    .unwrap();
    hearth_core::journal::consent::give_all(&store, resident.id, "the resident", 0).unwrap();
    let language = Language::Code(lang.into());
    let (block_tx, blocks) = mpsc::sync_channel::<Vec<f32>>(100_000);
    let (event_tx, event_rx) = mpsc::channel();
    let lang_owned = lang.to_string();
    let parts = Parts {
        name: name.into(),
        language: lang.into(),
        mode: InputMode::HandsFree,
        blocks,
        rate: RATE,
        mic: None,
        voice: Err(VoiceError::NoOutput),
        recognise: Arc::new(move |a: &[f32]| t.transcribe(a, &language)),
        i18n: Arc::new(hearth_i18n::I18n::load()),
        script: Script::daily(),
        lexicon: Lexicon::builtin(lang).unwrap(),
        meaning: None,
        timing: EarTiming::default(),
        answer_wait_ms: 6_000,
        save: Box::new(move |n| {
            notes::record_check_in(&mut store, resident.id, 0, &lang_owned, &n.text, &n.signals)
                .map(|n| n.id)
                .map_err(|e| e.to_string())
        }),
    };
    let conversation = Conversation::start(
        parts,
        Arc::new(move |e| {
            let _ = event_tx.send(e);
        }),
    )
    .unwrap();
    let silence = |ms: usize| vec![0.0f32; RATE as usize / 1000 * ms];
    let send = |audio: Vec<f32>| {
        for b in audio.chunks(480) {
            block_tx.send(b.to_vec()).unwrap();
        }
    };
    let mut events = Vec::new();
    let mut turns = turns.iter().enumerate();
    for e in event_rx.iter() {
        if matches!(e, Event::Level(_)) {
            continue;
        }
        println!("{e:?}");
        let ended = matches!(e, Event::Ended { .. });
        if e == Event::YourTurn {
            match turns.next() {
                Some((i, Turn::Say(text))) => {
                    let wav = common::espeak(dir.path(), lang, text, &format!("a{i}"));
                    let speech = load_wav(&wav).unwrap();
                    send(silence(300));
                    send(resample::to_rate(speech, 16_000, RATE).unwrap());
                    send(silence(2_000));
                }
                // Longer than the wait, and the time to read the caption.
                Some((_, Turn::Silence)) => send(silence(15_000)),
                Some((_, Turn::Stop)) | None => conversation.send(Control::Stop),
            }
        }
        events.push(e);
        if ended {
            break;
        }
    }
    conversation.join();
    let store = Store::open(&db).unwrap();
    let Some(Event::Ended { note_id, .. }) = events.last().cloned() else {
        panic!("no end: {events:?}")
    };
    Run {
        note: note_id.map(|id| notes::get(&store, id).unwrap()),
        events,
    }
}

fn captions(r: &Run) -> Vec<&str> {
    r.events
        .iter()
        .filter_map(|e| match e {
            Event::Says { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn an_english_check_in_hands_free_ends_kindly_after_two_silences() {
    capture_logs();
    let r = converse(
        "en",
        "Arthur",
        &[
            Turn::Say("Yes, please."),
            Turn::Say("I am feeling very unhappy today."),
            Turn::Say("I did not sleep well last night."),
            Turn::Say("My knee hurts, it is about six out of ten."),
            Turn::Silence,
            Turn::Silence,
        ],
    );
    let said = captions(&r);
    assert!(said[0].starts_with("Hello Arthur."), "{said:?}");
    assert!(said[1].contains("How are you feeling"), "{said:?}");
    // Where and how bad came in one breath: straight on to appetite, which is asked
    // again after a silence, and then the companion lets them rest.
    assert!(said[4].contains("eating and drinking"), "{said:?}");
    assert!(said[5].contains("enjoy your meals"), "{said:?}");
    assert!(said[6].starts_with("I'll let you rest, Arthur"), "{said:?}");
    assert!(r.events.contains(&Event::Silent(
        "no loudspeaker or headphones were found".into()
    )));
    assert_eq!(
        r.events
            .iter()
            .filter(|e| **e == Event::NothingHeard)
            .count(),
        2
    );
    let Some(Event::Ended { outcome, .. }) = r.events.last() else {
        unreachable!()
    };
    assert_eq!(*outcome, Outcome::Stopped);
    let note = r.note.expect("a note is saved");
    for line in [
        "Check-in with Arthur",
        "• Slept poorly",
        "• Pain — knee, 6/10",
    ] {
        assert!(
            note.original.contains(line),
            "{line} not in\n{}",
            note.original
        );
    }
    assert!(note.original.contains("Ended before the last question"));
    assert!(note.signals.iter().any(|s| s.read.kind == "pain"));
    // The whole check-in was logged at trace level, and none of Arthur's words are there.
    let logged = LOGGED.lock().unwrap().to_lowercase();
    assert!(logged.contains("hearth_core"), "the log was captured");
    for words in [
        "unhappy",
        "knee",
        "six out of ten",
        "did not sleep",
        "arthur",
    ] {
        assert!(!logged.contains(words), "{words:?} in the log:\n{logged}");
    }
}

#[test]
fn a_french_check_in_stopped_by_a_tap_keeps_what_was_said() {
    let r = converse(
        "fr",
        "Marie",
        &[
            Turn::Say("Oui."),
            Turn::Say("Je suis très fatiguée."),
            Turn::Stop,
        ],
    );
    let said = captions(&r);
    assert!(said[0].starts_with("Bonjour Marie"), "{said:?}");
    let heard: Vec<&Event> = r
        .events
        .iter()
        .filter(|e| matches!(e, Event::Heard { .. }))
        .collect();
    assert_eq!(heard.len(), 2, "{heard:?}");
    let note = r.note.expect("a note is saved");
    assert!(
        note.original.starts_with("Point du jour avec Marie"),
        "{}",
        note.original
    );
    assert!(note.original.contains("Interrompu"), "{}", note.original);
}

//! `hearth bench-turn`: turn latency, the wait a resident feels — from the moment they stop
//! speaking to the companion's first sound ("got it" earcon) and first word. A whole
//! check-in runs through the real conversation loop, the real model and (if there is one)
//! the real loudspeaker, with spoken answers streamed in real time as a microphone would.

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use hearth_core::companion::{Conversation, Event, InputMode, Parts, Save, Voice};
use hearth_core::dialogue::Script;
use hearth_core::listen::EarTiming;
use hearth_core::signals::Lexicon;
use hearth_core::speech::{resample, Language, Transcriber};
use hearth_core::voice::{Synth, VoiceError, VoiceSettings};

#[derive(clap::Args)]
pub struct Args {
    /// Model name from the catalog (default: the catalog's default).
    #[arg(long)]
    model: Option<String>,
}

/// What the "microphone" of the benchmarks and the soak delivers: 48 kHz, 10 ms blocks.
pub(crate) const RATE: u32 = 48_000;
pub(crate) const BLOCK: usize = 480;
const TARGET_MS: f64 = 800.0;

/// What Arthur answers, by what he is asked (words of the question, checked in this order:
/// a caption may hold an acknowledgement before the question). Short clear answers are taken
/// at the first pause; the open ones ("anything else?", a memory) wait for the full pause.
/// Answering what is asked, not a fixed list, keeps one misheard answer from putting every
/// later answer out of step with the questions.
pub(crate) const ANSWERS: [(&[&str], &str); 9] = [
    (
        &["music do you love", "song"],
        "I used to sing in the church choir.",
    ),
    (
        &["your family, your work", "family, work"],
        "Music, please.",
    ),
    (&["anything else"], "No, that is all, thank you."),
    (
        &["company", "on your own"],
        "My son came to see me yesterday.",
    ),
    (&["eating", "meals"], "Yes, I have been eating well."),
    (&["pain", "hurt"], "No, I am not in pain."),
    (&["sleep", "bad night"], "I slept well."),
    (&["feeling", "so-so"], "I am feeling quite happy today."),
    (&["little chat"], "Yes, please."),
];

/// Arthur's English check-in, hands-free, heard by `transcriber` from 48 kHz `blocks` (the
/// turn benchmark's and the soak's).
pub(crate) fn arthur(
    blocks: mpsc::Receiver<Vec<f32>>,
    voice: Result<Voice, VoiceError>,
    transcriber: &Arc<Transcriber>,
    answer_wait_ms: u64,
    save: Save,
) -> anyhow::Result<Parts> {
    let t = transcriber.clone();
    let language = Language::Code("en".into());
    Ok(Parts {
        name: "Arthur".into(),
        language: "en".into(),
        mode: InputMode::HandsFree,
        blocks,
        rate: RATE,
        mic: None,
        voice,
        recognise: Arc::new(move |audio: &[f32]| t.transcribe(audio, &language)),
        i18n: Arc::new(hearth_i18n::I18n::load()),
        script: Script::daily(),
        lexicon: Lexicon::builtin("en")?,
        meaning: None,
        timing: EarTiming::default(),
        answer_wait_ms,
        save,
    })
}

/// Which of [`ANSWERS`] fits what the companion last said (none: nothing fits, stop).
pub(crate) fn answer_to(asked: &str) -> Option<usize> {
    ANSWERS
        .iter()
        .position(|(cues, _)| cues.iter().any(|c| asked.contains(c)))
}

/// An answer, then milliseconds from its end to the answer being taken and to the first word.
type Row = (&'static str, f64, f64);

/// The latest answer's last voiced sample, when it was handed to the conversation.
type SpeechEnd = Arc<Mutex<Option<Instant>>>;

pub fn run(a: Args) -> anyhow::Result<()> {
    let (model, transcriber) = crate::installed::transcriber(a.model.as_deref())?;
    let synth = Synth::find()?;
    let answers: Vec<Vec<f32>> = ANSWERS
        .iter()
        .map(|(_, t)| spoken(&synth, t, "en"))
        .collect::<anyhow::Result<_>>()?;
    let voice = Voice::open(VoiceSettings::default());
    println!(
        "model {} ({:?}); loudspeaker: {}",
        model.name,
        model.weights,
        match &voice {
            Ok(_) => "yes".to_string(),
            Err(e) => format!("none ({e}): captions only"),
        }
    );
    let (block_tx, blocks) = mpsc::sync_channel::<Vec<f32>>(64);
    let (event_tx, events) = mpsc::channel();
    let parts = arthur(blocks, voice, &transcriber, 12_000, Box::new(|_| Ok(0)))?;
    let conversation = Conversation::start(
        parts,
        Arc::new(move |e| {
            let _ = event_tx.send((Instant::now(), e));
        }),
    )?;
    // The "microphone": 10 ms blocks in real time, quiet unless an answer is queued.
    let queue: Arc<Mutex<Vec<f32>>> = Arc::default();
    let spoke: SpeechEnd = Arc::default();
    let feeder = {
        let (queue, spoke) = (queue.clone(), spoke.clone());
        std::thread::spawn(move || {
            let start = Instant::now();
            for n in 1u32.. {
                let block = {
                    let mut q = queue.lock().map_err(|_| ())?;
                    let take = q.len().min(BLOCK);
                    let mut b: Vec<f32> = q.drain(..take).collect();
                    if take > 0 && q.is_empty() {
                        *spoke.lock().map_err(|_| ())? = Some(Instant::now());
                    }
                    b.resize(BLOCK, 0.0);
                    b
                };
                if block_tx.send(block).is_err() {
                    return Ok::<(), ()>(());
                }
                let due = start + Duration::from_millis(10 * u64::from(n));
                std::thread::sleep(due.saturating_duration_since(Instant::now()));
            }
            Ok(())
        })
    };
    let mut rows: Vec<Row> = Vec::new();
    let mut asked = String::new();
    let mut answering: Option<&'static str> = None;
    let mut taken_at = None;
    for (at, e) in events.iter() {
        match e {
            Event::YourTurn => {
                let Some(i) = answer_to(&asked) else {
                    conversation.send(hearth_core::companion::Control::Stop);
                    continue;
                };
                // A breath before answering.
                let mut audio = vec![0.0; RATE as usize * 3 / 10];
                audio.extend(&answers[i]);
                *queue.lock().map_err(|_| anyhow::anyhow!("feeder"))? = audio;
                answering = Some(ANSWERS[i].1);
            }
            Event::Working => taken_at = Some(at),
            Event::Says { text, .. } => {
                asked = text;
                // None: the companion asked again after a silence (nothing to time).
                let Some(end) = spoke.lock().map_err(|_| anyhow::anyhow!("feeder"))?.take() else {
                    continue;
                };
                let ms = |t: Instant| t.saturating_duration_since(end).as_secs_f64() * 1000.0;
                rows.push((
                    answering.unwrap_or_default(),
                    taken_at.take().map_or(f64::NAN, ms),
                    ms(at),
                ));
            }
            Event::Heard { text } => println!("  heard: {text}"),
            Event::Ended { .. } => break,
            _ => {}
        }
    }
    drop(events);
    conversation.join();
    let _ = feeder.join();
    println!(
        "\n{:<40} {:>16} {:>14}",
        "answer", "→ answer taken", "→ first word"
    );
    for (answer, taken, word) in &rows {
        println!("{answer:<40} {taken:>13.0} ms {word:>11.0} ms");
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
    };
    let word = median(rows.iter().map(|r| r.2).collect());
    // A turn is taken early when its words were a complete answer at the first pause; open
    // questions, and answers the engine did not understand, wait for the full pause.
    let full_pause = EarTiming::default().speech.end_silence_ms as f64;
    let (early, late): (Vec<&Row>, Vec<&Row>) = rows.iter().partition(|r| r.1 < full_pause);
    println!(
        "\nmedian to the first word: {word:.0} ms over all {} turns; {:.0} ms for the {} answers \
         taken at the first pause, {:.0} ms for the {} that waited for the full {full_pause:.0} ms pause",
        rows.len(),
        median(early.iter().map(|r| r.2).collect()),
        early.len(),
        median(late.iter().map(|r| r.2).collect()),
        late.len(),
    );
    println!(
        "target ≤ {TARGET_MS:.0} ms: {}",
        if word <= TARGET_MS {
            "met"
        } else {
            "NOT met (over all turns)"
        }
    );
    Ok(())
}

/// `text` spoken by espeak-ng in `lang` as the microphone would deliver it: at [`RATE`],
/// ending with its last voiced sample (so the silence after it is the caller's to choose).
pub(crate) fn spoken(synth: &Synth, text: &str, lang: &str) -> anyhow::Result<Vec<f32>> {
    let s = synth.speak(text, lang, 140)?;
    let end = last_voiced(&s.samples);
    Ok(resample::to_rate(s.samples[..end].to_vec(), s.rate, RATE)?)
}

/// Index just past the last sample louder than a whisper (espeak pads its output).
fn last_voiced(s: &[f32]) -> usize {
    s.iter().rposition(|x| x.abs() > 0.01).map_or(0, |i| i + 1)
}

//! The turn-taking loop of one check-in, on its own "companion" thread. Time is the audio's
//! own clock (samples heard), so waits mean the same with a live microphone and in tests.

use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use hearth_i18n::I18n;

use super::voice::Voice;
use crate::dialogue::{compose, CheckIn, CheckInNote, Outcome, Prompt, Script};
use crate::listen::level::{meter, Peaks};
use crate::listen::{Ear, EarEvent, EarTiming, Microphone, Recognise};
use crate::signals::{Lexicon, MeaningReader};
use crate::speech::{resample, WHISPER_RATE};
use crate::voice::{Earcon, Playing, VoiceError};

/// Saves the finished (or interrupted) check-in's note; returns its id.
pub type Save = Box<dyn FnOnce(&CheckInNote) -> Result<i64, String> + Send>;

/// How the resident gives an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputMode {
    /// The companion hears when they start and stop; a tap ends a turn early.
    #[default]
    HandsFree,
    /// A tap starts the answer and a tap ends it.
    Tap,
}

/// What the screen (or a test) can tell the conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    /// The one big button: in tap mode starts and ends an answer; hands-free, "I've
    /// finished"; while the companion talks, "skip to my turn".
    Tap,
    /// End the check-in now, keeping what was said.
    Stop,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The companion says this (shown as a caption; `spoken` if it is also heard).
    Says {
        text: String,
        spoken: bool,
    },
    /// The companion cannot speak (no loudspeaker, no synthesiser): captions only.
    Silent(String),
    /// The resident's turn: the companion is listening (or, in tap mode, waiting for a tap).
    YourTurn,
    /// Loudest level (0..1) since the last one, while it is their turn.
    Level(f32),
    /// Speech began (and stopped the companion's voice, if it was talking).
    HearingYou,
    /// The answer is being recognised.
    Working,
    Heard {
        text: String,
    },
    /// Their turn passed in silence.
    NothingHeard,
    /// Recognition failed, or the microphone went away; the check-in ends, keeping what was said.
    Failed(String),
    /// The check-in is over. `note_id` is the saved note (none if nothing was said);
    /// `not_saved` says why a note could not be saved.
    Ended {
        outcome: Outcome,
        note_id: Option<i64>,
        not_saved: Option<String>,
    },
}

/// Everything a conversation needs; built by the app (real devices) or a test.
pub struct Parts {
    pub name: String,
    pub language: String,
    pub mode: InputMode,
    pub blocks: Receiver<Vec<f32>>,
    pub rate: u32,
    /// Closed when the conversation ends.
    pub mic: Option<Microphone>,
    /// Why not, if the companion cannot speak: then captions only.
    pub voice: Result<Voice, VoiceError>,
    pub recognise: Recognise,
    pub i18n: Arc<I18n>,
    pub script: Script,
    pub lexicon: Lexicon,
    /// The second reader of signals, when installed.
    pub meaning: Option<Arc<MeaningReader>>,
    pub timing: EarTiming,
    /// How long a turn may pass in silence before the companion asks again.
    pub answer_wait_ms: u64,
    pub save: Save,
}

/// Reading a caption takes longer than hearing it: the wait grows with the text when the
/// companion cannot speak (about a slow reader's pace).
const READING_MS_PER_CHAR: u64 = 80;

pub type OnEvent = Arc<dyn Fn(Event) + Send + Sync>;

/// A check-in in progress.
pub struct Conversation {
    controls: Sender<Control>,
    thread: Option<JoinHandle<()>>,
}

impl Conversation {
    pub fn start(parts: Parts, on: OnEvent) -> std::io::Result<Self> {
        let (tx, rx) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("companion".into())
            .spawn(move || run(parts, &rx, &on))?;
        Ok(Self {
            controls: tx,
            thread: Some(thread),
        })
    }

    pub fn send(&self, c: Control) {
        let _ = self.controls.send(c);
    }

    /// True once the conversation's thread is done (even if it failed), so a new one may
    /// take the microphone.
    pub fn is_finished(&self) -> bool {
        self.thread.as_ref().is_none_or(JoinHandle::is_finished)
    }

    /// Waits for the end (after `Ended` was sent).
    pub fn join(mut self) {
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Why a wait ended early.
enum Interrupt {
    Stop,
    /// The microphone is gone.
    Lost,
}

enum Answer {
    Said(String),
    Silence,
    Failed(String),
}

/// One wait for a block or a control.
enum Tick {
    Tap,
    Heard(Vec<EarEvent>, f32),
    Idle,
}

struct Talk<'a> {
    parts: &'a Parts,
    controls: &'a Receiver<Control>,
    on: &'a OnEvent,
    ear: Ear,
    voice: Option<&'a Voice>,
    /// The "got it" earcon, which the next words wait for.
    earcon: Option<Playing>,
    /// Tap mode: the answer's blocks, as they came.
    raw: Option<Vec<f32>>,
    /// Time to read the last caption, when it was not spoken.
    reading_ms: u64,
}

fn run(mut parts: Parts, controls: &Receiver<Control>, on: &OnEvent) {
    // What the conversation owns outright comes out of `parts`; the rest is lent to `Talk`.
    let voice = std::mem::replace(&mut parts.voice, Err(VoiceError::NoOutput));
    let mic = parts.mic.take();
    let save = std::mem::replace(&mut parts.save, Box::new(|_| Ok(0)));
    let check_in = match Ear::new(parts.rate, parts.timing) {
        Ok(ear) => {
            let mut talk = Talk {
                parts: &parts,
                controls,
                on,
                ear,
                voice: voice.as_ref().ok(),
                earcon: None,
                raw: None,
                reading_ms: 0,
            };
            match &voice {
                Ok(_) | Err(VoiceError::TurnedOff) => {}
                Err(why) => on(Event::Silent(why.to_string())),
            }
            Some(talk.converse())
        }
        Err(e) => {
            on(Event::Failed(e.to_string()));
            None
        }
    };
    if let Some(m) = mic {
        m.close();
    }
    let Some(check_in) = check_in else {
        on(Event::Ended {
            outcome: Outcome::Stopped,
            note_id: None,
            not_saved: None,
        });
        return;
    };
    // Finished or Stopped: `converse` never leaves a check-in listening.
    let outcome = check_in.outcome();
    let (note_id, not_saved) = if check_in.turns().is_empty() {
        (None, None)
    } else {
        let note = compose(&check_in, &parts.i18n, &parts.language, &parts.name);
        match save(&note) {
            Ok(id) => (Some(id), None),
            Err(why) => (None, Some(why)),
        }
    };
    on(Event::Ended {
        outcome,
        note_id,
        not_saved,
    });
}

impl<'a> Talk<'a> {
    /// Question, answer, question… until the script ends, the resident stops, or something
    /// fails. Returns the check-in, whatever state it reached.
    fn converse(&mut self) -> CheckIn<'a> {
        let parts = self.parts;
        let (mut check_in, mut reply) = CheckIn::start(&parts.script, &parts.lexicon, &parts.name);
        if let Some(model) = &parts.meaning {
            check_in.use_meaning(model);
        }
        loop {
            // A reply that ends the check-in is said in full; only "stop" cuts it short.
            let last = reply.outcome != Outcome::Listening;
            let said = self.say(&reply.say, !last);
            let answer = match said {
                Ok(_) if last => break,
                Ok(barged) => self.answer(&check_in, barged),
                Err(e) => Err(e),
            };
            reply = match answer {
                Ok(Answer::Said(text)) => {
                    (self.on)(Event::Heard { text: text.clone() });
                    check_in.answer(&text)
                }
                Ok(Answer::Silence) => {
                    (self.on)(Event::NothingHeard);
                    check_in.no_answer()
                }
                Ok(Answer::Failed(why)) => {
                    (self.on)(Event::Failed(why));
                    break;
                }
                Err(Interrupt::Stop) => break,
                Err(Interrupt::Lost) => {
                    (self.on)(Event::Failed("the microphone stopped working".into()));
                    break;
                }
            };
        }
        check_in.interrupt();
        check_in
    }

    fn render(&self, say: &[Prompt]) -> String {
        say.iter()
            .map(|p| {
                let args: Vec<(&str, &str)> = p
                    .args
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                self.parts.i18n.text(&self.parts.language, &p.id, &args)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Waits up to 20 ms for a control or a microphone block (fed to the ear).
    fn tick(&mut self) -> Result<Tick, Interrupt> {
        match self.controls.try_recv() {
            Ok(Control::Stop) => return Err(Interrupt::Stop),
            Ok(Control::Tap) => return Ok(Tick::Tap),
            Err(_) => {}
        }
        match self.parts.blocks.recv_timeout(Duration::from_millis(20)) {
            Ok(block) => {
                if let Some(raw) = self.raw.as_mut() {
                    raw.extend_from_slice(&block);
                }
                let level = meter(&block);
                Ok(Tick::Heard(self.ear.push(&block), level))
            }
            Err(RecvTimeoutError::Timeout) => Ok(Tick::Idle),
            Err(RecvTimeoutError::Disconnected) => Err(Interrupt::Lost),
        }
    }

    /// Lets a sound finish while still listening (the ear keeps up with the room).
    fn wait_for(&mut self, playing: &Playing) -> Result<(), Interrupt> {
        while !playing.is_done() {
            self.tick()?;
        }
        Ok(())
    }

    /// Says the prompts aloud and as a caption. Returns whether the resident began to speak
    /// over it (barge-in: the voice stops at once and their turn has begun).
    fn say(&mut self, say: &[Prompt], may_interrupt: bool) -> Result<bool, Interrupt> {
        let text = self.render(say);
        if text.is_empty() {
            return Ok(false);
        }
        let sound = match self.voice.map(|v| {
            v.synth
                .speak(&text, &self.parts.language, v.settings.rate_wpm)
        }) {
            Some(Ok(s)) => Some(s),
            Some(Err(e)) => {
                (self.on)(Event::Silent(e.to_string()));
                self.voice = None;
                None
            }
            None => None,
        };
        if let Some(e) = self.earcon.take() {
            self.wait_for(&e)?;
        }
        let playing = match (self.voice, &sound) {
            (Some(v), Some(s)) => Some(v.speaker.play(s, v.settings.volume)),
            _ => None,
        };
        (self.on)(Event::Says {
            text: text.clone(),
            spoken: playing.is_some(),
        });
        self.reading_ms = match playing {
            Some(_) => 0,
            None => READING_MS_PER_CHAR * text.chars().count() as u64,
        };
        let Some(playing) = playing else {
            return Ok(false);
        };
        while !playing.is_done() {
            match self.tick()? {
                Tick::Tap if may_interrupt => {
                    playing.stop();
                    return Ok(false);
                }
                Tick::Heard(events, _)
                    if may_interrupt && events.contains(&EarEvent::SpeechStarted) =>
                {
                    playing.stop();
                    (self.on)(Event::HearingYou);
                    return Ok(true);
                }
                _ => {}
            }
        }
        Ok(false)
    }

    /// The resident's turn: until they have answered, or the turn passed in silence.
    fn answer(&mut self, check_in: &CheckIn<'_>, barged: bool) -> Result<Answer, Interrupt> {
        // After a barge-in they are already speaking: no earcon, no "your turn".
        if !barged {
            if let Some(v) = self.voice {
                let e = v.earcon(Earcon::Listening);
                self.wait_for(&e)?;
            }
            (self.on)(Event::YourTurn);
        }
        // Captions only: time to read the question first.
        let wait = self.parts.answer_wait_ms + self.reading_ms;
        let since = self.ear.heard_ms();
        let tap = self.parts.mode == InputMode::Tap;
        let timing = self.ear.timing();
        let mut guess: Option<Guess> = None;
        let mut peaks = Peaks::default();
        loop {
            match self.tick()? {
                Tick::Tap if tap && self.raw.is_none() => {
                    self.raw = Some(Vec::new());
                    (self.on)(Event::HearingYou);
                }
                Tick::Tap if tap => {
                    let raw = self.raw.take().unwrap_or_default();
                    return Ok(self.hear_raw(raw));
                }
                Tick::Tap => {
                    if let Some(audio) = self.ear.end_now() {
                        return Ok(self.hear(&audio));
                    }
                }
                Tick::Heard(events, level) => {
                    peaks.add(level);
                    for ev in events.into_iter().filter(|_| !tap) {
                        match ev {
                            EarEvent::SpeechStarted => (self.on)(Event::HearingYou),
                            EarEvent::Paused(audio) => guess = Some(self.guess(audio)),
                            EarEvent::TurnEnded { audio, as_paused } => {
                                // Nothing said since the guess began: it is the answer.
                                if let Some(g) = guess.take().filter(|_| as_paused) {
                                    (self.on)(Event::Working);
                                    return Ok(match g.wait() {
                                        Ok(text) => said(text),
                                        Err(why) => Answer::Failed(why),
                                    });
                                }
                                return Ok(self.hear(&audio));
                            }
                        }
                    }
                }
                Tick::Idle => {}
            }
            if let Some(g) = guess.as_mut() {
                if self.ear.quiet_ms() < timing.pause_ms {
                    // They went on speaking: the guess is of half an answer.
                    log::debug!("guess dropped at {} ms heard", self.ear.heard_ms());
                    guess = None;
                } else if self.ear.quiet_ms() >= timing.early_end_ms {
                    match g.ready() {
                        Some(Ok(text)) if check_in.understands(&text) => {
                            log::debug!("early end at {} ms heard", self.ear.heard_ms());
                            self.ear.end_now();
                            (self.on)(Event::Working);
                            return Ok(Answer::Said(text));
                        }
                        Some(Err(why)) => return Ok(Answer::Failed(why)),
                        _ => {}
                    }
                }
            }
            if let Some(level) = peaks.due() {
                (self.on)(Event::Level(level));
            }
            let quiet = !self.ear.is_speaking() && self.raw.is_none();
            if quiet && self.ear.heard_ms().saturating_sub(since) >= wait {
                return Ok(Answer::Silence);
            }
        }
    }

    /// Starts recognising the turn so far on its own thread, while the ear keeps listening.
    fn guess(&self, audio: Vec<f32>) -> Guess {
        let (tx, rx) = mpsc::channel();
        let recognise = self.parts.recognise.clone();
        log::debug!("guess at {} ms heard", self.ear.heard_ms());
        let started = std::thread::Builder::new()
            .name("guess".into())
            .spawn(move || {
                let _ = tx.send(text_of(&recognise, &audio));
            });
        if let Err(e) = started {
            log::warn!("could not start a guess: {e}");
        }
        Guess { rx, text: None }
    }

    /// "I've got it": the earcon fills the wait while the words are recognised.
    fn got_it(&mut self) {
        (self.on)(Event::Working);
        self.earcon = self.voice.map(|v| v.earcon(Earcon::GotIt));
    }

    fn hear(&mut self, audio: &[f32]) -> Answer {
        self.got_it();
        match self.recognise(audio) {
            Ok(text) => said(text),
            Err(why) => Answer::Failed(why),
        }
    }

    fn hear_raw(&mut self, raw: Vec<f32>) -> Answer {
        match resample::to_rate(raw, self.parts.rate, WHISPER_RATE) {
            Ok(audio) => self.hear(&audio),
            Err(e) => Answer::Failed(e.to_string()),
        }
    }

    fn recognise(&self, audio: &[f32]) -> Result<String, String> {
        let t = Instant::now();
        let r = text_of(&self.parts.recognise, audio);
        log::debug!(
            "recognised {} ms of audio in {} ms at {} ms heard",
            audio.len() / 16,
            t.elapsed().as_millis(),
            self.ear.heard_ms()
        );
        r
    }
}

/// The words recognised in `audio`, or why there are none.
fn text_of(recognise: &Recognise, audio: &[f32]) -> Result<String, String> {
    recognise(audio)
        .map(|t| t.text.trim().to_string())
        .map_err(|e| e.to_string())
}

/// Recognition of a turn that may not be over, running on its own thread.
struct Guess {
    rx: Receiver<Result<String, String>>,
    text: Option<Result<String, String>>,
}

impl Guess {
    /// The text, once recognised (without waiting).
    fn ready(&mut self) -> Option<Result<String, String>> {
        if self.text.is_none() {
            match self.rx.try_recv() {
                Ok(r) => self.text = Some(r),
                Err(mpsc::TryRecvError::Empty) => return None,
                Err(mpsc::TryRecvError::Disconnected) => {
                    self.text = Some(Err("recognition stopped".into()));
                }
            }
        }
        self.text.clone()
    }

    fn wait(mut self) -> Result<String, String> {
        if let Some(t) = self.text.take() {
            return t;
        }
        self.rx
            .recv()
            .unwrap_or_else(|_| Err("recognition stopped".into()))
    }
}

/// Noise or a breath recognised as punctuation is silence, not an answer.
fn said(text: String) -> Answer {
    if text.chars().any(char::is_alphanumeric) {
        Answer::Said(text)
    } else {
        Answer::Silence
    }
}

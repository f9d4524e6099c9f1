//! One turn of listening. Blocks from a source (the microphone) go through a [`Recorder`]
//! on the "recorder" thread; pieces are resampled to 16 kHz and transcribed in order on the
//! "recogniser" thread, so recognition never runs on the caller's (the UI's) thread, and a
//! long turn is mostly transcribed by the time the person stops.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::level::{meter, Peaks};
use super::microphone::Microphone;
use super::recorder::{Limits, Recorder};
use crate::clock::now_ms;
use crate::speech::{resample, SpeechError, Transcript, WHISPER_RATE};

/// Turns 16 kHz mono audio into text (the loaded Whisper model, in the app).
pub type Recognise = Arc<dyn Fn(&[f32]) -> Result<Transcript, SpeechError> + Send + Sync>;

/// Called from the session's thread with what is happening.
pub type OnEvent = Arc<dyn Fn(ListenEvent) + Send + Sync>;

#[derive(Debug, Clone, PartialEq)]
pub enum ListenEvent {
    /// The first audio has arrived: the person can speak now (microphones take a moment).
    Started,
    /// Loudest level (0..1) since the last one.
    Level(f32),
    /// The length cap was reached: recording stopped by itself, and what was said is kept.
    Full,
    /// Recording has ended; the rest is being recognised.
    Working,
    Heard(Heard),
    /// Silence or noise: nothing to save.
    NothingHeard,
    Failed(String),
}

/// What was said in one turn.
#[derive(Debug, Clone, PartialEq)]
pub struct Heard {
    pub text: String,
    pub language: String,
    pub started_ms: i64,
    pub ended_ms: i64,
    pub audio_ms: u64,
    /// From the end of recording to the text: the wait a person feels.
    pub finish_ms: u64,
    /// Microphone blocks lost because the reader fell behind (0 when all is well).
    pub dropped_blocks: u64,
}

/// A turn in progress. Ask it to [`Session::stop`]; the outcome arrives as an event.
pub struct Session {
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Session {
    /// Starts listening to `blocks` (mono, at `rate`). `mic` is closed when the turn ends.
    pub fn start(
        blocks: Receiver<Vec<f32>>,
        rate: u32,
        mic: Option<Microphone>,
        limits: Limits,
        recognise: Recognise,
        on: OnEvent,
    ) -> std::io::Result<Self> {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let thread = std::thread::Builder::new()
            .name("recorder".into())
            .spawn(move || {
                let outcome = run(blocks, rate, mic, limits, recognise, &on, &flag);
                on(outcome);
            })?;
        Ok(Self {
            stop,
            thread: Some(thread),
        })
    }

    pub fn stop(&self) {
        self.stop.store(true, Ordering::Relaxed);
    }

    /// True once the outcome has been sent.
    pub fn is_finished(&self) -> bool {
        self.thread.as_ref().is_none_or(JoinHandle::is_finished)
    }

    /// Waits until the outcome has been sent.
    pub fn join(mut self) {
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn run(
    blocks: Receiver<Vec<f32>>,
    rate: u32,
    mic: Option<Microphone>,
    limits: Limits,
    recognise: Recognise,
    on: &OnEvent,
    stop: &AtomicBool,
) -> ListenEvent {
    let started_ms = now_ms();
    let (piece_tx, piece_rx) = mpsc::channel::<Vec<f32>>();
    let worker = std::thread::Builder::new().name("recogniser".into()).spawn(
        move || -> Result<Vec<Transcript>, String> {
            let mut out = Vec::new();
            for piece in piece_rx {
                out.push(recognise(&piece).map_err(|e| e.to_string())?);
            }
            Ok(out)
        },
    );
    let worker = match worker {
        Ok(w) => w,
        Err(e) => return ListenEvent::Failed(format!("could not start recognition: {e}")),
    };
    let to_16k = |piece: Vec<f32>| resample::to_rate(piece, rate, WHISPER_RATE);
    let mut problem = None;
    let mut send = |piece: Vec<f32>| match to_16k(piece) {
        Ok(p) => {
            let _ = piece_tx.send(p);
        }
        Err(e) => problem = Some(e.to_string()),
    };

    let mut rec = Recorder::new(rate, limits);
    let mut peaks = Peaks::default();
    while !stop.load(Ordering::Relaxed) && !rec.is_full() {
        match blocks.recv_timeout(Duration::from_millis(20)) {
            Ok(block) => {
                if rec.recorded_ms() == 0 && !block.is_empty() {
                    on(ListenEvent::Started);
                }
                peaks.add(meter(&block));
                if let Some(piece) = rec.push(&block) {
                    send(piece);
                }
                if let Some(level) = peaks.due() {
                    on(ListenEvent::Level(level));
                }
            }
            Err(RecvTimeoutError::Timeout) => {}
            // The source ended (a microphone unplugged, or a test's file ran out).
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    let stopped = Instant::now();
    let ended_ms = now_ms();
    if rec.is_full() {
        on(ListenEvent::Full);
    }
    on(ListenEvent::Working);
    // End the stream first, then take what it had already captured.
    let dropped_blocks = mic.map_or(0, |m| {
        let d = m.dropped_blocks();
        m.close();
        d
    });
    while let Ok(block) = blocks.try_recv() {
        if let Some(piece) = rec.push(&block) {
            send(piece);
        }
    }
    let audio_ms = rec.recorded_ms();
    log::debug!(
        "turn: {audio_ms} ms kept over {} ms, {dropped_blocks} blocks dropped",
        ended_ms - started_ms
    );
    let rest = rec.finish();
    if !rest.is_empty() {
        send(rest);
    }
    drop(piece_tx);
    let transcripts = match worker.join() {
        Ok(Ok(t)) => t,
        Ok(Err(e)) => return ListenEvent::Failed(e),
        Err(_) => return ListenEvent::Failed("recognition crashed".into()),
    };
    if let Some(p) = problem {
        return ListenEvent::Failed(p);
    }
    let text = transcripts
        .iter()
        .map(|t| t.text.trim())
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if !text.chars().any(char::is_alphanumeric) {
        return ListenEvent::NothingHeard;
    }
    let language = transcripts
        .iter()
        .map(|t| t.language.clone())
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    ListenEvent::Heard(Heard {
        text,
        language,
        started_ms,
        ended_ms,
        audio_ms,
        finish_ms: stopped.elapsed().as_millis() as u64,
        dropped_blocks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    /// A stand-in recogniser for the plumbing; the real model is tested in tests/listen.rs.
    fn fake(text: &'static str) -> Recognise {
        Arc::new(move |audio: &[f32]| {
            Ok(Transcript {
                text: if audio.iter().any(|s| s.abs() > 0.1) {
                    format!("{text} {}", audio.len() / 16)
                } else {
                    String::new()
                },
                language: "en".into(),
                segments: Vec::new(),
                audio_ms: audio.len() as u64 / 16,
                elapsed_ms: 0,
            })
        })
    }

    fn collect() -> (OnEvent, Arc<Mutex<Vec<ListenEvent>>>) {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let s = seen.clone();
        (Arc::new(move |e| s.lock().unwrap().push(e)), seen)
    }

    fn feed(rate: u32, amp: f32, ms: u64) -> Receiver<Vec<f32>> {
        let (tx, rx) = mpsc::sync_channel(10_000);
        let n = (u64::from(rate) * ms / 1000) as usize;
        // A 440 Hz tone: survives resampling to 16 kHz (a Nyquist square wave would not).
        let samples: Vec<f32> = (0..n)
            .map(|i| amp * (i as f32 * 440.0 * std::f32::consts::TAU / rate as f32).sin())
            .collect();
        for block in samples.chunks(480) {
            tx.send(block.to_vec()).unwrap();
        }
        rx
    }

    #[test]
    fn a_long_turn_is_heard_in_pieces_and_in_order() {
        let (on, seen) = collect();
        let limits = Limits {
            max_ms: 60_000,
            piece_ms: 4_000,
            search_ms: 1_000,
            quiet_ms: 100,
        };
        let s = Session::start(
            feed(48_000, 0.5, 10_000),
            48_000,
            None,
            limits,
            fake("piece"),
            on,
        )
        .unwrap();
        s.join();
        let seen = seen.lock().unwrap();
        let Some(ListenEvent::Heard(h)) = seen.last() else {
            panic!("{seen:?}")
        };
        assert_eq!(h.audio_ms, 10_000);
        // Three pieces (4 s, 4 s, 2 s at 16 kHz), joined in order.
        assert_eq!(h.text.matches("piece").count(), 3, "{}", h.text);
        assert_eq!(seen.first(), Some(&ListenEvent::Started));
        assert!(seen.contains(&ListenEvent::Working));
    }

    #[test]
    fn silence_is_nothing_heard_and_the_cap_is_said() {
        let (on, seen) = collect();
        let limits = Limits {
            max_ms: 1_000,
            ..Limits::default()
        };
        let s = Session::start(
            feed(16_000, 0.0, 3_000),
            16_000,
            None,
            limits,
            fake("x"),
            on,
        )
        .unwrap();
        s.join();
        let seen = seen.lock().unwrap();
        assert!(seen.contains(&ListenEvent::Full), "{seen:?}");
        assert_eq!(seen.last(), Some(&ListenEvent::NothingHeard));
    }

    #[test]
    fn a_recogniser_error_is_reported() {
        let (on, seen) = collect();
        let broken: Recognise =
            Arc::new(|_: &[f32]| Err(SpeechError::Recognition("model fell over".into())));
        let s = Session::start(
            feed(16_000, 0.5, 500),
            16_000,
            None,
            Limits::default(),
            broken,
            on,
        )
        .unwrap();
        s.join();
        let last = seen.lock().unwrap().last().cloned();
        assert!(matches!(last, Some(ListenEvent::Failed(m)) if m.contains("fell over")));
    }
}

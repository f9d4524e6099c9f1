//! Hands-free turns in a live stream: the microphone's blocks go in; out come "someone
//! started speaking" (for barge-in), "they paused" (a chance to answer sooner when the
//! answer is already clear) and "their turn ended", each with the 16 kHz audio of the turn.

use super::speech_end::{Change, SpeechEnd, Timing};
use super::to_16k::To16k;
use crate::speech::resample::ResampleError;

const PER_MS: usize = 16; // samples per millisecond at 16 kHz
/// Audio kept from before the detector was sure speech began (the first syllable).
const PREROLL_MS: usize = 250;
/// Audio kept after the last voiced frame (the end of the last word).
const TAIL_MS: usize = 200;
/// Enough recent audio to reach back past the detector's decision time and the preroll.
const RECENT_MS: usize = 2_000;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EarTiming {
    pub speech: Timing,
    /// Quiet after which the turn so far is worth recognising: a guess, made while the
    /// resident may still go on, so that the text is ready if they do not. Recognising a
    /// short answer takes ~450 ms here, so the guess starts early (150 ms; at 250 ms the
    /// first word came ~100 ms later, measured).
    pub pause_ms: u64,
    /// Quiet after which a complete answer (a yes, a choice, a reading on the topic) ends
    /// the turn, instead of waiting for the full end-of-speech silence. 350 ms meets the
    /// 0.8 s turn-latency target (400 ms did not: `hearth bench-turn`); a resident who
    /// pauses after "yes" and goes on is heard by barge-in, as the next answer.
    pub early_end_ms: u64,
    /// A turn is cut here (an answer, not a speech; memory stays bounded).
    pub max_turn_ms: u64,
}

impl Default for EarTiming {
    fn default() -> Self {
        Self {
            speech: Timing::default(),
            pause_ms: 150,
            early_end_ms: 350,
            max_turn_ms: 60_000,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum EarEvent {
    SpeechStarted,
    /// Quiet for `pause_ms`: the turn so far.
    Paused(Vec<f32>),
    /// The turn is over. `as_paused`: nothing was said since the last `Paused`, so its
    /// transcript (if the caller made one) is still the whole answer.
    TurnEnded {
        audio: Vec<f32>,
        as_paused: bool,
    },
}

pub struct Ear {
    to_16k: To16k,
    vad: SpeechEnd,
    timing: EarTiming,
    /// The last RECENT_MS of audio; `recent_at` is the stream index of its first sample.
    recent: Vec<f32>,
    recent_at: usize,
    turn: Option<Vec<f32>>,
    /// Stream index of the turn's first sample.
    turn_at: usize,
    paused: bool,
}

impl Ear {
    pub fn new(rate: u32, timing: EarTiming) -> Result<Self, ResampleError> {
        Ok(Self {
            to_16k: To16k::new(rate)?,
            vad: SpeechEnd::new(timing.speech),
            timing,
            recent: Vec::new(),
            recent_at: 0,
            turn: None,
            turn_at: 0,
            paused: false,
        })
    }

    /// Milliseconds of audio heard so far (the ear's clock: audio time, not wall time).
    pub fn heard_ms(&self) -> u64 {
        ((self.recent_at + self.recent.len()) / PER_MS) as u64
    }

    pub fn is_speaking(&self) -> bool {
        self.turn.is_some()
    }

    /// During a turn: how long it has been quiet since the last voiced frame.
    pub fn quiet_ms(&self) -> u64 {
        self.vad.quiet_ms()
    }

    pub fn timing(&self) -> EarTiming {
        self.timing
    }

    /// Adds a microphone block; returns what happened, in order.
    pub fn push(&mut self, block: &[f32]) -> Vec<EarEvent> {
        let samples = self.to_16k.push(block);
        let changes = self.vad.push(&samples);
        self.recent.extend_from_slice(&samples);
        if let Some(t) = self.turn.as_mut() {
            t.extend_from_slice(&samples);
        }
        let mut events = Vec::new();
        for c in changes {
            match c {
                Change::Started { at_ms } => {
                    let from = (at_ms as usize * PER_MS)
                        .saturating_sub(PREROLL_MS * PER_MS)
                        .max(self.recent_at);
                    self.turn = Some(self.recent[from - self.recent_at..].to_vec());
                    self.turn_at = from;
                    self.paused = false;
                    events.push(EarEvent::SpeechStarted);
                }
                Change::Ended { at_ms } => {
                    let end = at_ms as usize * PER_MS + TAIL_MS * PER_MS;
                    if let Some(mut audio) = self.turn.take() {
                        audio.truncate(end.saturating_sub(self.turn_at));
                        events.push(EarEvent::TurnEnded {
                            audio,
                            as_paused: self.paused,
                        });
                    }
                }
            }
        }
        if let Some(t) = &self.turn {
            let quiet = self.vad.quiet_ms();
            if quiet >= self.timing.pause_ms && !self.paused {
                self.paused = true;
                events.push(EarEvent::Paused(t.clone()));
            } else if quiet < self.timing.pause_ms {
                self.paused = false;
            }
            if t.len() as u64 >= self.timing.max_turn_ms * PER_MS as u64 {
                events.extend(self.end_now().map(|audio| EarEvent::TurnEnded {
                    audio,
                    as_paused: false,
                }));
            }
        }
        let keep = RECENT_MS * PER_MS;
        if self.recent.len() > 2 * keep {
            let cut = self.recent.len() - keep;
            self.recent.drain(..cut);
            self.recent_at += cut;
        }
        events
    }

    /// Ends the turn in progress now (its answer is complete, or the resident pressed
    /// "I've finished"), returning its audio.
    pub fn end_now(&mut self) -> Option<Vec<f32>> {
        self.vad.end_turn();
        self.paused = false;
        self.turn.take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Noise-like "speech" earshot accepts is hard to make by hand; the real-voice cases
    /// are in tests/speech_end.rs. Here: quiet stays quiet, and time is audio time.
    #[test]
    fn quiet_is_no_turn_and_the_clock_counts_audio() {
        let mut ear = Ear::new(48_000, EarTiming::default()).unwrap();
        for _ in 0..100 {
            assert!(ear.push(&[0.0; 480]).is_empty());
        }
        assert!(!ear.is_speaking());
        // 1 s in, less what is still inside the resampler.
        assert!(
            (950..=1_000).contains(&ear.heard_ms()),
            "{}",
            ear.heard_ms()
        );
        assert_eq!(ear.end_now(), None);
    }
}

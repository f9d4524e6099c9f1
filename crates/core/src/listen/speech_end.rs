//! Where a turn of speech starts and ends, for hands-free listening: earshot's voice
//! activity score on 16 ms frames, smoothed into decisions a person would agree with — a
//! cough is not a sentence, and a pause to think is not the end of one.

use earshot::Detector;

use crate::speech::voice_gate::{power_db, FRAME, FRAME_MS, VOICE_SCORE};

/// earshot is deaf to soft voices (JFK's recording at −40 dBFS peak: 4 of its 7.4 s of voice
/// found; at −50, 0.1 s), and a resident far from the tablet speaks that softly. Each frame
/// is raised before scoring so that the loudest of the last [`LEVEL_FRAMES`] peaks here…
const TARGET_PEAK_DB: f32 = -20.0;
/// …by at most this much (a voice at −60 dBFS peak reaches the target)…
const MAX_GAIN_DB: f32 = 40.0;
/// …and a frame counts as voice only if it also stands this far above the room's quiet
/// (the quietest tenth of those frames): raised, a steady fan or hiss sounds like voice to
/// earshot, but it never rises above itself; syllables do.
const ABOVE_QUIET_DB: f32 = 8.0;
/// earshot's score lingers a few frames after a sound stops, which carries a short word
/// ("Stop,") over its comma into the next: a frame this soon after one above the room's
/// quiet still counts as above it.
const ABOVE_QUIET_HOLD: u32 = 8;
/// 5 s of frame levels: long enough that the gaps between words set the room's quiet even
/// in continuous speech.
const LEVEL_FRAMES: usize = 312;

/// How sure and how long before a decision.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Timing {
    /// A frame scoring at least this is voice.
    pub threshold: f32,
    /// Speech must last this long to count as a turn (not a cough or a clink).
    pub min_speech_ms: u64,
    /// This much quiet after speech ends the turn. Older people pause to find words, and a
    /// practised speaker (JFK, measured) pauses about 1 s between phrases: 1.2 s keeps such
    /// a sentence whole. It is also most of the wait before the companion answers; tuning it
    /// against the 0.8 s turn-latency target is the next step (issue 5).
    pub end_silence_ms: u64,
}

impl Default for Timing {
    fn default() -> Self {
        Self {
            threshold: VOICE_SCORE,
            min_speech_ms: 200,
            end_silence_ms: 1_200,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Speech began this many milliseconds into the stream.
    Started { at_ms: u64 },
    /// Speech ended (the last voiced frame) this many milliseconds into the stream.
    Ended { at_ms: u64 },
}

/// Feeds on 16 kHz mono audio in any block sizes; reports when speech starts and ends.
pub struct SpeechEnd {
    detector: Box<Detector>,
    /// Recent frame levels (peak and mean power, dB), oldest first.
    levels: std::collections::VecDeque<(f32, f32)>,
    /// Frames left in which the last loud frame still counts ([`ABOVE_QUIET_HOLD`]).
    hold: u32,
    /// Room for sorting the recent levels, kept so a frame allocates nothing.
    sorting: Vec<f32>,
    timing: Timing,
    pending: Vec<f32>,
    frames: u64,
    voiced_run: u64,
    first_voiced: u64,
    last_voiced: u64,
    speaking: bool,
}

impl SpeechEnd {
    pub fn new(timing: Timing) -> Self {
        Self {
            detector: Detector::default_boxed(),
            levels: std::collections::VecDeque::with_capacity(LEVEL_FRAMES + 1),
            hold: 0,
            sorting: Vec::with_capacity(LEVEL_FRAMES + 1),
            timing,
            pending: Vec::with_capacity(FRAME),
            frames: 0,
            voiced_run: 0,
            first_voiced: 0,
            last_voiced: 0,
            speaking: false,
        }
    }

    /// Adds 16 kHz samples; returns what changed, in order.
    pub fn push(&mut self, samples: &[f32]) -> Vec<Change> {
        let mut changes = Vec::new();
        for &s in samples {
            self.pending.push(s.clamp(-1.0, 1.0));
            if self.pending.len() == FRAME {
                let voiced = self.voiced();
                self.pending.clear();
                if let Some(c) = self.frame(voiced) {
                    changes.push(c);
                }
            }
        }
        changes
    }

    /// Is the pending frame voice? Raised towards [`TARGET_PEAK_DB`] by the loudness of the
    /// last few seconds, scored by earshot, and above the room's quiet.
    fn voiced(&mut self) -> bool {
        let peak = self.pending.iter().fold(0f32, |m, x| m.max(x.abs()));
        let power = power_db(&self.pending);
        self.levels
            .push_back((20.0 * (peak + 1e-12).log10(), power));
        if self.levels.len() > LEVEL_FRAMES {
            self.levels.pop_front();
        }
        let loudest = self.levels.iter().map(|l| l.0).fold(f32::MIN, f32::max);
        let gain_db = (TARGET_PEAK_DB - loudest).clamp(0.0, MAX_GAIN_DB);
        self.sorting.clear();
        self.sorting.extend(self.levels.iter().map(|l| l.1));
        let k = self.sorting.len() / 10;
        let (_, room, _) = self.sorting.select_nth_unstable_by(k, f32::total_cmp);
        if power - *room >= ABOVE_QUIET_DB {
            self.hold = ABOVE_QUIET_HOLD;
        } else {
            self.hold = self.hold.saturating_sub(1);
        }
        let above_quiet = self.hold > 0;
        if gain_db > 0.0 {
            let gain = 10f32.powf(gain_db / 20.0);
            self.pending
                .iter_mut()
                .for_each(|x| *x = (*x * gain).clamp(-1.0, 1.0));
        }
        // Every frame is scored, so earshot's memory of the stream stays whole.
        let score = self.detector.predict_f32(&self.pending);
        above_quiet && score >= self.timing.threshold
    }

    fn frame(&mut self, voiced: bool) -> Option<Change> {
        let n = self.frames;
        self.frames += 1;
        if voiced {
            if self.voiced_run == 0 {
                self.first_voiced = n;
            }
            self.voiced_run += 1;
            self.last_voiced = n;
            if !self.speaking && self.voiced_run * FRAME_MS >= self.timing.min_speech_ms {
                self.speaking = true;
                return Some(Change::Started {
                    at_ms: self.first_voiced * FRAME_MS,
                });
            }
            return None;
        }
        self.voiced_run = 0;
        let quiet_ms = (n - self.last_voiced) * FRAME_MS;
        if self.speaking && quiet_ms >= self.timing.end_silence_ms {
            self.speaking = false;
            return Some(Change::Ended {
                at_ms: (self.last_voiced + 1) * FRAME_MS,
            });
        }
        None
    }

    /// True between a start and its end.
    pub fn is_speaking(&self) -> bool {
        self.speaking
    }

    /// While speaking: how long it has been quiet since the last voiced frame.
    pub fn quiet_ms(&self) -> u64 {
        if self.speaking {
            (self.frames.saturating_sub(self.last_voiced + 1)) * FRAME_MS
        } else {
            0
        }
    }

    /// Ends the current turn now (the caller knows the answer is complete).
    pub fn end_turn(&mut self) {
        self.speaking = false;
        self.voiced_run = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn silence_is_never_speech_and_a_click_is_not_a_turn() {
        let mut vad = SpeechEnd::new(Timing::default());
        assert!(vad.push(&vec![0.0; 16_000 * 2]).is_empty());
        let mut click = vec![0.0; 1_600];
        click[800] = 0.9;
        assert!(vad.push(&click).is_empty());
        assert!(!vad.is_speaking());
    }
}

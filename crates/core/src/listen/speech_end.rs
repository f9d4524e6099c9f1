//! Where a turn of speech starts and ends, for hands-free listening: earshot's voice
//! activity score on 16 ms frames, smoothed into decisions a person would agree with — a
//! cough is not a sentence, and a pause to think is not the end of one.

use earshot::Detector;

/// Frame size earshot scores: 16 ms at 16 kHz.
const FRAME: usize = 256;
const FRAME_MS: u64 = 16;

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
            threshold: 0.5,
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
                let score = self.detector.predict_f32(&self.pending);
                self.pending.clear();
                if let Some(c) = self.frame(score >= self.timing.threshold) {
                    changes.push(c);
                }
            }
        }
        changes
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

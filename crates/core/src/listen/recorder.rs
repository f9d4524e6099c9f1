//! What happens to audio while a resident talks: it is kept up to a cap (so a forgotten
//! recording cannot fill the memory), and long speech is cut into pieces at its quietest
//! moment, so each piece can be transcribed while the person is still speaking and nothing
//! is lost to Whisper's 30-second window.

use crate::speech::pauses::Cutting;

/// Lengths that shape a recording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The whole recording stops here (then it is transcribed as usual).
    pub max_ms: u64,
    /// A piece is cut once this much is waiting (under Whisper's 30 s window).
    pub piece_ms: u64,
    /// How far back from that point to look for a pause to cut at.
    pub search_ms: u64,
    /// The length of the quiet stretch looked for.
    pub quiet_ms: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_ms: 120_000,
            piece_ms: 25_000,
            search_ms: 6_000,
            quiet_ms: 300,
        }
    }
}

/// Collects one turn of speech at the device's rate.
pub struct Recorder {
    rate: u32,
    limits: Limits,
    /// Where pieces are cut, from `limits` at this rate.
    cutting: Cutting,
    pending: Vec<f32>,
    kept: usize,
}

impl Recorder {
    pub fn new(rate: u32, limits: Limits) -> Self {
        Self {
            rate,
            limits,
            cutting: Cutting::from_ms(rate, limits.piece_ms, limits.search_ms, limits.quiet_ms),
            pending: Vec::new(),
            kept: 0,
        }
    }

    fn samples(&self, ms: u64) -> usize {
        (ms * u64::from(self.rate) / 1000) as usize
    }

    /// Adds a block. Returns a piece ready to transcribe when enough has built up. Audio
    /// past the cap is not kept; [`Recorder::is_full`] says when that point is reached.
    pub fn push(&mut self, block: &[f32]) -> Option<Vec<f32>> {
        let room = self.samples(self.limits.max_ms).saturating_sub(self.kept);
        let take = block.len().min(room);
        self.pending.extend_from_slice(&block[..take]);
        self.kept += take;
        if self.pending.len() < self.cutting.max {
            return None;
        }
        let cut = self.cutting.first_cut(&self.pending);
        Some(self.pending.drain(..cut).collect())
    }

    /// True once the cap is reached: the recording should stop.
    pub fn is_full(&self) -> bool {
        self.kept >= self.samples(self.limits.max_ms)
    }

    /// Length kept so far.
    pub fn recorded_ms(&self) -> u64 {
        self.kept as u64 * 1000 / u64::from(self.rate.max(1))
    }

    /// The rest, not yet handed out as a piece.
    pub fn finish(self) -> Vec<f32> {
        self.pending
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RATE: u32 = 1_000; // one sample a millisecond keeps the arithmetic readable

    fn limits() -> Limits {
        Limits {
            max_ms: 10_000,
            piece_ms: 4_000,
            search_ms: 1_000,
            quiet_ms: 100,
        }
    }

    fn loud(ms: usize) -> Vec<f32> {
        (0..ms)
            .map(|i| if i % 2 == 0 { 0.5 } else { -0.5 })
            .collect()
    }

    #[test]
    fn short_speech_stays_whole() {
        let mut r = Recorder::new(RATE, limits());
        assert!(r.push(&loud(3_000)).is_none());
        assert_eq!(r.recorded_ms(), 3_000);
        assert_eq!(r.finish().len(), 3_000);
    }

    #[test]
    fn long_speech_is_cut_in_a_pause_and_nothing_is_lost() {
        let mut r = Recorder::new(RATE, limits());
        let mut speech = loud(3_400);
        speech.extend(vec![0.0; 200]); // a pause at 3.4–3.6 s
        speech.extend(loud(2_000));
        let mut pieces = Vec::new();
        for block in speech.chunks(250) {
            pieces.extend(r.push(block));
        }
        assert_eq!(pieces.len(), 1);
        let cut = pieces[0].len();
        assert!(
            (3_400..=3_600).contains(&cut),
            "cut at {cut} ms, not in the pause"
        );
        let total: usize = pieces.iter().map(Vec::len).sum::<usize>() + r.finish().len();
        assert_eq!(total, speech.len());
    }

    #[test]
    fn the_cap_stops_keeping_audio() {
        let mut r = Recorder::new(RATE, limits());
        let mut kept = 0;
        for block in loud(12_000).chunks(500) {
            kept += r.push(block).map_or(0, |p| p.len());
        }
        assert!(r.is_full());
        kept += r.finish().len();
        assert_eq!(kept, 10_000);
    }
}

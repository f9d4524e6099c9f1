//! Where to cut speech that is too long for one piece: at the quietest moment shortly before
//! the piece would grow too long, so no word is cut in two. Shared by the live recorder (which
//! hands pieces to the recogniser while the person is still talking) and the recogniser itself
//! (which cuts a long file into pieces that each fit a small encoder window).

use std::ops::Range;

/// How pieces are cut, in samples.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cutting {
    /// No piece is longer than this.
    pub max: usize,
    /// How far back from `max` to look for a pause.
    pub search: usize,
    /// The length of the quiet stretch looked for.
    pub quiet: usize,
}

impl Cutting {
    /// The same shape given in milliseconds at `rate` samples a second.
    pub fn from_ms(rate: u32, max_ms: u64, search_ms: u64, quiet_ms: u64) -> Self {
        let at = |ms: u64| (ms * u64::from(rate) / 1000) as usize;
        Self {
            max: at(max_ms).max(1),
            search: at(search_ms),
            quiet: at(quiet_ms).max(1),
        }
    }

    /// The middle of the quietest stretch in the search range before `max` (or before the end
    /// of `samples`, if shorter): where the first piece of `samples` should end. Never 0, so
    /// cutting always moves on.
    pub fn first_cut(&self, samples: &[f32]) -> usize {
        let end = self.max.min(samples.len());
        let start = end.saturating_sub(self.search);
        let win = self.quiet.min(end - start).max(1);
        let step = (win / 4).max(1);
        let energy = |at: usize| -> f32 { samples[at..at + win].iter().map(|s| s * s).sum() };
        let mut best = (f32::INFINITY, end);
        let mut at = start;
        while at + win <= end {
            let e = energy(at);
            // `<=` prefers the latest quiet stretch: pieces as long as they can be.
            if e <= best.0 {
                best = (e, at + win / 2);
            }
            at += step;
        }
        best.1.max(1)
    }

    /// Cuts `samples` into pieces of at most `max`, each ending at a pause. Together they
    /// cover every sample, in order.
    pub fn pieces(&self, samples: &[f32]) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut from = 0;
        while samples.len() - from > self.max {
            let cut = from + self.first_cut(&samples[from..]);
            out.push(from..cut);
            from = cut;
        }
        if from < samples.len() {
            out.push(from..samples.len());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loud(n: usize) -> Vec<f32> {
        (0..n)
            .map(|i| if i % 2 == 0 { 0.5 } else { -0.5 })
            .collect()
    }

    const CUT: Cutting = Cutting {
        max: 4_000,
        search: 1_000,
        quiet: 100,
    };

    #[test]
    fn a_short_clip_is_one_piece() {
        assert_eq!(CUT.pieces(&loud(3_999)), vec![0..3_999]);
        assert!(CUT.pieces(&[]).is_empty());
    }

    #[test]
    fn long_speech_is_cut_in_its_pauses_and_every_sample_kept() {
        let mut speech = Vec::new();
        for _ in 0..5 {
            speech.extend(loud(3_300));
            speech.extend(vec![0.0; 200]); // a pause every 3.5 (thousand samples)
        }
        let pieces = CUT.pieces(&speech);
        assert!(pieces.len() >= 5, "{pieces:?}");
        for p in &pieces[..pieces.len() - 1] {
            assert!(p.len() <= CUT.max);
            // Each cut falls inside a pause.
            assert_eq!(speech[p.end], 0.0, "cut at {} is not in a pause", p.end);
        }
        assert_eq!(pieces.first().unwrap().start, 0);
        assert_eq!(pieces.last().unwrap().end, speech.len());
        assert!(pieces.windows(2).all(|w| w[0].end == w[1].start));
    }

    #[test]
    fn speech_without_a_pause_is_still_cut_and_kept() {
        let speech = loud(10_000);
        let pieces = CUT.pieces(&speech);
        assert!(pieces.iter().all(|p| p.len() <= CUT.max && !p.is_empty()));
        assert_eq!(pieces.iter().map(|p| p.len()).sum::<usize>(), 10_000);
    }
}

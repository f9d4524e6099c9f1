//! The live level meter: loudness of the last block as 0..1, on a decibel scale because
//! that is how loudness is heard (a linear meter barely moves for quiet voices).

use std::time::{Duration, Instant};

/// How often the level meter moves: enough to see one's voice, cheap to send and draw.
const EVERY: Duration = Duration::from_millis(100);

/// The loudest level heard since the meter last moved, handed out every 100 ms.
pub struct Peaks {
    peak: f32,
    last: Instant,
}

impl Default for Peaks {
    fn default() -> Self {
        Self {
            peak: 0.0,
            last: Instant::now(),
        }
    }
}

impl Peaks {
    pub fn add(&mut self, level: f32) {
        self.peak = self.peak.max(level);
    }

    /// The loudest level since the last one, if it is time for the meter to move.
    pub fn due(&mut self) -> Option<f32> {
        if self.last.elapsed() < EVERY {
            return None;
        }
        self.last = Instant::now();
        Some(std::mem::take(&mut self.peak))
    }
}

/// Quieter than this shows as an empty meter.
const FLOOR_DB: f32 = -60.0;

/// 0.0 (silence, or below -60 dBFS) to 1.0 (full scale) for a block of samples.
pub fn meter(block: &[f32]) -> f32 {
    if block.is_empty() {
        return 0.0;
    }
    let mean_square = block.iter().map(|s| s * s).sum::<f32>() / block.len() as f32;
    let db = 10.0 * mean_square.max(1e-12).log10();
    ((db - FLOOR_DB) / -FLOOR_DB).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn silence_is_empty_and_full_scale_is_full() {
        assert_eq!(meter(&[]), 0.0);
        assert_eq!(meter(&[0.0; 480]), 0.0);
        assert!((meter(&[1.0; 480]) - 1.0).abs() < 1e-6);
    }

    #[test]
    fn a_quiet_voice_still_moves_the_meter() {
        // -30 dBFS, a soft voice at arm's length: half the meter, not a flicker.
        let amp = 10f32.powf(-30.0 / 20.0);
        let m = meter(&[amp; 480]);
        assert!((m - 0.5).abs() < 0.01, "{m}");
        assert!(meter(&[amp * 2.0; 480]) > m);
    }
}

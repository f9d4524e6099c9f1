//! Resampling a live stream to 16 kHz as it arrives (the voice detector and Whisper both
//! want 16 kHz; microphones give 44.1 or 48 kHz). The whole-clip version is
//! `speech::resample`; this one keeps its state between blocks, so there are no seams.

use rubato::audioadapter_buffers::direct::SequentialSliceOfVecs;
use rubato::{Fft, FixedSync, Resampler};

use crate::speech::resample::ResampleError;
use crate::speech::WHISPER_RATE;

/// Input frames per step: ~21 ms at 48 kHz, small enough for a prompt barge-in.
const CHUNK: usize = 1024;

pub struct To16k {
    resampler: Option<Fft<f32>>,
    pending: Vec<f32>,
}

impl To16k {
    pub fn new(from: u32) -> Result<Self, ResampleError> {
        let resampler = if from == WHISPER_RATE {
            None
        } else {
            let r = Fft::<f32>::new(
                from as usize,
                WHISPER_RATE as usize,
                CHUNK,
                1,
                FixedSync::Input,
            )
            .map_err(|e| ResampleError {
                from,
                why: e.to_string(),
            })?;
            Some(r)
        };
        Ok(Self {
            resampler,
            pending: Vec::new(),
        })
    }

    /// Adds a block at the source rate; returns the 16 kHz samples now ready.
    pub fn push(&mut self, block: &[f32]) -> Vec<f32> {
        let Some(r) = self.resampler.as_mut() else {
            return block.to_vec();
        };
        self.pending.extend_from_slice(block);
        let mut out = Vec::new();
        loop {
            let need = r.input_frames_next();
            if self.pending.len() < need {
                break;
            }
            let chunk = vec![self.pending.drain(..need).collect::<Vec<f32>>()];
            // Cannot fail: the adapter holds exactly the frames the resampler asked for.
            if let Ok(a) = SequentialSliceOfVecs::new(&chunk, 1, need) {
                if let Ok(o) = r.process(&a, None) {
                    out.extend(o.take_data());
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stream_in_odd_blocks_comes_out_at_16k_with_its_pitch() {
        let rate = 44_100;
        let tone: Vec<f32> = (0..rate * 2)
            .map(|i| (i as f32 / rate as f32 * 440.0 * std::f32::consts::TAU).sin() * 0.5)
            .collect();
        let mut r = To16k::new(rate).unwrap();
        let out: Vec<f32> = tone.chunks(441).flat_map(|b| r.push(b)).collect();
        // All but the last partial chunk (and the resampler's delay) is out.
        assert!((31_000..=32_000).contains(&out.len()), "{}", out.len());
        let steady = &out[4_000..30_000];
        let crossings = steady
            .windows(2)
            .filter(|w| w[0] <= 0.0 && w[1] > 0.0)
            .count();
        let hz = crossings as f32 / (steady.len() as f32 / 16_000.0);
        assert!((hz - 440.0).abs() < 3.0, "{hz} Hz");
        // No seams: no sample jumps more than a 440 Hz sine at 16 kHz can.
        let max_step = steady
            .windows(2)
            .map(|w| (w[1] - w[0]).abs())
            .fold(0.0, f32::max);
        assert!(max_step < 0.1, "{max_step}");
    }
}

//! Sample-rate conversion to Whisper's 16 kHz (rubato's synchronous FFT resampler: exact
//! for fixed ratios such as 44.1 or 48 kHz → 16 kHz, and much faster than sinc).

use rubato::audioadapter_buffers::direct::SequentialSliceOfVecs;
use rubato::{Fft, FixedSync, Resampler};

#[derive(Debug, thiserror::Error)]
#[error("cannot resample from {from} Hz: {why}")]
pub struct ResampleError {
    pub from: u32,
    pub why: String,
}

/// Resamples a whole mono clip.
pub fn to_rate(samples: Vec<f32>, from: u32, to: u32) -> Result<Vec<f32>, ResampleError> {
    if from == to || samples.is_empty() {
        return Ok(samples);
    }
    let err = |why: String| ResampleError { from, why };
    let mut r = Fft::<f32>::new(from as usize, to as usize, 1024, 1, FixedSync::Input)
        .map_err(|e| err(e.to_string()))?;
    let len = samples.len();
    let input = [samples];
    let adapter = SequentialSliceOfVecs::new(&input, 1, len).map_err(|e| err(e.to_string()))?;
    let out = r
        .process_all(&adapter, len, None)
        .map_err(|e| err(e.to_string()))?;
    Ok(out.take_data())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sine(rate: u32, hz: f32, secs: f32) -> Vec<f32> {
        (0..(rate as f32 * secs) as usize)
            .map(|i| (i as f32 / rate as f32 * hz * std::f32::consts::TAU).sin() * 0.5)
            .collect()
    }

    /// Frequency estimated from zero crossings.
    fn freq(s: &[f32], rate: u32) -> f32 {
        let crossings = s.windows(2).filter(|w| w[0] <= 0.0 && w[1] > 0.0).count();
        crossings as f32 / (s.len() as f32 / rate as f32)
    }

    #[test]
    fn keeps_duration_and_pitch() {
        for from in [8_000, 22_050, 44_100, 48_000] {
            let out = to_rate(sine(from, 440.0, 2.0), from, 16_000).unwrap();
            assert!(
                (out.len() as i64 - 32_000).abs() <= 2,
                "{from}: {} samples",
                out.len()
            );
            let f = freq(&out, 16_000);
            assert!((f - 440.0).abs() < 3.0, "{from}: {f} Hz");
        }
    }

    #[test]
    fn same_rate_is_untouched() {
        let s = sine(16_000, 100.0, 0.1);
        assert_eq!(to_rate(s.clone(), 16_000, 16_000).unwrap(), s);
    }
}

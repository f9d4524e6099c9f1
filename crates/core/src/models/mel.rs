//! The 80-bin mel filterbank that Whisper was trained with, as librosa computes it
//! (`librosa.filters.mel(sr=16000, n_fft=400, n_mels=80)`: Slaney mel scale, Slaney area
//! normalisation). whisper.cpp reads it from the model file, so a wrong bank here would
//! silently ruin recognition; the arithmetic follows librosa's order, float64 then float32.

pub const SAMPLE_RATE: f64 = 16_000.0;
pub const N_FFT: usize = 400;
pub const N_BINS: usize = N_FFT / 2 + 1;

const F_SP: f64 = 200.0 / 3.0;
const MIN_LOG_HZ: f64 = 1000.0;
const MIN_LOG_MEL: f64 = MIN_LOG_HZ / F_SP;

fn log_step() -> f64 {
    6.4f64.ln() / 27.0
}

fn hz_to_mel(hz: f64) -> f64 {
    if hz >= MIN_LOG_HZ {
        MIN_LOG_MEL + (hz / MIN_LOG_HZ).ln() / log_step()
    } else {
        hz / F_SP
    }
}

fn mel_to_hz(mel: f64) -> f64 {
    if mel >= MIN_LOG_MEL {
        MIN_LOG_HZ * (log_step() * (mel - MIN_LOG_MEL)).exp()
    } else {
        F_SP * mel
    }
}

/// numpy's `linspace(start, stop, n)` with its endpoint rule.
fn linspace(start: f64, stop: f64, n: usize) -> Vec<f64> {
    let step = (stop - start) / (n - 1) as f64;
    let mut v: Vec<f64> = (0..n).map(|i| i as f64 * step + start).collect();
    v[n - 1] = stop;
    v
}

/// Row-major `[n_mels][N_BINS]` weights.
pub fn filterbank(n_mels: usize) -> Vec<f32> {
    let fft_freqs = linspace(0.0, SAMPLE_RATE / 2.0, N_BINS);
    let mel_f: Vec<f64> = linspace(hz_to_mel(0.0), hz_to_mel(SAMPLE_RATE / 2.0), n_mels + 2)
        .into_iter()
        .map(mel_to_hz)
        .collect();
    let mut weights = vec![0f32; n_mels * N_BINS];
    for i in 0..n_mels {
        let (lo, mid, hi) = (mel_f[i], mel_f[i + 1], mel_f[i + 2]);
        let enorm = 2.0 / (hi - lo);
        for (k, &f) in fft_freqs.iter().enumerate() {
            let lower = -(lo - f) / (mid - lo);
            let upper = (hi - f) / (hi - mid);
            // As numpy's maximum(0, x): x when x >= 0, so -0.0 stays -0.0 (bit-exact with
            // librosa). librosa stores the triangle as f32 first, then scales it in f64.
            let tri = lower.min(upper);
            let w = if tri >= 0.0 { tri } else { 0.0 } as f32;
            weights[i * N_BINS + k] = (w as f64 * enorm) as f32;
        }
    }
    weights
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    #[test]
    fn matches_whisper_mel_filters_bit_for_bit() {
        // sha256 of `mel_80` in openai-whisper's assets/mel_filters.npz, as little-endian f32.
        let bank = filterbank(80);
        let bytes: Vec<u8> = bank.iter().flat_map(|x| x.to_le_bytes()).collect();
        assert_eq!(
            hex::encode(Sha256::digest(&bytes)),
            "4f2701b1d287d74a0dc9871026e9519d98cb76426615f2539b0d151a0ae4ec2e"
        );
    }

    #[test]
    fn known_values() {
        let bank = filterbank(80);
        assert_eq!(bank[1], 0.024_862_595);
        assert_eq!(bank[2], 0.0);
        assert!((bank[79 * N_BINS + 190] - 0.002_232_055).abs() < 1e-9);
    }
}

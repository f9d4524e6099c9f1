//! Reads WAV files (any rate, any channel count, 8–32 bit integer or float) as 16 kHz mono.

use std::path::Path;

use super::resample;
use super::WHISPER_RATE;

#[derive(Debug, thiserror::Error)]
pub enum AudioError {
    #[error("{path} is not a WAV file Hearth can read: {why}")]
    NotWav { path: String, why: String },
    #[error("{path} is damaged or cut short: {why}")]
    Truncated { path: String, why: String },
    #[error(transparent)]
    Resample(#[from] resample::ResampleError),
    #[error("cannot open {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// Sample rates a recording can have (a header saying 1 Hz would make resampling to 16 kHz
/// ask for 16,000 times the file's size).
const RATES: std::ops::RangeInclusive<u32> = 4_000..=384_000;

/// Loads a WAV file as 16 kHz mono f32 in [-1, 1].
pub fn load_wav(path: &Path) -> Result<Vec<f32>, AudioError> {
    let p = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|source| AudioError::Io {
        path: p.clone(),
        source,
    })?;
    read_wav(std::io::BufReader::new(file), &p)
}

/// As [`load_wav`], from any reader (`name` for the messages).
pub fn read_wav(from: impl std::io::Read, name: &str) -> Result<Vec<f32>, AudioError> {
    let p = name.to_string();
    let reader = hound::WavReader::new(from).map_err(|e| AudioError::NotWav {
        path: p.clone(),
        why: e.to_string(),
    })?;
    let spec = reader.spec();
    if !RATES.contains(&spec.sample_rate) {
        return Err(AudioError::NotWav {
            path: p,
            why: format!("a sample rate of {} Hz", spec.sample_rate),
        });
    }
    let channels = spec.channels.max(1) as usize;
    let interleaved: Vec<f32> = match spec.sample_format {
        hound::SampleFormat::Float => reader.into_samples::<f32>().collect::<Result<_, _>>(),
        hound::SampleFormat::Int => {
            let scale = 1.0 / (1u64 << (spec.bits_per_sample.clamp(1, 32) - 1)) as f32;
            reader
                .into_samples::<i32>()
                .map(|s| s.map(|v| v as f32 * scale))
                .collect::<Result<_, _>>()
        }
    }
    .map_err(|e| AudioError::Truncated {
        path: p.clone(),
        why: e.to_string(),
    })?;
    let mono: Vec<f32> = interleaved
        .chunks(channels)
        .map(|frame| frame.iter().sum::<f32>() / channels as f32)
        .collect();
    Ok(resample::to_rate(mono, spec.sample_rate, WHISPER_RATE)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path, rate: u32, channels: u16, frames: usize) {
        let spec = hound::WavSpec {
            channels,
            sample_rate: rate,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let mut w = hound::WavWriter::create(path, spec).unwrap();
        for i in 0..frames * channels as usize {
            w.write_sample(((i % 100) as i16 - 50) * 300).unwrap();
        }
        w.finalize().unwrap();
    }

    #[test]
    fn stereo_44k_becomes_mono_16k() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.wav");
        write(&p, 44_100, 2, 44_100);
        let s = load_wav(&p).unwrap();
        assert!((s.len() as i64 - 16_000).abs() <= 2, "{}", s.len());
        assert!(s.iter().all(|x| x.abs() <= 1.0));
    }

    #[test]
    fn a_header_claiming_an_absurd_rate_is_refused_before_resampling() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("one-hertz.wav");
        // 1 Hz: resampled to 16 kHz it would ask for 16,000 times its samples.
        write(&p, 1, 1, 1_000);
        let err = load_wav(&p).unwrap_err();
        assert!(err.to_string().contains("sample rate of 1 Hz"), "{err}");
        write(&p, 8_000, 1, 800);
        assert_eq!(load_wav(&p).unwrap().len(), 1_600);
    }

    #[test]
    fn bad_files_are_clear_errors() {
        let dir = tempfile::tempdir().unwrap();
        let text = dir.path().join("notes.wav");
        std::fs::write(&text, "hello, not audio").unwrap();
        assert!(matches!(load_wav(&text), Err(AudioError::NotWav { .. })));

        let good = dir.path().join("b.wav");
        write(&good, 16_000, 1, 16_000);
        let bytes = std::fs::read(&good).unwrap();
        let cut = dir.path().join("cut.wav");
        std::fs::write(&cut, &bytes[..bytes.len() / 2 + 1]).unwrap();
        assert!(
            matches!(load_wav(&cut), Err(AudioError::Truncated { .. })),
            "{:?}",
            load_wav(&cut)
        );

        assert!(matches!(
            load_wav(&dir.path().join("missing.wav")),
            Err(AudioError::Io { .. })
        ));
    }
}

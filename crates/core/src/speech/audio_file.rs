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

/// Loads a WAV file as 16 kHz mono f32 in [-1, 1].
pub fn load_wav(path: &Path) -> Result<Vec<f32>, AudioError> {
    let p = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|source| AudioError::Io {
        path: p.clone(),
        source,
    })?;
    let reader =
        hound::WavReader::new(std::io::BufReader::new(file)).map_err(|e| AudioError::NotWav {
            path: p.clone(),
            why: e.to_string(),
        })?;
    let spec = reader.spec();
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

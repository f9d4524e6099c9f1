//! A short sound in memory: mono samples and their rate.

use super::VoiceError;

#[derive(Debug, Clone, PartialEq)]
pub struct Sound {
    pub samples: Vec<f32>,
    pub rate: u32,
}

impl Sound {
    /// Reads a WAV held in memory (what espeak-ng writes, and the earcons). Channels are
    /// mixed down to mono.
    pub fn from_wav(bytes: &[u8]) -> Result<Self, VoiceError> {
        let bad = |e: hound::Error| VoiceError::Synthesis(format!("unreadable audio: {e}"));
        let mut reader = hound::WavReader::new(std::io::Cursor::new(bytes)).map_err(bad)?;
        let spec = reader.spec();
        let channels = usize::from(spec.channels.max(1));
        let raw: Vec<f32> = match spec.sample_format {
            hound::SampleFormat::Float => reader.samples::<f32>().collect::<Result<_, _>>(),
            hound::SampleFormat::Int => {
                let scale = 1.0 / (1u64 << (spec.bits_per_sample - 1)) as f32;
                reader
                    .samples::<i32>()
                    .map(|s| s.map(|s| s as f32 * scale))
                    .collect::<Result<_, _>>()
            }
        }
        .map_err(bad)?;
        let samples = raw
            .chunks(channels)
            .map(|c| c.iter().sum::<f32>() / channels as f32)
            .collect();
        Ok(Self {
            samples,
            rate: spec.sample_rate,
        })
    }

    pub fn duration_ms(&self) -> u64 {
        (self.samples.len() as u64 * 1000) / u64::from(self.rate.max(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stereo_wav_becomes_mono_and_garbage_is_an_error() {
        let mut bytes = std::io::Cursor::new(Vec::new());
        let spec = hound::WavSpec {
            channels: 2,
            sample_rate: 8_000,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let mut w = hound::WavWriter::new(&mut bytes, spec).unwrap();
        for _ in 0..800 {
            w.write_sample(16_384i16).unwrap();
            w.write_sample(0i16).unwrap();
        }
        w.finalize().unwrap();
        let s = Sound::from_wav(bytes.get_ref()).unwrap();
        assert_eq!(
            (s.samples.len(), s.rate, s.duration_ms()),
            (800, 8_000, 100)
        );
        assert!((s.samples[0] - 0.25).abs() < 1e-3);
        assert!(Sound::from_wav(b"RIFF not really").is_err());
    }
}

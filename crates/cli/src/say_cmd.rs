//! `hearth say`: speaks text with the companion's voice — to hear a language, a speech rate
//! or a volume before setting it, and to check the loudspeaker without the window.

use anyhow::Context;
use hearth_core::voice::{Earcon, Speaker, Synth, VoiceSettings};

#[derive(clap::Args)]
pub struct Args {
    /// What to say.
    text: String,
    /// Language (espeak-ng voice): en, fr, …
    #[arg(long, default_value = "en")]
    language: String,
    /// Words per minute (80–260).
    #[arg(long, default_value_t = VoiceSettings::default().rate_wpm)]
    rate: u32,
    /// Volume, 0 to 1.
    #[arg(long, default_value_t = VoiceSettings::default().volume)]
    volume: f32,
    /// Write a WAV file instead of playing (to measure it).
    #[arg(long)]
    wav: Option<std::path::PathBuf>,
    /// Play the "I'm listening" earcon after speaking.
    #[arg(long)]
    earcon: bool,
}

pub fn run(a: Args) -> anyhow::Result<()> {
    let sound = Synth::find()?.speak(&a.text, &a.language, a.rate)?;
    if let Some(path) = a.wav {
        let spec = hound::WavSpec {
            channels: 1,
            sample_rate: sound.rate,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let mut w = hound::WavWriter::create(&path, spec)
            .with_context(|| format!("writing {}", path.display()))?;
        for s in &sound.samples {
            w.write_sample((s * a.volume.clamp(0.0, 1.0) * 32_767.0) as i16)?;
        }
        w.finalize()?;
        eprintln!("{} ms written to {}", sound.duration_ms(), path.display());
        return Ok(());
    }
    let speaker = Speaker::open()?;
    speaker.play(&sound, a.volume).wait();
    if a.earcon {
        speaker.play(&Earcon::Listening.sound(), a.volume).wait();
    }
    Ok(())
}

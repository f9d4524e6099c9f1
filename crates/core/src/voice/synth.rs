//! Text to speech with the espeak-ng program: offline, ~15 ms for a sentence, and a voice for
//! every European language. It runs as a separate program (GPL-3), which keeps Hearth's own
//! licence free of it; the pure-Rust port and the C library were the alternatives.

use std::io::Write;
use std::process::{Command, Stdio};

use super::{Sound, VoiceError};

/// How the companion speaks (staff settings).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VoiceSettings {
    /// Words per minute. espeak-ng's own default (175) is quick for older listeners.
    pub rate_wpm: u32,
    /// 0 (silent) to 1 (full).
    pub volume: f32,
}

impl Default for VoiceSettings {
    fn default() -> Self {
        Self {
            rate_wpm: 140,
            volume: 0.9,
        }
    }
}

impl VoiceSettings {
    /// The range espeak-ng speaks intelligibly in.
    pub const RATES: std::ops::RangeInclusive<u32> = 80..=260;
}

/// The synthesiser program.
#[derive(Debug, Clone)]
pub struct Synth {
    program: String,
}

impl Synth {
    /// Finds espeak-ng; `Err(NoSynthesiser)` if it is not installed (captions still work).
    pub fn find() -> Result<Self, VoiceError> {
        let s = Self {
            program: "espeak-ng".into(),
        };
        s.run(&["--version"], "").map(|_| s)
    }

    /// Speaks `text` in `language` (an espeak-ng voice name: "en", "fr", "de"…).
    pub fn speak(&self, text: &str, language: &str, rate_wpm: u32) -> Result<Sound, VoiceError> {
        let rate = rate_wpm.clamp(*VoiceSettings::RATES.start(), *VoiceSettings::RATES.end());
        // Text goes in on standard input (never parsed as an option), as UTF-8 (-b 1).
        let wav = self.run(
            &[
                "-v",
                language,
                "-s",
                &rate.to_string(),
                "-b",
                "1",
                "--stdout",
            ],
            text,
        )?;
        Sound::from_wav(&sized(wav))
    }

    fn run(&self, args: &[&str], input: &str) -> Result<Vec<u8>, VoiceError> {
        let mut child = Command::new(&self.program)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => VoiceError::NoSynthesiser,
                _ => VoiceError::Synthesis(e.to_string()),
            })?;
        if let Some(mut stdin) = child.stdin.take() {
            stdin
                .write_all(input.as_bytes())
                .map_err(|e| VoiceError::Synthesis(e.to_string()))?;
        }
        let out = child
            .wait_with_output()
            .map_err(|e| VoiceError::Synthesis(e.to_string()))?;
        if !out.status.success() {
            let why = String::from_utf8_lossy(&out.stderr);
            return Err(VoiceError::Synthesis(why.trim().to_string()));
        }
        Ok(out.stdout)
    }
}

/// espeak-ng writing to a pipe cannot go back to fill in the WAV's sizes, so its header
/// claims ~2 GB of audio; a reader then runs off the end. Sizes are set from what came.
fn sized(mut wav: Vec<u8>) -> Vec<u8> {
    if wav.len() >= 44 && &wav[0..4] == b"RIFF" && &wav[36..40] == b"data" {
        let riff = u32::try_from(wav.len() - 8).unwrap_or(u32::MAX);
        let data = u32::try_from(wav.len() - 44).unwrap_or(u32::MAX);
        wav[4..8].copy_from_slice(&riff.to_le_bytes());
        wav[40..44].copy_from_slice(&data.to_le_bytes());
    }
    wav
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slower_rate_speaks_longer_and_an_unknown_voice_is_an_error() {
        let Ok(synth) = Synth::find() else {
            // The test set-up installs espeak-ng; a machine without it must say so clearly.
            assert_eq!(
                Synth::find().unwrap_err().to_string(),
                "the speech synthesiser (espeak-ng) is not installed"
            );
            return;
        };
        let text = "Good morning Arthur. How did you sleep last night?";
        let slow = synth.speak(text, "en", 100).unwrap();
        let quick = synth.speak(text, "en", 200).unwrap();
        assert!(slow.duration_ms() > quick.duration_ms() * 3 / 2);
        assert!(quick.duration_ms() > 1_000);
        let fr = synth.speak("Bonjour Marie, avez-vous bien dormi ?", "fr", 140);
        assert!(fr.unwrap().duration_ms() > 1_000);
        assert!(matches!(
            synth.speak(text, "xx-nonsense", 140),
            Err(VoiceError::Synthesis(_))
        ));
    }
}

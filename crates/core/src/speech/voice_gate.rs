//! Is there a voice in a clip, and is it loud enough for Whisper? A fixed loudness floor threw
//! away soft voices (an older resident far from the tablet speaks at −50 dBFS and below) as
//! if they were silence. Here a clip is first brought up to a level Whisper hears well, then
//! earshot's voice activity detector decides whether anyone spoke: loudness says nothing of
//! voice, and a quiet voice is still a voice. Whisper's habit of inventing words for noise
//! ("Thank you.") is why a clip with no voice is never handed to it. (whisper.cpp also drops
//! a segment by its own no-speech probability, at its defaults of 0.6 with a mean
//! log-probability under −1; on raised steady noise that probability was 0.000, measured,
//! so it cannot stand in for this gate.)

use std::borrow::Cow;

use earshot::Detector;

/// Below this peak (−80 dBFS, a few steps of 16-bit audio) there is nothing to raise: true
/// digital silence.
const DIGITAL_SILENCE_PEAK: f32 = 1e-4;
/// Quiet clips are raised to this peak (−6 dBFS); loud ones are left as they are.
const TARGET_PEAK: f32 = 0.5;
/// At most +70 dB: enough for a voice at −76 dBFS.
const MAX_GAIN: f32 = 3162.0;
/// earshot scores 16 ms frames of 16 kHz audio (the hands-free ear too: listen::speech_end).
pub(crate) const FRAME: usize = 256;
pub(crate) const FRAME_MS: u64 = 16;
/// A frame scoring this much is voice (the hands-free ear's default too).
pub(crate) const VOICE_SCORE: f32 = 0.5;
/// Less voice than this in a whole clip is a cough, a clink or noise: not worth recognising.
const MIN_VOICED_MS: u64 = 200;
/// A voice rises and falls (syllables, breaths, pauses); a fan, a hiss or the rumble of a
/// room does not, and earshot alone takes steady pink or brown noise, raised, for voice (and
/// Whisper then hears "I'm going to get a little bit of a ride."). Measured on 16 ms frames,
/// the loudest tenth against the quietest tenth: JFK's recording 30 dB, espeak-ng speech 100,
/// steady white, pink and brown noise 1, 4 and 6 dB.
const MIN_SPREAD_DB: f32 = 10.0;

/// The clip ready for Whisper (raised if it was quiet), or `None` when there is no voice in
/// it.
pub fn gate(samples: &[f32]) -> Option<Cow<'_, [f32]>> {
    let peak = samples.iter().fold(0f32, |m, x| m.max(x.abs()));
    if peak < DIGITAL_SILENCE_PEAK {
        return None;
    }
    let gain = gain_for(peak);
    let samples: Cow<[f32]> = if gain > 1.0 {
        Cow::Owned(samples.iter().map(|x| x * gain).collect())
    } else {
        Cow::Borrowed(samples)
    };
    let voiced = voiced_ms(&samples) >= MIN_VOICED_MS;
    (voiced && loudness_spread_db(&samples) >= MIN_SPREAD_DB).then_some(samples)
}

/// The mean power of a frame, in dB (−120 for digital silence).
pub(crate) fn power_db(frame: &[f32]) -> f32 {
    let power = frame.iter().map(|x| x * x).sum::<f32>() / frame.len().max(1) as f32;
    10.0 * (power + 1e-12).log10()
}

/// How far the loudest tenth of 16 ms frames rises above the quietest tenth, in dB.
fn loudness_spread_db(samples: &[f32]) -> f32 {
    let mut levels: Vec<f32> = samples.chunks_exact(FRAME).map(power_db).collect();
    if levels.len() < 10 {
        // Under 160 ms: too short to rise and fall; earshot's verdict stands alone.
        return f32::INFINITY;
    }
    levels.sort_by(f32::total_cmp);
    levels[levels.len() * 9 / 10] - levels[levels.len() / 10]
}

/// The gain that brings a clip peaking at `peak` to [`TARGET_PEAK`]: never below 1 (a loud
/// clip is left alone), never above [`MAX_GAIN`].
fn gain_for(peak: f32) -> f32 {
    (TARGET_PEAK / peak).clamp(1.0, MAX_GAIN)
}

/// Milliseconds of 16 kHz `samples` earshot scores as voice.
fn voiced_ms(samples: &[f32]) -> u64 {
    let mut detector = Detector::default_boxed();
    let mut frame = Vec::with_capacity(FRAME);
    let mut voiced = 0;
    for chunk in samples.chunks_exact(FRAME) {
        frame.clear();
        frame.extend(chunk.iter().map(|x| x.clamp(-1.0, 1.0)));
        if detector.predict_f32(&frame) >= VOICE_SCORE {
            voiced += FRAME_MS;
        }
    }
    voiced
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn silence_and_steady_tones_are_not_a_voice() {
        assert!(gate(&[]).is_none());
        assert!(gate(&vec![0.0; 32_000]).is_none());
        assert!(gate(&vec![0.00005; 32_000]).is_none());
        // A steady hum, raised to a good level, is still no voice.
        let hum: Vec<f32> = (0..32_000)
            .map(|i| (i as f32 * 2.0 * std::f32::consts::PI * 50.0 / 16_000.0).sin() * 0.001)
            .collect();
        assert!(gate(&hum).is_none());
    }

    #[test]
    fn steady_noise_does_not_rise_and_fall_and_speech_like_bursts_do() {
        // A fixed pseudo-random hiss: steady.
        let mut x: u32 = 1;
        let hiss: Vec<f32> = (0..32_000)
            .map(|_| {
                x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                (x >> 8) as f32 / (1u32 << 24) as f32 - 0.5
            })
            .collect();
        assert!(loudness_spread_db(&hiss) < 3.0);
        // The same hiss in 200 ms bursts with pauses between: syllables.
        let bursts: Vec<f32> = hiss
            .iter()
            .enumerate()
            .map(|(i, s)| if (i / 3_200) % 2 == 0 { *s } else { s * 0.01 })
            .collect();
        assert!(loudness_spread_db(&bursts) > 30.0);
    }

    #[test]
    fn a_quiet_clip_is_raised_and_a_loud_one_left_alone() {
        assert!((gain_for(0.005) - 100.0).abs() < 1e-3); // −46 dBFS → −6: +40 dB
        assert_eq!(gain_for(0.8), 1.0);
        assert_eq!(gain_for(1e-4), MAX_GAIN);
    }
}

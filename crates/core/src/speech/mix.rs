//! Speech with other sound under it, at a chosen signal-to-noise ratio: what a lounge with a
//! television or other residents talking sounds like to the tablet. Used to measure
//! recognition in noise (the tests and `hearth bench`), never on what a resident says.

/// Four people talking across a lounge (espeak-ng voice, words): the babble the tests and the
/// benchmark put under a resident's voice, none of it what is to be heard.
pub const LOUNGE_TALK: [(&str, &str); 4] = [
    ("en+m3", "Did you see the match last night? They scored twice before half time and then nothing at all."),
    ("en+f3", "My grandson is coming on Sunday with the little one, and we are going to the park if it is dry."),
    ("fr", "Il fait beau aujourd'hui, on pourrait sortir dans le jardin après le déjeuner avec les autres."),
    ("en+m1", "The tea trolley is late again, I have been waiting since ten and my cup is still empty."),
];

/// Root mean square level of `samples` (0 for none).
pub fn rms(samples: &[f32]) -> f32 {
    if samples.is_empty() {
        return 0.0;
    }
    (samples.iter().map(|x| x * x).sum::<f32>() / samples.len() as f32).sqrt()
}

/// Several voices talking at once, each brought to the same level first so none dominates:
/// as long as the longest, each starting at the beginning.
pub fn babble(voices: &[Vec<f32>]) -> Vec<f32> {
    let len = voices.iter().map(Vec::len).max().unwrap_or(0);
    let mut out = vec![0f32; len];
    for v in voices {
        let level = rms(v);
        if level == 0.0 {
            continue;
        }
        for (o, x) in out.iter_mut().zip(v) {
            *o += x / level;
        }
    }
    out
}

/// `speech` with `noise` under it at `snr_db` (speech level over noise level, both as RMS over
/// the whole clip); the noise loops to the speech's length. The mix is scaled down as a whole
/// if it would clip, which keeps the ratio.
pub fn mix_at_snr(speech: &[f32], noise: &[f32], snr_db: f32) -> Vec<f32> {
    let (speech_level, noise_level) = (rms(speech), rms(noise));
    if noise.is_empty() || noise_level == 0.0 {
        return speech.to_vec();
    }
    let gain = speech_level / (noise_level * 10f32.powf(snr_db / 20.0));
    let mut out: Vec<f32> = speech
        .iter()
        .zip(noise.iter().cycle())
        .map(|(s, n)| s + n * gain)
        .collect();
    let peak = out.iter().fold(0f32, |m, x| m.max(x.abs()));
    if peak > 0.99 {
        out.iter_mut().for_each(|x| *x *= 0.99 / peak);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tone(len: usize, freq: f32, amp: f32) -> Vec<f32> {
        (0..len)
            .map(|i| amp * (i as f32 * freq * std::f32::consts::TAU / 16_000.0).sin())
            .collect()
    }

    #[test]
    fn the_noise_sits_at_the_asked_ratio_under_the_speech() {
        let speech = tone(16_000, 440.0, 0.3);
        let noise = tone(4_000, 97.0, 0.05);
        for snr in [10.0f32, 5.0, 0.0] {
            let mixed = mix_at_snr(&speech, &noise, snr);
            assert_eq!(mixed.len(), speech.len());
            let added: Vec<f32> = mixed.iter().zip(&speech).map(|(m, s)| m - s).collect();
            let got = 20.0 * (rms(&speech) / rms(&added)).log10();
            assert!((got - snr).abs() < 0.1, "asked {snr} dB, got {got}");
        }
    }

    #[test]
    fn a_loud_mix_is_scaled_down_whole_not_clipped() {
        let speech = tone(16_000, 440.0, 0.9);
        let mixed = mix_at_snr(&speech, &tone(16_000, 97.0, 0.9), 0.0);
        assert!(mixed.iter().all(|x| x.abs() <= 0.99 + 1e-6));
    }

    #[test]
    fn babble_gives_each_voice_the_same_level() {
        let loud = tone(8_000, 300.0, 0.8);
        let soft = tone(16_000, 500.0, 0.01);
        let b = babble(&[loud, soft]);
        assert_eq!(b.len(), 16_000);
        // After the loud voice ends, the soft one alone is at the level every voice was given.
        assert!(
            (rms(&b[8_000..]) - 1.0).abs() < 0.01,
            "{}",
            rms(&b[8_000..])
        );
        assert!(babble(&[]).is_empty());
    }

    #[test]
    fn no_noise_leaves_the_speech_as_it_was() {
        let speech = tone(1_000, 440.0, 0.3);
        assert_eq!(mix_at_snr(&speech, &[], 5.0), speech);
        assert_eq!(mix_at_snr(&speech, &[0.0; 10], 5.0), speech);
    }
}

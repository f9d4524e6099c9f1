//! The two short tones that frame a resident's turn, so they know when to speak without
//! reading the screen (made by scripts/make-earcons.sh, shipped in assets/earcons).

use super::Sound;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Earcon {
    /// Rising: "I'm listening, your turn."
    Listening,
    /// Falling: "I've got it."
    GotIt,
}

impl Earcon {
    pub fn sound(self) -> Sound {
        let bytes: &[u8] = match self {
            Self::Listening => include_bytes!("../../../../assets/earcons/listening.wav"),
            Self::GotIt => include_bytes!("../../../../assets/earcons/got-it.wav"),
        };
        // Shipped in the binary and checked by the test below: cannot fail at run time.
        Sound::from_wav(bytes).unwrap_or(Sound {
            samples: Vec::new(),
            rate: 22_050,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn earcons_are_short_and_gentle() {
        for e in [Earcon::Listening, Earcon::GotIt] {
            let s = e.sound();
            assert!((200..=400).contains(&s.duration_ms()), "{e:?}");
            let peak = s.samples.iter().fold(0f32, |m, x| m.max(x.abs()));
            assert!(peak > 0.1 && peak <= 0.4, "{e:?}: {peak}");
        }
    }
}

//! The companion's voice for one conversation: the synthesiser, the loudspeaker and the
//! resident's settings together, so the conversation only says "say this".

use crate::voice::{Earcon, Playing, Speaker, Synth, VoiceError, VoiceSettings};

pub struct Voice {
    pub speaker: Speaker,
    pub synth: Synth,
    pub settings: VoiceSettings,
}

impl Voice {
    /// Opens the loudspeaker and finds the synthesiser; an error means captions only.
    pub fn open(settings: VoiceSettings) -> Result<Self, VoiceError> {
        Ok(Self {
            synth: Synth::find()?,
            speaker: Speaker::open()?,
            settings,
        })
    }

    pub fn earcon(&self, e: Earcon) -> Playing {
        self.speaker.play(&e.sound(), self.settings.volume)
    }
}

//! Staff settings kept in the journal: how this device shows Hearth to everyone (text size up
//! to 200 %, high contrast 7:1, reduced motion — every screen, residents' included, changed
//! only by a staff administrator), and how Hearth talks with each resident (`Preferences`,
//! kept on the resident's profile).

use crate::refusal::Refusal;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::listen::EarTiming;
use crate::store::{Store, StoreError};
use crate::voice::VoiceSettings;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Display {
    /// Per cent of Hearth's normal (already large) text: 100 to 200.
    pub text_percent: u16,
    pub high_contrast: bool,
    pub reduced_motion: bool,
}

impl Default for Display {
    fn default() -> Self {
        Self {
            text_percent: 100,
            high_contrast: false,
            reduced_motion: false,
        }
    }
}

/// How Hearth talks with one resident: set by staff on the resident's profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// Words per minute of the companion's voice (90 to 200; 140 is Hearth's own).
    pub speech_rate_wpm: u32,
    /// Loudness of the companion's voice, 10 to 100 %.
    pub volume_percent: u8,
    pub input: Input,
    /// How long a quiet moment ends the resident's turn.
    pub pause: Pause,
    /// The companion's words shown on screen as it speaks.
    pub captions: bool,
    /// The companion's words spoken aloud.
    pub spoken: bool,
    /// One large button does the whole conversation (start, answer, finish).
    pub one_button: bool,
    /// Text size and contrast while this resident uses the screen (else the device's).
    pub display: Option<Display>,
}

impl Default for Preferences {
    fn default() -> Self {
        let voice = VoiceSettings::default();
        Self {
            speech_rate_wpm: voice.rate_wpm,
            volume_percent: (voice.volume * 100.0).round() as u8,
            input: Input::HandsFree,
            pause: Pause::Normal,
            captions: true,
            spoken: true,
            one_button: false,
            display: None,
        }
    }
}

/// How the resident tells Hearth they are speaking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Input {
    /// Press and hold the button while speaking.
    Hold,
    /// Tap to start, tap when finished.
    Tap,
    /// Just speak: a pause ends the turn.
    HandsFree,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pause {
    Short,
    Normal,
    /// For someone who stops to find their words.
    Long,
}

impl Preferences {
    /// Refuses values no one could use (silence, a voice too fast to follow, nothing to
    /// read and nothing to hear).
    pub fn check(&self) -> Result<(), StoreError> {
        let refuse = |why: Refusal| Err(why.into());
        if !(90..=200).contains(&self.speech_rate_wpm) {
            return refuse(Refusal::SpeechRateRange);
        }
        if !(10..=100).contains(&self.volume_percent) {
            return refuse(Refusal::VolumeRange);
        }
        if !self.captions && !self.spoken {
            return refuse(Refusal::WordsNeitherShownNorSpoken);
        }
        match self.display {
            Some(d) => check_display(&d),
            None => Ok(()),
        }
    }

    pub fn voice(&self) -> VoiceSettings {
        VoiceSettings {
            rate_wpm: self.speech_rate_wpm,
            volume: f32::from(self.volume_percent) / 100.0,
        }
    }

    /// The ear's timings for this resident's pauses. The guess and early end scale with the
    /// full pause, so "long" never cuts a slow speaker at the shorter defaults.
    pub fn ear_timing(&self) -> EarTiming {
        let mut t = EarTiming::default();
        let (end_silence_ms, early_end_ms) = match self.pause {
            Pause::Short => (800, 300),
            Pause::Normal => (t.speech.end_silence_ms, t.early_end_ms),
            Pause::Long => (2_000, 700),
        };
        t.speech.end_silence_ms = end_silence_ms;
        t.early_end_ms = early_end_ms;
        t
    }
}

const DEVICE_DISPLAY: &str = "device.display";

pub fn display(store: &Store) -> Result<Display, StoreError> {
    read(store, DEVICE_DISPLAY)
}

pub fn set_display(store: &Store, d: &Display, by: &str, at_ms: i64) -> Result<(), StoreError> {
    check_display(d)?;
    write(store, DEVICE_DISPLAY, d, by, at_ms)
}

const DEVICE_LANGUAGE: &str = "device.language";

/// The language this device's screens start in; none: the system's.
pub fn device_language(store: &Store) -> Result<Option<String>, StoreError> {
    read(store, DEVICE_LANGUAGE)
}

/// Sets it; only a language Hearth has words for.
pub fn set_device_language(
    store: &Store,
    language: Option<&str>,
    by: &str,
    at_ms: i64,
) -> Result<(), StoreError> {
    if let Some(l) = language {
        if !hearth_i18n::has_words(l) {
            return Err(Refusal::NoWordsInLanguage { language: l.into() }.into());
        }
    }
    write(store, DEVICE_LANGUAGE, &language, by, at_ms)
}

/// A setting's value. One this version cannot read falls back to the defaults rather than
/// locking everyone out (of a readable screen, of a working purge).
pub(crate) fn read<T: serde::de::DeserializeOwned + Default>(
    store: &Store,
    key: &str,
) -> Result<T, StoreError> {
    let json: Option<String> = store
        .conn()
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(json
        .and_then(|j| serde_json::from_str(&j).ok())
        .unwrap_or_default())
}

/// Sets a (checked) value, with who and when.
pub(crate) fn write(
    store: &Store,
    key: &str,
    value: &impl Serialize,
    by: &str,
    at_ms: i64,
) -> Result<(), StoreError> {
    write_in(store.conn(), key, value, by, at_ms)
}

/// As [`write`], inside a transaction the caller holds.
pub(crate) fn write_in(
    conn: &rusqlite::Connection,
    key: &str,
    value: &impl Serialize,
    by: &str,
    at_ms: i64,
) -> Result<(), StoreError> {
    let json = serde_json::to_string(value)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    conn.execute(
        "INSERT INTO settings (key, value, changed_ms, changed_by) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(key) DO UPDATE SET value = ?2, changed_ms = ?3, changed_by = ?4",
        params![key, json, at_ms, by],
    )?;
    Ok(())
}

fn check_display(d: &Display) -> Result<(), StoreError> {
    if !(100..=200).contains(&d.text_percent) {
        return Err(Refusal::TextSizeRange.into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_then_what_was_set_and_nonsense_refused() {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(&dir.path().join("j.sqlite")).unwrap();
        assert_eq!(display(&s).unwrap(), Display::default());
        let big = Display {
            text_percent: 200,
            high_contrast: true,
            reduced_motion: true,
        };
        set_display(&s, &big, "Ada", 1).unwrap();
        assert_eq!(display(&s).unwrap(), big);
        let huge = Display {
            text_percent: 400,
            ..big
        };
        assert!(set_display(&s, &huge, "Ada", 2).is_err());
        assert_eq!(display(&s).unwrap(), big);
    }

    #[test]
    fn the_device_language_is_the_systems_until_set_and_only_one_hearth_speaks() {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(&dir.path().join("j.sqlite")).unwrap();
        assert_eq!(device_language(&s).unwrap(), None);
        set_device_language(&s, Some("fr"), "Ada", 1).unwrap();
        assert_eq!(device_language(&s).unwrap().as_deref(), Some("fr"));
        assert!(set_device_language(&s, Some("xx"), "Ada", 2).is_err());
        assert_eq!(device_language(&s).unwrap().as_deref(), Some("fr"));
        set_device_language(&s, None, "Ada", 3).unwrap();
        assert_eq!(device_language(&s).unwrap(), None);
    }

    #[test]
    fn preferences_read_old_and_partial_values_and_refuse_unusable_ones() {
        let p: Preferences = serde_json::from_str("{}").unwrap();
        assert_eq!(p, Preferences::default());
        let p: Preferences = serde_json::from_str(r#"{"pause":"long","input":"tap"}"#).unwrap();
        assert_eq!(
            (p.pause, p.input, p.captions),
            (Pause::Long, Input::Tap, true)
        );
        assert!(p.check().is_ok());
        assert_eq!(p.ear_timing().speech.end_silence_ms, 2_000);
        assert!(p.ear_timing().early_end_ms > EarTiming::default().early_end_ms);
        let silent = Preferences {
            captions: false,
            spoken: false,
            ..p.clone()
        };
        assert!(silent.check().is_err());
        let loud = Preferences {
            volume_percent: 0,
            ..p.clone()
        };
        assert!(loud.check().is_err());
        let fast = Preferences {
            speech_rate_wpm: 400,
            ..p.clone()
        };
        assert!(fast.check().is_err());
        let huge = Preferences {
            display: Some(Display {
                text_percent: 300,
                ..Display::default()
            }),
            ..p
        };
        assert!(huge.check().is_err());
        let slow = Preferences {
            speech_rate_wpm: 110,
            volume_percent: 50,
            ..Preferences::default()
        };
        assert_eq!(slow.voice().rate_wpm, 110);
        assert!((slow.voice().volume - 0.5).abs() < 1e-6);
    }
}

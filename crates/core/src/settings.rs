//! Staff settings kept in the journal. For now how this device shows Hearth to everyone:
//! text size (up to 200 %), high contrast (7:1) and reduced motion — applied to every screen,
//! residents' included, and changed only by a staff administrator.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::store::{Store, StoreError};

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

const DEVICE_DISPLAY: &str = "device.display";

pub fn display(store: &Store) -> Result<Display, StoreError> {
    let json: Option<String> = store
        .conn()
        .query_row(
            "SELECT value FROM settings WHERE key = ?1",
            [DEVICE_DISPLAY],
            |r| r.get(0),
        )
        .optional()?;
    // A value this version cannot read falls back to the defaults rather than locking
    // everyone out of a readable screen.
    Ok(json
        .and_then(|j| serde_json::from_str(&j).ok())
        .unwrap_or_default())
}

pub fn set_display(store: &Store, d: &Display, by: &str, at_ms: i64) -> Result<(), StoreError> {
    if !(100..=200).contains(&d.text_percent) {
        return Err(StoreError::Invalid(
            "text size is from 100 % to 200 %".into(),
        ));
    }
    let json = serde_json::to_string(d).map_err(|e| StoreError::Invalid(e.to_string()))?;
    store.conn().execute(
        "INSERT INTO settings (key, value, changed_ms, changed_by) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(key) DO UPDATE SET value = ?2, changed_ms = ?3, changed_by = ?4",
        params![DEVICE_DISPLAY, json, at_ms, by],
    )?;
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
}

//! How this device shows Hearth.

use serde::{Deserialize, Serialize};

/// How this device shows Hearth to everyone.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct DisplaySettings {
    /// 100 to 200 (% of Hearth's normal text).
    pub text_percent: u16,
    pub high_contrast: bool,
    pub reduced_motion: bool,
}

/// How this device is used (kept outside the journal, so a locked window knows it).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "mode", rename_all = "snake_case")]
pub enum DeviceModeView {
    /// A normal window that staff and residents take turns at.
    #[default]
    Shared,
    /// Full screen, started with the session, closed only by staff: in one resident's room
    /// (`resident`, opens on their page) or in a lounge (none, opens on the cards).
    Kiosk { resident: Option<i64> },
}

impl DeviceModeView {
    pub fn is_kiosk(&self) -> bool {
        matches!(self, DeviceModeView::Kiosk { .. })
    }

    /// The resident whose tablet this is, if it is one.
    pub fn resident(&self) -> Option<i64> {
        match self {
            DeviceModeView::Kiosk { resident } => *resident,
            DeviceModeView::Shared => None,
        }
    }
}

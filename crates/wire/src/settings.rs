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

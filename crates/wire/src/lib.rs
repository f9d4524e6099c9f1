//! hearth-wire: what the UI and the backend say to each other. Plain data, no behaviour, so
//! it compiles for wasm (the UI) and natively (the Tauri shell) alike.

use serde::{Deserialize, Serialize};

/// Names of the Tauri commands, shared so a typo is a compile error, not a silent failure.
pub mod commands {
    pub const APP_STATUS: &str = "app_status";
}

/// Names of the events the backend sends.
pub mod events {
    /// Payload: [`super::ModelStatus`].
    pub const MODEL_STATUS: &str = "model-status";
}

/// What the speech model is doing. The window never waits for the model: it shows this.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum ModelStatus {
    Loading {
        name: String,
    },
    Ready {
        name: String,
        weights: String,
        load_ms: u64,
    },
    /// No model installed: the UI says so in its language, with the command that fixes it.
    Missing {
        name: String,
        command: String,
    },
    /// The model is there but would not load; `detail` is technical, for staff.
    Failed {
        detail: String,
    },
}

/// Answer of `app_status`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppStatus {
    pub version: String,
    pub model: ModelStatus,
}

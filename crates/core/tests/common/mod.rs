//! Shared by the integration tests: the real models and recordings the setup script installs,
//! and speech generated on the spot with espeak-ng.
#![allow(dead_code)]
#![allow(clippy::unwrap_used)] // a test that unwraps fails loudly, which is what it is for

use std::path::{Path, PathBuf};
use std::process::Command;

use hearth_core::models::{Catalog, InstalledModel, ModelStore, WeightType};

pub mod corpus;

/// Read when the test runs: a build folder shared by clones at other paths may reuse this
/// binary, and the path compiled in would be another clone's.
pub fn repo_root() -> PathBuf {
    Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("run by cargo test"))
        .join("../..")
        .canonicalize()
        .expect("repo root")
}

pub fn models_dir() -> PathBuf {
    std::env::var_os("HEARTH_MODELS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("models"))
}

/// An installed model, or a failure that says how to get it (a missing model is not a pass).
pub fn model(name: &str, weights: WeightType) -> InstalledModel {
    ModelStore::new(models_dir(), Catalog::builtin())
        .resolve(Some(name), Some(weights))
        .unwrap_or_else(|e| {
            panic!("{e}\n(run scripts/setup.sh test, or scripts/get-model.sh {name})")
        })
}

pub fn jfk() -> PathBuf {
    let p = repo_root().join("tests/.cache/jfk.wav");
    assert!(
        p.exists(),
        "{} is missing: run scripts/get-fixtures.sh",
        p.display()
    );
    p
}

pub const JFK_TEXT: &str =
    "And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.";

/// Speaks `text` with espeak-ng into a WAV file in `dir`. French gets a short gap between
/// words: espeak's French runs words together and Whisper then mishears far more than it
/// would a person.
pub fn espeak(dir: &Path, voice: &str, text: &str, name: &str) -> PathBuf {
    let out = dir.join(format!("{name}.wav"));
    let (speed, gap) = if voice.starts_with("fr") {
        ("130", "4")
    } else {
        ("140", "0")
    };
    let status = Command::new("espeak-ng")
        .args(["-v", voice, "-s", speed, "-g", gap, "-w"])
        .arg(&out)
        .arg(text)
        .status()
        .expect("espeak-ng is installed (scripts/setup.sh test)");
    assert!(status.success(), "espeak-ng failed");
    out
}

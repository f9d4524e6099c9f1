//! The speech model put on the device through the commands (Tauri's IPC on its mock runtime,
//! the real model file, real copies): on a first run the files on a "USB stick" are listed,
//! only one of them can be named, and the one named is copied, checked and put where Hearth
//! loads it; once someone is on the staff list, only an administrator may do it.

#![allow(clippy::unwrap_used)] // a test that unwraps fails loudly, which is what it is for

mod common;

use std::time::{Duration, Instant};

use common::{app, call, kind, switch_to};
use serde_json::json;

#[test]
fn a_model_file_on_a_stick_is_listed_checked_and_installed_by_staff_only() {
    let data = tempfile::tempdir().unwrap();
    let stick = data.path().join("stick/whisper");
    std::fs::create_dir_all(&stick).unwrap();
    let model =
        std::path::Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("run by cargo test"))
            .join("../models/ggml-base-q8_0.bin");
    std::os::unix::fs::symlink(&model, stick.join("ggml-base-q8_0.bin")).unwrap();
    std::fs::write(stick.join("holiday.bin"), b"not a model").unwrap();
    std::env::set_var("HEARTH_IMPORT_DIRS", data.path().join("stick"));
    let (_app, w) = app(data.path());

    let files = call(&w, "model_files", json!({})).unwrap();
    let files = files.as_array().unwrap();
    assert_eq!(files.len(), 1, "{files:?}");
    let found = files[0]["path"].as_str().unwrap().to_string();
    assert!(found.ends_with("ggml-base-q8_0.bin"), "{found}");
    assert_eq!(files[0]["size"], std::fs::metadata(&model).unwrap().len());

    // Only a file that was found may be named.
    let elsewhere = json!({ "args": { "path": "/etc/passwd" } });
    assert_eq!(kind(call(&w, "import_model", elsewhere)), "refused");
    call(&w, "import_model", json!({ "args": { "path": found } })).unwrap();
    let installed = data.path().join("no-models/ggml-base-q8_0.bin");
    let started = Instant::now();
    while std::fs::metadata(&installed).map_or(0, |m| m.len())
        != std::fs::metadata(&model).unwrap().len()
    {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "never installed"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    // Nothing half-copied is left beside it.
    let names: Vec<String> = std::fs::read_dir(data.path().join("no-models"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["ggml-base-q8_0.bin"]);

    // With a staff list: a caregiver may not, an administrator may.
    {
        use hearth_core::access::{staff, Role};
        let mut store =
            hearth_core::store::Store::open(&data.path().join("journal.sqlite")).unwrap();
        staff::add(&mut store, "Ada", Role::Admin, "139742").unwrap();
        staff::add(&mut store, "Sam", Role::Caregiver, "2580").unwrap();
    }
    assert_eq!(kind(call(&w, "model_files", json!({}))), "sign_in_needed");
    switch_to(&w, 2, "2580");
    assert_eq!(kind(call(&w, "model_files", json!({}))), "not_allowed");
    switch_to(&w, 1, "139742");
    assert_eq!(
        call(&w, "model_files", json!({}))
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

//! Every input a fuzzer made fail, kept in `fuzz/regressions/<target>/`, replayed on stable
//! through the same function the fuzz target calls: none may panic again.

#![allow(clippy::unwrap_used)] // a test that unwraps fails loudly, which is what it is for

use hearth_core::fuzzing::TARGETS;

#[test]
fn every_kept_crasher_is_handled_now() {
    let root =
        std::path::Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("run by cargo test"))
            .join("../../fuzz/regressions");
    let mut replayed = 0;
    for (name, target) in TARGETS {
        let dir = root.join(name);
        assert!(dir.is_dir(), "{} is missing", dir.display());
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let data = std::fs::read(entry.path()).unwrap();
            target(&data);
            replayed += 1;
        }
    }
    // Beside what fuzzers found, a few hand-made hostile inputs are always there.
    assert!(replayed >= 4, "only {replayed} inputs replayed");
}

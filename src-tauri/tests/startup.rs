//! A window that cannot open is said in words (the system's language), logged, and ends the
//! start with an error code: not a stack trace, not silence. The real binary, with no display
//! and with one it cannot reach.

#![allow(clippy::unwrap_used)] // a test that unwraps fails loudly, which is what it is for

use std::process::Command;

fn start(display: Option<&str>) -> (std::process::Output, String) {
    let data = tempfile::tempdir().unwrap();
    let mut hearth = Command::new(env!("CARGO_BIN_EXE_hearth-app"));
    hearth
        .env("HEARTH_DATA_DIR", data.path())
        .env("HEARTH_MODELS_DIR", data.path().join("no-models"))
        .env("LANG", "fr_FR.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("RUST_BACKTRACE");
    match display {
        Some(d) => hearth.env("DISPLAY", d),
        None => hearth.env_remove("DISPLAY"),
    };
    let out = hearth.output().unwrap();
    let log = std::fs::read_dir(data.path().join("logs"))
        .unwrap()
        .map(|f| std::fs::read_to_string(f.unwrap().path()).unwrap())
        .collect();
    (out, log)
}

#[test]
fn a_window_that_cannot_open_is_said_in_words_and_logged() {
    for (display, said) in [
        (None, "Hearth a besoin d’un bureau pour ouvrir sa fenêtre"),
        // A display nobody runs: GTK cannot start, which its toolkit reports by panicking.
        (Some(":987"), "Hearth n’a pas pu ouvrir sa fenêtre"),
    ] {
        let (out, log) = start(display);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{display:?}: {stderr}");
        assert!(stderr.contains(said), "{display:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{display:?}: {stderr}");
        assert!(
            log.contains("Hearth could not open its window"),
            "{display:?}: {log}"
        );
    }
}

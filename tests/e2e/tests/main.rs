//! The end-to-end tests: the real Hearth window under Xvfb, driven through tauri-driver.
//! One binary, a module a file (one link instead of seven); they run one at a time
//! (`--test-threads=1`: one window, one virtual microphone). Run one area with
//! `cargo test -p hearth-e2e --test e2e care_team`.

#![allow(clippy::unwrap_used)] // a test that unwraps fails loudly, which is what it is for

mod accessibility;
mod care_team;
mod check_in;
mod installed;
mod kiosk;
mod papers;
mod passphrase;
mod residents;
mod talk;
mod window;

#!/usr/bin/env bash
# README command 2: install what is missing, build, and run every check and test:
# formatting, lints (host and wasm), unit and integration tests with the real model,
# and the end-to-end tests in a real window.
source "$(dirname "$0")/lib.sh"
bash "$HEARTH_ROOT/scripts/setup.sh" test
cd "$HEARTH_ROOT"

say "formatting"
cargo fmt --all -- --check
say "lints"
cargo clippy --release -q --workspace --all-targets -- -D warnings
cargo clippy --release -q -p hearth-ui --target wasm32-unknown-unknown -- -D warnings
say "tests"
cargo test --release --workspace 2>&1

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
# Each crate's modules use each other one way only: a circle fails here, and so does a graph
# in docs/architecture.md that no longer matches the code.
python3 scripts/module-deps.py crates/*/src src-tauri/src ui/src tests/e2e/src > /dev/null
python3 scripts/module-deps.py --doc docs/architecture.md
cargo clippy --release -q --workspace --exclude hearth-ui --all-targets -- -D warnings
cargo clippy --release -q -p hearth-ui --target wasm32-unknown-unknown -- -D warnings
# No GPL code linked, crates from crates.io only (deny.toml says why each exception exists).
cargo deny --offline check licenses bans sources
# No known vulnerability Hearth is exposed to: RustSec's database, fetched where the machine
# can reach GitHub (not the package registries); where it cannot, said, not silently passed.
advisory_dbs="${CARGO_HOME:-$HOME/.cargo}/advisory-dbs"
have_advisories() { compgen -G "$advisory_dbs/advisory-db-*/crates" >/dev/null; }
timeout 120 cargo deny fetch db >/dev/null 2>&1 || true
if have_advisories; then
  db="$(compgen -G "$advisory_dbs/advisory-db-*" | head -1)"
  say "security advisories (RustSec's database of $(git -C "$db" log -1 --format=%cs 2>/dev/null || echo "unknown date"))"
  cargo deny --offline check advisories
else
  say "security advisories: NOT CHECKED, RustSec's database cannot be fetched from this machine"
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
say "unit and integration tests (real models, real audio)"
cargo test --release --workspace --exclude hearth-ui --exclude hearth-e2e 2>&1 | tee -a "$log"
say "the window's own logic, compiled to wasm and run by node (in a time zone with summer time)"
TZ=Europe/Paris CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --release -p hearth-ui --target wasm32-unknown-unknown 2>&1 | tee -a "$log"
say "end-to-end tests in a real window (Xvfb + tauri-driver + WebKitWebDriver, virtual microphone)"
bash "$HEARTH_ROOT/scripts/virtual-mic.sh"
# Screenshots land in tests/.artifacts/.
xvfb-run -a -s "-screen 0 1024x768x24" \
  cargo test --release -p hearth-e2e -- --test-threads=1 2>&1 | tee -a "$log"

say "packages as a care home installs them: built, installed with apt, used, removed"
bash "$HEARTH_ROOT/scripts/test-packages.sh" 2>&1 | tee -a "$log"

say "all checks ran"
# One closing line for the whole run.
awk '/^test result:/ { p += $4; f += $6 } END { printf "hearth: %d passed, %d failed\n", p, f; exit (f > 0) }' "$log"

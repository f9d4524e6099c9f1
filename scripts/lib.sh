# Shared helpers for Hearth's scripts. Source it; do not run it.
set -euo pipefail

HEARTH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export HEARTH_ROOT
# Models live in the clone (git-ignored) unless the user says otherwise.
export HEARTH_MODELS_DIR="${HEARTH_MODELS_DIR:-$HEARTH_ROOT/models}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# Builds go where cargo puts them (CI may share a target folder between clones).
HEARTH_TARGET="${CARGO_TARGET_DIR:-$HEARTH_ROOT/target}"
export HEARTH_TARGET

# Time since the first script of this run started: CI's budget is read from these lines.
HEARTH_T0="${HEARTH_T0:-$(date +%s)}"
export HEARTH_T0
say() {
  local t=$(($(date +%s) - HEARTH_T0))
  printf '\n== [%d:%02d] %s\n' $((t / 60)) $((t % 60)) "$*" >&2
}
die() { printf 'hearth setup: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian/Ubuntu packages that are not installed yet; a no-op when all are.
apt_ensure() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing system packages: ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# cargo_tool CRATE VERSION [--locked]: installs CRATE@VERSION unless cargo already has exactly it.
cargo_tool() {
  local crate="$1" version="$2"; shift 2
  if cargo install --list 2>/dev/null | grep -q "^$crate v$version:"; then
    return 0
  fi
  say "installing $crate $version (cargo install, a few minutes the first time)"
  # Unoptimised and without debug info, because building them is what costs, not running
  # them. Measured on 2 cores: trunk installs in 4.5 min instead of about 13; a UI build is
  # about 2 s slower (wasm-bindgen unoptimised).
  CARGO_PROFILE_DEV_DEBUG=0 cargo install --debug "$@" "$crate@$version"
}

hearth_cli() {
  "$HEARTH_TARGET/release/hearth" "$@"
}

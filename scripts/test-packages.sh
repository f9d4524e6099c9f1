#!/usr/bin/env bash
# Installs Hearth as a care home would, and checks it: builds the packages (scripts/package.sh),
# installs them with apt, starts the installed app (not target/'s) in a real window with a
# fresh HOME (first run, passphrase, administrator, "Ready" with the packaged model, one
# spoken message kept), then removes the packages and checks the journal is untouched.
# Changes this machine's packages: it is for CI and test machines. Usage: scripts/test-packages.sh
source "$(dirname "$0")/lib.sh"
cd "$HEARTH_ROOT"
packages=(hearth hearth-model-base hearth-model-e5-small)

bash scripts/package.sh
remove() { as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q "${packages[@]}" >/dev/null 2>&1 || true; }
# Whatever happens below, the machine is left without them.
trap remove EXIT

say "installing the packages with apt, as from a USB stick"
started=$(date +%s%N)
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends ./dist/*.deb >/dev/null
say "installed in $((($(date +%s%N) - started) / 1000000)) ms"
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" | grep -q "install ok installed" || die "$p is not installed"
done
[ -x /usr/bin/hearth-app ] || die "the package put no /usr/bin/hearth-app"
ls /usr/share/applications/ | grep -qi hearth || die "the package put no desktop entry"

say "the installed app, with a fresh HOME, in a real window"
bash scripts/virtual-mic.sh
home="$(mktemp -d)"
# The app reaches this session's PulseAudio from its fresh HOME as a person's session would.
PULSE_SERVER="$(pactl info | sed -n 's/^Server String: //p')"
export PULSE_SERVER
[ -f "$HOME/.config/pulse/cookie" ] && export PULSE_COOKIE="$HOME/.config/pulse/cookie"
HEARTH_INSTALLED_HOME="$home" HEARTH_INSTALLED_APP=/usr/bin/hearth-app \
  xvfb-run -a -s "-screen 0 1024x768x24" \
  cargo test --release -q -p hearth-e2e --test e2e installed -- --ignored --test-threads=1

data="$home/.local/share/hearth"
[ -f "$data/journal.sqlite" ] || die "no journal in $data"
# One folder a device: the window's web data is inside Hearth's, none under the app's identifier.
[ -d "$data/webview" ] || die "the window's web data is not in $data/webview"
for other in "$home/.local/share/eu.hearth.app" "$home/.cache/eu.hearth.app"; do
  [ ! -e "$other" ] || die "Hearth made a second data folder: $other"
done
fingerprint() { (cd "$data" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
before="$(fingerprint)"
say "removing the packages: the data folder stays"
remove
trap - EXIT
for p in "${packages[@]}"; do
  if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then die "$p is still installed"; fi
done
[ "$(fingerprint)" = "$before" ] || die "removing the packages changed the data folder"
rm -rf "$home"
say "packages installed, used and removed; the data folder was kept"

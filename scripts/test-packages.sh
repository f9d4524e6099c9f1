#!/usr/bin/env bash
# Installs Hearth as a care home would, and checks it: builds the packages (scripts/package.sh),
# installs them with apt, starts the installed app (not target/'s) in a real window with a
# fresh HOME (first run, passphrase, administrator, "Ready" with the packaged model, one
# spoken message kept); upgrades it with apt and opens the journal the earlier one kept; puts
# the earlier one back and checks it refuses a newer journal; then removes the packages and
# checks the journal is untouched. The earlier package is this one renumbered <version>~earlier
# (a second app build would double the time): the schema steps an upgrade crosses are real,
# the journal put back as an earlier schema left it.
# Changes this machine's packages: it is for CI and test machines. Usage: scripts/test-packages.sh
source "$(dirname "$0")/lib.sh"
cd "$HEARTH_ROOT"
packages=(hearth hearth-model-base hearth-model-e5-small)

bash scripts/package.sh
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)"
app_deb="dist/hearth_${version}_amd64.deb"
earlier_dir="$(mktemp -d)"
earlier_deb="$earlier_dir/hearth_${version}~earlier_amd64.deb"
dpkg-deb -R "$app_deb" "$earlier_dir/root"
sed -i "s/^Version: .*/Version: ${version}~earlier/" "$earlier_dir/root/DEBIAN/control"
dpkg-deb --root-owner-group --build "$earlier_dir/root" "$earlier_deb" >/dev/null
rm -rf "$earlier_dir/root"
installed_version() { dpkg-query -W -f='${Version}' hearth; }
apt_install() { as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends --allow-downgrades "$@" >/dev/null; }
remove() { as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q "${packages[@]}" >/dev/null 2>&1 || true; }
# Whatever happens below, the machine is left without them.
trap remove EXIT

say "installing the packages with apt, as from a USB stick (the app at ${version}~earlier)"
started=$(date +%s%N)
apt_install "$earlier_deb" ./dist/hearth-model-*.deb
say "installed in $((($(date +%s%N) - started) / 1000000)) ms"
[ "$(installed_version)" = "${version}~earlier" ] || die "hearth ${version}~earlier is not the installed version"
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
# One step of tests/e2e/tests/installed.rs, through the installed binary.
installed_step() {
  HEARTH_INSTALLED_HOME="$home" HEARTH_INSTALLED_APP=/usr/bin/hearth-app \
    xvfb-run -a -s "-screen 0 1024x768x24" \
    cargo test --release -q -p hearth-e2e --test e2e "installed::$1" -- --exact --ignored --test-threads=1 --nocapture
}
installed_step the_installed_app_hears_a_resident_and_keeps_the_note

data="$home/.local/share/hearth"
[ -f "$data/journal.sqlite" ] || die "no journal in $data"
# One folder a device: the window's web data is inside Hearth's, none under the app's identifier.
[ -d "$data/webview" ] || die "the window's web data is not in $data/webview"
for other in "$home/.local/share/eu.hearth.app" "$home/.cache/eu.hearth.app"; do
  [ ! -e "$other" ] || die "Hearth made a second data folder: $other"
done
fingerprint() { (cd "$data" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }

say "upgrading to $version with apt, over the earlier package"
before="$(fingerprint)"
started=$(date +%s%N)
apt_install "./$app_deb"
say "upgraded in $((($(date +%s%N) - started) / 1000000)) ms"
[ "$(installed_version)" = "$version" ] || die "the upgrade did not install hearth $version"
[ "$(fingerprint)" = "$before" ] || die "upgrading the package changed the data folder"
installed_step the_upgraded_package_opens_the_journal_the_earlier_one_kept

say "putting the earlier package back over a newer journal"
apt_install "$earlier_deb"
[ "$(installed_version)" = "${version}~earlier" ] || die "the earlier package was not put back"
installed_step the_earlier_package_refuses_a_newer_journal_and_changes_nothing
rm -rf "$(dirname "$earlier_deb")"

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

#!/usr/bin/env bash
# Makes the two earcons in assets/earcons (committed; run again only to change them).
# Soft sine tones, rising for "I'm listening", falling for "I've got it": short, quiet, and
# in a range older ears still hear well (600–900 Hz).
source "$(dirname "$0")/lib.sh"
out="$HEARTH_ROOT/assets/earcons"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
tone() { sox -n -r 22050 -b 16 -c 1 "$tmp/$1.wav" synth "$2" sine "$3" fade q 0.01 "$2" "$4" vol "$5"; }
tone a 0.11 587 0.04 0.35; tone b 0.18 880 0.12 0.35
sox "$tmp/a.wav" "$tmp/b.wav" "$out/listening.wav"
tone c 0.11 880 0.04 0.3; tone d 0.2 659 0.14 0.3
sox "$tmp/c.wav" "$tmp/d.wav" "$out/got-it.wav"
say "earcons written to $out"

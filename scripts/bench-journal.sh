#!/usr/bin/env bash
# The care team's screens on a big journal: the day's board, a resident's timeline and search,
# timed against their targets (30, 30 and 50 ms), then the retention purge on a copy of it,
# then a backup, its check, a restore and an upgrade on a journal of 100,000 notes.
# The journal — 60 residents, 1 million notes over 5 years, signals and caregivers'
# decisions — is generated once (≈ 1.5 min) and kept in the build folder for later runs. Needs only Rust and a C compiler (no model, no window).
source "$(dirname "$0")/lib.sh"
cd "$HEARTH_ROOT"
cargo build --release -q -p hearth-cli
hearth_cli bench-journal --journal "$HEARTH_TARGET/bench-journal-1M.sqlite" "$@"
# Then the retention purge of ~4¾ years of transcripts on a copy of it, with the screens and
# saves timed meanwhile.
hearth_cli bench-purge --journal "$HEARTH_TARGET/bench-journal-1M.sqlite"
# And what an administrator waits for on 100,000 notes: a backup, its check, a restore on an
# empty device, the first open after an upgrade.
hearth_cli bench-backup --journal "$HEARTH_TARGET/bench-journal-100k.sqlite"

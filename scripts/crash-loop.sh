#!/usr/bin/env bash
# Kills a writer with SIGKILL 100 times (seeded: the same seed, the same moments) while it saves
# notes, decisions, passphrase changes and purges into one encrypted journal; after every kill
# the journal must be whole, open with its passphrase and hold every note it confirmed.
# Usage: scripts/crash-loop.sh [KILLS] [SEED]
source "$(dirname "$0")/lib.sh"
cd "$HEARTH_ROOT"
cargo build --release -q -p hearth-cli
hearth_cli crash-loop --kills "${1:-100}" --seed "${2:-1}"

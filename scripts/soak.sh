#!/usr/bin/env bash
# The soak: thousands of spoken check-in turns and free messages through the real recogniser
# into one encrypted journal; prints memory, open files and threads at the start, middle and
# end, and fails on growth past 5 %, a leak, or a note missing. CI runs a short one
# (crates/cli/tests/cli.rs). Usage: scripts/soak.sh [TURNS] [MESSAGES]
source "$(dirname "$0")/lib.sh"
cd "$HEARTH_ROOT"
cargo build --release -q -p hearth-cli
hearth_cli soak --turns "${1:-2000}" --messages "${2:-2000}"

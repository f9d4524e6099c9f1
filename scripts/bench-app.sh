#!/usr/bin/env bash
# Measures the real app (cold start, end of speech → transcript, memory, idle CPU) through
# the virtual microphone, under Xvfb, and prints the figures against the targets.
source "$(dirname "$0")/lib.sh"
bash "$HEARTH_ROOT/scripts/setup.sh" test
cd "$HEARTH_ROOT"
bash scripts/virtual-mic.sh
# Through cargo, which tells it where this clone is (CARGO_MANIFEST_DIR).
xvfb-run -a -s "-screen 0 1024x768x24" cargo run --release -q -p hearth-e2e --bin bench-app

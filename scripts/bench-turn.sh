#!/usr/bin/env bash
# Turn latency: a whole spoken check-in through the real conversation loop, model and
# loudspeaker, answers streamed in real time; prints, per answer, the wait from the end of
# speech to the companion's first word, and the medians against the 0.8 s target.
# On a machine without a sound card the virtual one from the tests is used.
source "$(dirname "$0")/lib.sh"
cd "$HEARTH_ROOT"
bash scripts/setup.sh test
pactl info >/dev/null 2>&1 || bash scripts/virtual-mic.sh
hearth_cli bench-turn "$@"

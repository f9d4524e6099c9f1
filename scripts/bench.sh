#!/usr/bin/env bash
# Speed and memory figures: Hearth against faster-whisper on the same weights and audio.
# faster-whisper 1.2.0 imports requests without declaring it, hence the extra package.
# Needs the test set-up (models, jfk.wav, espeak-ng); makes a throwaway venv for faster-whisper.
source "$(dirname "$0")/lib.sh"
cd "$HEARTH_ROOT"
bash scripts/setup.sh test
venv="$HEARTH_MODELS_DIR/.cache/bench-venv"
if ! "$venv/bin/python" -c "import faster_whisper" 2>/dev/null; then
  say "making a throwaway venv with faster-whisper for comparison"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check faster-whisper==1.2.0 requests
fi
hearth_cli bench --faster-whisper-python "$venv/bin/python" "$@"

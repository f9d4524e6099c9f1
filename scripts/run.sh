#!/usr/bin/env bash
# README command 1: install what is missing, build, and open Hearth's window.
source "$(dirname "$0")/lib.sh"
bash "$HEARTH_ROOT/scripts/setup.sh" run
app="$HEARTH_TARGET/release/hearth-app"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  say "no display here: running Hearth inside a virtual screen (Xvfb)"
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$app" "$@"
fi
exec "$app" "$@"

#!/usr/bin/env bash
# A virtual microphone and loudspeaker for the end-to-end tests and the benchmark: PulseAudio
# with a null sink ("hearth_speaker") whose monitor is remapped as the default source ("hearth_mic").
# ALSA's default device (what cpal opens) then records whatever `paplay` plays into the sink.
# Safe to run again. Usage: scripts/virtual-mic.sh
source "$(dirname "$0")/lib.sh"
command -v pulseaudio >/dev/null 2>&1 || die "pulseaudio is missing: run scripts/setup.sh test"

if ! pactl info >/dev/null 2>&1; then
  # As root PulseAudio warns that it is meant for users; it works, and CI runs as root.
  pulseaudio --start --exit-idle-time=-1 --log-target=stderr 2>/dev/null || true
  for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
  pactl info >/dev/null 2>&1 || die "PulseAudio did not start"
fi
pactl list short sinks | grep -q hearth_speaker ||
  pactl load-module module-null-sink sink_name=hearth_speaker >/dev/null
pactl list short sources | grep -q hearth_mic ||
  pactl load-module module-remap-source master=hearth_speaker.monitor source_name=hearth_mic >/dev/null
# What Hearth itself plays (the companion's voice) goes to a second null sink, "hearth_room":
# the test microphone hears only what a test plays into hearth_speaker, as a device with echo
# cancellation would; hearth_room.monitor records the companion's voice for measuring.
pactl list short sinks | grep -q hearth_room ||
  pactl load-module module-null-sink sink_name=hearth_room >/dev/null
pactl set-default-sink hearth_room
pactl set-default-source hearth_mic
# A null sink with no low-latency client runs in 2-second blocks, so a recording would
# start seconds late; a real microphone does not. One quiet low-latency reader keeps it
# prompt (measured: first audio after 20 ms instead of 1–2 s).
if ! pgrep -f "parec -d hearth_speaker.monitor" >/dev/null; then
  nohup parec -d hearth_speaker.monitor --latency-msec=20 --raw >/dev/null 2>&1 &
fi
say "virtual microphone ready (play into it with: paplay --latency-msec=20 FILE.wav)"

#!/usr/bin/env bash
# Fuzzes what Hearth reads from outside (WAV files, model indexes, ggml headers, lexicons, check-in scripts,
# what residents said, the key box) for SECONDS each (default 600), with cargo-fuzz on the
# nightly toolchain, and prints each target's runs and coverage. A crash leaves its input in
# fuzz/artifacts/TARGET/: copy it into fuzz/regressions/TARGET/, where the stable test suite
# replays it (crates/core/tests/fuzz_regressions.rs), then fix the code.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET…]
source "$(dirname "$0")/lib.sh"
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(wav ctranslate2 ggml_header lexicon script signals key_box)
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
cargo_tool cargo-fuzz 0.13.2 --locked
cd "$HEARTH_ROOT/fuzz"
unset CARGO_TARGET_DIR # the fuzz builds (nightly, instrumented) stay in fuzz/target
for t in "${targets[@]}"; do
  say "fuzzing $t for ${seconds} s"
  mkdir -p "corpus/$t"
  cargo +nightly fuzz run --sanitizer none -O "$t" "corpus/$t" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -print_final_stats=1 2>&1 |
    grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|Done|stat::number_of_executed_units|stat::peak_rss_mb)|panicked|ERROR' || true
done

#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset: clang 14, ASan + UBSan) and runs each for a while on
# a working corpus seeded from the test data. A finding stops that target and leaves its input in
# build-fuzz/findings/TARGET/; turn each one into a regression test in tests/.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 30 s, every target)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_pipeline fuzz_dataset fuzz_corpus fuzz_scripted_rules fuzz_trace_import fuzz_otlp_protobuf fuzz_sse fuzz_json_extract)

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
# Paths relative to the checkout in ccache's keys, so another clone (CI's) reuses what this one compiled.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
# The preset turns precompiled headers off: clang is handed the header's absolute path behind -Xclang,
# which ccache does not make relative, so no other clone (CI's) ever hit the cache (8 minutes of
# compiling per CI run). Without them a file compiles about 10% slower, once.
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)" --target "${targets[@]}"

# Seeds: every file of the test data and the examples that the target's parser reads.
seeds_for() {
  case "$1" in
    fuzz_pipeline) find examples tests/data -name '*pipeline*.json' ;;
    fuzz_dataset) find examples tests/data -name '*.jsonl' ! -path '*/traces/*' ! -path '*/import/*' ;;
    fuzz_corpus) find examples tests/data -name '*corpus*.jsonl' ;;
    fuzz_scripted_rules) find examples tests/data -name '*rules*.json' ;;
    fuzz_trace_import) find tests/data/traces tests/data/import -type f ! -name '*.md' ;;
    fuzz_otlp_protobuf) find fuzz/seeds/otlp-protobuf -type f ;;
    fuzz_sse) find fuzz/seeds/sse -type f ;;
    fuzz_json_extract) find fuzz/seeds/model-replies -type f ;;
  esac
}

failed=0
summary=()
for t in "${targets[@]}"; do
  corpus="build-fuzz/corpus/$t"
  findings="build-fuzz/findings/$t"
  rm -rf "$findings" && mkdir -p "$corpus" "$findings" # findings of earlier runs are regression tests by now
  seeds_for "$t" | while read -r f; do cp "$f" "$corpus/seed-$(basename "$f")"; done
  log="build-fuzz/$t.log"
  # 2 GB memory and 10 s per input at most: more is a finding (quadratic or unbounded work).
  if ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "build-fuzz/fuzz/$t" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/" >"$log" 2>&1; then
    result="no finding"
  else
    result="FINDING (see $log and $findings/)"
    failed=1
  fi
  runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*$' || echo '?')"
  summary+=("$(printf '%-22s %10s runs in %ss, %s' "$t" "$runs" "$seconds" "$result")")
done
printf 'fuzz: %s\n' "${summary[@]}"
exit "$failed"

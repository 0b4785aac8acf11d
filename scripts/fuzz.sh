#!/usr/bin/env bash
# Builds the libFuzzer harnesses (fuzz/build.sh) and runs each for SECONDS (default 20) on a
# scratch copy of its seed corpus, two at a time. Exits non-zero when any target finds a crash;
# the reproducer is left in build-fuzz/findings/<target>/.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${LEXKZ_FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${1:-20}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for f in "$root"/fuzz/*_fuzz.cc; do targets+=("$(basename "$f" .cc)"); done
fi
"$root/fuzz/build.sh" "${targets[@]}"

jobs=${LEXKZ_FUZZ_JOBS:-2}
run_one() {
  local t=$1 name=${1%_fuzz}
  local corpus="$out/corpus/$name" findings="$out/findings/$name"
  mkdir -p "$corpus" "$findings"
  cp -n "$root/fuzz/seeds/$name"/* "$corpus"/ 2>/dev/null || true
  # -rss_limit_mb: the harnesses are small; a blow-up past 2 GB is a finding.
  if "$out/fuzz/$t" "$corpus" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 \
      -max_len=65536 -artifact_prefix="$findings/" -print_final_stats=1 \
      >"$out/findings/$name.log" 2>&1; then
    echo "fuzz: $t ok: $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/findings/$name.log" | grep -o '[0-9]*$') runs in ${seconds}s"
  else
    echo "fuzz: $t FAILED — see $out/findings/$name.log"
    tail -40 "$out/findings/$name.log"
    return 1
  fi
}
status=0
pids=()
for t in "${targets[@]}"; do
  run_one "$t" & pids+=($!)
  if [ ${#pids[@]} -ge "$jobs" ]; then wait "${pids[0]}" || status=1; pids=("${pids[@]:1}"); fi
done
for p in "${pids[@]}"; do wait "$p" || status=1; done
exit $status

#!/usr/bin/env bash
# Builds lexkz and every test with AddressSanitizer + UndefinedBehaviorSanitizer into
# build-asan/ (-DLEXKZ_SANITIZE=ON) and runs the whole test suite there. Any ASan report or
# UBSan finding aborts the test that hit it, so ctest fails.
# Usage: scripts/sanitize.sh [ctest args...]   (LEXKZ_ASAN_BUILD_DIR overrides the folder)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LEXKZ_ASAN_BUILD_DIR:-$root/build-asan}
"$root/scripts/deps.sh"
# RelWithDebInfo keeps -O2 so the suite runs in minutes; -fno-omit-frame-pointer comes with the option.
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEXKZ_SANITIZE=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
cd "$build"
# halt_on_error: UBSan only prints by default; a finding must fail the test.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1}
# The browser and load tests of `lexkz serve` (labels browser, load) are left out: they
# measure and drive the program from outside, and ASan's quarantine would fail the load
# test's flat-memory check by design; the server's own end-to-end test (cli_serve_test)
# runs here.
ctest --output-on-failure -j"$(nproc)" --timeout 1500 -LE 'browser|load' "$@"

#!/usr/bin/env bash
# Configures and builds lexkz into ./build (Release with debug info). Extra arguments go
# to cmake's configure step, e.g. scripts/build.sh -DLEXKZ_SANITIZE=ON.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LEXKZ_BUILD_DIR:-$root/build}
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"

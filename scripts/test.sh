#!/usr/bin/env bash
# The second command: installs what is missing, builds, and runs the whole test suite.
# Tests that need ../shared (real corpora, the labelled passages) skip when it is absent.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/web-deps.sh"
"$root/scripts/build.sh" "$@"
cd "${LEXKZ_BUILD_DIR:-$root/build}"
ctest --output-on-failure -j"$(nproc)"

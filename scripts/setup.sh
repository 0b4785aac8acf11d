#!/usr/bin/env bash
# The first command for a newcomer: installs what is missing, builds, and runs lexkz's
# main job on the bundled sample corpus (corpora/).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
exec "$root/scripts/demo.sh"

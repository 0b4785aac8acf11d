#!/usr/bin/env bash
# The browser test's Node package (playwright-core, pinned in tests/web/package-lock.json):
# `npm ci` when tests/web/node_modules is missing. Chromium itself is a Debian package
# (scripts/packages.txt). Does nothing when node is absent: the browser test then skips.
set -euo pipefail
web=$(cd "$(dirname "$0")/../tests/web" && pwd)
[[ -d "$web/node_modules/playwright-core" ]] && exit 0
if ! command -v npm >/dev/null; then
  echo "lexkz: npm not found; the browser test will be skipped" >&2
  exit 0
fi
echo "lexkz: installing the browser test's node packages (npm ci in tests/web)" >&2
(cd "$web" && npm ci --no-audit --no-fund --loglevel=error)

#!/usr/bin/env bash
# The browser test as ctest runs it: index the sample corpus plus the hostile passage,
# start `lexkz serve` on a free loopback port, run the node script against it, stop the
# server. Exit 77 (ctest: skipped) only when chromium or tests/web/node_modules is absent;
# scripts/test.sh installs both (scripts/deps.sh, scripts/web-deps.sh).
# Usage: run_browser_test.sh LEXKZ_BINARY SOURCE_DIR SCREENSHOT_DIR
set -euo pipefail
lexkz=$1 src=$2 shots=$3
web="$src/tests/web"
chromium=${LEXKZ_CHROMIUM:-/usr/bin/chromium}
if [[ ! -x "$chromium" ]]; then echo "SKIP: $chromium is not installed (apt-get install chromium)"; exit 77; fi
if [[ ! -d "$web/node_modules/playwright-core" ]]; then echo "SKIP: run scripts/web-deps.sh (npm ci in tests/web)"; exit 77; fi
if ! command -v node >/dev/null; then echo "SKIP: node is not installed"; exit 77; fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/lexkz-browser-XXXXXX")
server=""
cleanup() {
  if [[ -n "$server" ]]; then kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
"$lexkz" index --db "$tmp/db" "$src/corpora" "$src/tests/data/serve" 2>"$tmp/index.log"
"$lexkz" serve --db "$tmp/db" --bind 127.0.0.1:0 --threads 4 2>"$tmp/serve.log" &
server=$!
port=""
for _ in $(seq 100); do
  port=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$tmp/serve.log")
  [[ -n "$port" ]] && break
  sleep 0.1
done
if [[ -z "$port" ]]; then echo "lexkz serve did not start:"; cat "$tmp/serve.log"; exit 1; fi
node "$web/serve_browser_test.mjs" "http://127.0.0.1:$port" "$shots"

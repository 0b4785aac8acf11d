#!/usr/bin/env bash
# Runs lexkz on the sample corpus: what the tool does, in a minute.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lexkz=${LEXKZ_BUILD_DIR:-$root/build}/lexkz
echo "== lexkz analyze --lang kk: Kazakh inflections and Latin spelling meet"
"$lexkz" analyze --lang kk "кемсітушілікке кемсітушілік kemsitushilik құқығы құқықтарының"
echo "== lexkz analyze: Russian, language detected"
"$lexkz" analyze "Дискриминацией признаётся любое различие"
echo "== lexkz analyze --format jsonl on a sample statute's first lines"
head -n 3 "$root/corpora/statute-gender-equality.kk.txt" | "$lexkz" analyze --format jsonl - | head -n 5

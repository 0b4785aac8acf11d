#!/usr/bin/env bash
# lexkz's main job on the bundled sample corpus: index corpora/, then search it the way a
# researcher would. The index goes to ./lexkz-index (or $LEXKZ_DB).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lexkz=${LEXKZ_BUILD_DIR:-$root/build}/lexkz
db=${LEXKZ_DB:-$root/lexkz-index}
run() { echo; echo "\$ lexkz $*"; "$lexkz" "$@"; }

run index --db "$db" --jobs 2 "$root/corpora"
run stats --db "$db"
run analyze --lang kk "кемсітушілікке kemsitushilik құқығы"
run search --db "$db" --limit 3 домогательство
run search --db "$db" --limit 3 kemsitushilik
run search --db "$db" --limit 3 --facets '"сексуальное домогательство"'
run search --db "$db" --limit 3 --format jsonl 'кемсітушілік NOT тыйым'

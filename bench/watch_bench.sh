#!/usr/bin/env bash
# Saved searches over new documents (issue 13): `lexkz watch` with 1,000 saved searches
# against what it must beat, measured in the same run on the same corpus:
#   (a) lexkz index --jobs J CORPUS                  the nightly indexing alone
#   (b) lexkz watch --jobs J --queries LIST CORPUS   indexing into batch databases + 1,000 searches
#   (c) the naive way: (a), then 1,000 × lexkz search --limit 100000 QUERY on that index
# and prints watch/index and naive/watch. The list is bench/make_watch_list.py's (fixed seed).
#
#   bench/watch_bench.sh [CORPUS_DIR]      default ../shared/corpora (50 MB)
#
# Environment: LEXKZ (binary, default build/lexkz), OUT (work dir, default
# /tmp/lexkz-watch-bench; wiped), N (saved searches, 1000), JOBS (2).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CORPUS=$(cd "${1:-$ROOT/../shared/corpora}" && pwd)
LEXKZ=${LEXKZ:-$ROOT/build/lexkz}
OUT=${OUT:-/tmp/lexkz-watch-bench}
N=${N:-1000}
JOBS=${JOBS:-2}

rm -rf "$OUT" && mkdir -p "$OUT"
python3 "$ROOT/bench/make_watch_list.py" "$CORPUS" "$N" >"$OUT/searches.tsv"
find "$CORPUS" -type f -exec cat {} + >/dev/null  # page cache warm for all three alike

now() { date +%s.%N; }
# CPU seconds (user + sys) of finished children, so a loaded machine shows too.
cpu() { awk '{ print $14 + $15 + $16 + $17 }' /proc/$$/stat | awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", $1 / hz }'; }

t0=$(now); c0=$(cpu)
"$LEXKZ" index --jobs "$JOBS" --db "$OUT/db" "$CORPUS" 2>"$OUT/index.err"
t1=$(now); c1=$(cpu)
"$LEXKZ" watch --jobs "$JOBS" --queries "$OUT/searches.tsv" "$CORPUS" >"$OUT/watch.jsonl" 2>"$OUT/watch.err"
t2=$(now); c2=$(cpu)
: >"$OUT/naive.jsonl"
while IFS=$'\t' read -r id query; do
  "$LEXKZ" search --db "$OUT/db" --format jsonl --limit 100000 -- "$query" >>"$OUT/naive.jsonl" 2>>"$OUT/naive.err"
done <"$OUT/searches.tsv"
t3=$(now); c3=$(cpu)

awk -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" -v ca="$c0" -v cb="$c1" -v cc="$c2" -v cd="$c3" \
    -v mb="$(sed -n 's/.* \([0-9.]*\) MB in .*/\1/p' "$OUT/index.err")" \
    -v lines="$(wc -l <"$OUT/watch.jsonl")" -v naive_lines="$(wc -l <"$OUT/naive.jsonl")" -v n="$N" 'BEGIN {
  index_s = b - a; watch_s = c - b; search_s = d - c; naive_s = index_s + search_s
  index_c = cb - ca; watch_c = cc - cb; naive_c = index_c + (cd - cc)
  printf "corpus %s MB, %d saved searches, %d matches (naive: %d hits)\n", mb, n, lines, naive_lines
  printf "                      wall s   cpu s\n"
  printf "(a) index            %7.1f %7.1f\n", index_s, index_c
  printf "(b) watch            %7.1f %7.1f\n", watch_s, watch_c
  printf "(c) naive            %7.1f %7.1f   (index + %d searches: %.1f s)\n", naive_s, naive_c, n, search_s
  printf "watch / index        %7.2f %7.2f\n", watch_s / index_s, watch_c / index_c
  printf "naive / watch        %7.2f %7.2f\n", naive_s / watch_s, naive_c / watch_c
}'

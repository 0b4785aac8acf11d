#!/usr/bin/env bash
# PDF extraction against pdftotext, and OCR speed and word recall (issue 10), on PDFs set
# from the real corpora by corpora/make/pdf_samples.py (reportlab, DejaVu Serif 11 pt, A4).
#
#   bench/pdf_bench.sh            PDFs and results under bench/out/pdf (git-ignored)
#
# Environment: BUILD (default build), SHARED (default ../shared/corpora), ROUNDS (3),
# OCR_PAGES (3 per language). Compare ratios, not absolute times: the machines are noisy.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$ROOT/build}
SHARED=${SHARED:-$ROOT/../shared/corpora}
OUT=$ROOT/bench/out/pdf
[[ -d "$SHARED" ]] || { echo "pdf_bench.sh: $SHARED missing" >&2; exit 2; }
cmake --build "$BUILD" -j2 --target pdf_bench >/dev/null
mkdir -p "$OUT"
# A Kazakhstan code in Russian (1.4 MB of text) and one law in both languages.
texts=("$SHARED/kz_codes_ru/K2000000360.ru.txt" "$SHARED/kz_laws_parallel/Z090000214_.ru.txt"
       "$SHARED/kz_laws_parallel/Z090000214_.kk.txt" "$SHARED/kz_laws_parallel/K950001000_.kk.txt")
missing=()
for t in "${texts[@]}"; do
  n=$(basename "$t" .txt); [[ -f "$OUT/$n.pdf" ]] || missing+=("$t")
done
if ((${#missing[@]})); then
  echo "pdf_bench.sh: setting ${#missing[@]} PDFs in $OUT" >&2
  /usr/bin/python3 "$ROOT/corpora/make/pdf_samples.py" --bench "$OUT" "${missing[@]}"
fi
echo "== extraction (text layer), best of ${ROUNDS:-3} rounds"
"$BUILD/pdf_bench" extract "${ROUNDS:-3}" "$OUT"/*.pdf
echo "== OCR at 300 dpi, one engine on one thread (kaz+rus), first ${OCR_PAGES:-3} pages"
"$BUILD/pdf_bench" ocr "${OCR_PAGES:-3}" "$OUT/Z090000214_.ru.pdf" "$OUT/Z090000214_.kk.pdf" "$OUT/K950001000_.kk.pdf"

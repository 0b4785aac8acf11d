#pragma once
// Printers for `lexkz search` (ripgrep's Sink: begin / hit / end). The printer owns the
// output format entirely.
//
// JSONL schema: one line per hit, then (with --facets) one facets line.
//   Hit line:
//     rank     int     1-based rank over the whole result list (--offset included)
//     doc      string  the document id given at indexing
//     passage  int     0-based number of the passage within its document
//     cite     string  human citation: "Статья 14, п. 2", "14-бап, 2-тармақ", "абз. 3"
//     title    string  document title ("" when none)
//     lang     string  passage language "ru" / "kk" ("" when undecided)
//     type     string  statute, ruling, transcript, convention, other
//     score    number  BM25 weight (0 for filter-only queries)
//     snippet  string  passage text around the matches, each match wrapped in
//                      "[[" and "]]"; "…" where text was cut
//     marks    array   [[start, end], …] byte offsets of the matches in the plain
//                      snippet (without the brackets), half-open
//     tags     array   tag names (TAGS.md), sorted
//     start, end int   byte offsets of the passage in the document text, half-open
//     date     string  YYYY-MM-DD adoption/decision date, "" when unknown
//     number   string  act or case number as printed ("№ 403-V", "N 63-ФЗ"), "" when unknown
//     status   string  "in_force", "lost_force", "not_in_force", "" when unknown
//     version  string  YYYY-MM-DD of the edition, "" when unknown
//     source   string  URL or path of the document ("" only for JSONL read from stdin)
//     page     int     1-based page the passage starts on, 0 when the source has no pages
//     ocr      bool    the passage was read by OCR
//     ocr_confidence number  mean OCR word confidence 0–100; only present when ocr is true
//   (the metadata fields date … ocr_confidence come from cli/json_line.h
//    add_passage_metadata, shared by every printer)
//   Facets line (last): {"facets": {"lang": {"ru": 12, …}, "type": {…}, "tag": {…}},
//                        "total": estimated number of matching passages}
// New fields may be added; existing ones keep their meaning. Example:
//   {"rank":1,"doc":"labour-code.ru.txt","passage":12,"cite":"Статья 6, п. 2",
//    "title":"Трудовой кодекс","lang":"ru","type":"statute","score":7.31,
//    "snippet":"…запрещается [[дискриминация]] в сфере труда…","marks":[[35,61]],
//    "tags":["discrimination"],"start":5120,"end":5398,"date":"2015-11-23",
//    "number":"№ 414-V ҚРЗ","status":"in_force","version":"2024-01-01",
//    "source":"codes/labour-code.ru.txt","page":0,"ocr":false}
#include <memory>
#include <ostream>

#include "query/searcher.h"

namespace lexkz::cli {

/// Receives a search's results in order.
class HitPrinter {
 public:
  virtual ~HitPrinter() = default;
  /// Before the first hit.
  virtual void begin(const query::SearchResult& result) = 0;
  /// One hit.
  virtual void hit(const query::Hit& hit) = 0;
  /// After the last hit.
  virtual void end(const query::SearchResult& result) = 0;
};

/// `--format jsonl` (schema above).
std::unique_ptr<HitPrinter> make_jsonl_hit_printer(std::ostream& out, bool facets);

/// `--format text`: cite, document, snippet; colour when `colour` (a terminal).
std::unique_ptr<HitPrinter> make_text_hit_printer(std::ostream& out, bool facets, bool colour);

}  // namespace lexkz::cli

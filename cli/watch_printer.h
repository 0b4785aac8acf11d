#pragma once
// Output of `lexkz watch` and `lexkz index --watch`: one line per (saved search, matching
// passage). The formatters append to a string because the watcher formats on worker
// threads and prints each batch whole, in input order (query/watcher.h).
//
// JSONL schema: one object per match; the fields after "query" mean what they mean in
// `search`'s hits (cli/hit_printer.h), which has the same fields plus rank and score (a
// saved search is not ranked: matches come in input order, passage by passage, and the
// searches matching one passage in the order of the file).
//     query    string  the saved search's ID (the first column of its line)
//     doc      string  the document id (as `index` gives it)
//     passage  int     0-based number of the passage within its document
//     cite     string  human citation: "Статья 14, п. 2", "14-бап, 2-тармақ", "абз. 3"
//     title    string  document title ("" when none)
//     lang     string  passage language "ru" / "kk" ("" when undecided)
//     type     string  statute, ruling, transcript, convention, other
//     snippet  string  passage text around the matches, each wrapped in "[[" "]]"
//     marks    array   [[start, end], …] byte offsets of the matches in the plain snippet
//     tags     array   tag names (TAGS.md), sorted
//     start, end int   byte offsets of the passage in the document text, half-open
//     date     string  YYYY-MM-DD or ""
//     number, status, version, source, page, ocr (, ocr_confidence)
//              the document metadata, as in search's hits (cli/json_line.h)
// New fields may be added; existing ones keep their meaning. Example:
//   {"query":"harassment-at-work","doc":"ruling-17.ru.txt","passage":3,"cite":"абз. 4",
//    "title":"","lang":"ru","type":"ruling","snippet":"…[[домогательства]] со стороны
//    [[работодателя]]…","marks":[[3,31],[48,72]],"tags":["sexual_harassment"],
//    "start":1022,"end":1388,"date":"2026-11-02","number":"","status":"","version":"",
//    "source":"","page":0,"ocr":false}
#include <string>

#include "query/saved_searches.h"
#include "query/searcher.h"

namespace lexkz::cli {

/// Appends one JSONL line (schema above).
void format_match_jsonl(const query::SavedSearch& search, const query::Hit& hit, std::string& out);

/// Appends the text form for people: "ID  cite  doc — title  [lang type tags]" and the
/// snippet with matches in [[ ]] on the next line.
void format_match_text(const query::SavedSearch& search, const query::Hit& hit, std::string& out);

}  // namespace lexkz::cli

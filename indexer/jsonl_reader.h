#pragma once
// JSONL records → Documents (DESIGN.md `index`): one JSON object per line,
// {"id", "text", "lang"?, "type"?, "title"?, "date"? (YYYY-MM-DD), "source"?, "number"?,
// "status"? (in_force | lost_force | not_in_force), "version"? (YYYY-MM-DD)}.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "indexer/document.h"

namespace lexkz::indexer {

/// The result of parsing one line: a document, or the reason it was rejected.
struct JsonlRecord {
  std::optional<Document> document;  ///< set when the line is a valid record
  std::string error;                 ///< why not, when it is not (empty for blank lines)
};

/// Parses one JSONL line. Blank lines yield neither a document nor an error. Rejects
/// broken JSON, a missing or non-string or empty "id", a non-string or empty "text",
/// invalid UTF-8, an unknown "type", "lang" or "status", and a "date" or "version" that is
/// not YYYY-MM-DD.
/// `path` becomes the document's path; `default_type` / `default_lang` fill absent fields.
JsonlRecord parse_jsonl_line(std::string_view line, const std::string& path,
                             const std::optional<std::string>& default_type,
                             const std::optional<std::string>& default_lang);

/// True for "YYYY-MM-DD" with a month 01–12 and a day 01–31.
bool is_iso_date(std::string_view s);

}  // namespace lexkz::indexer

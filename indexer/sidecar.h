#pragma once
// Sidecar metadata: `NAME.meta.json` beside a file (for `ruling.pdf` both
// `ruling.pdf.meta.json` and `ruling.meta.json` are looked for, in that order) gives the
// document's metadata by hand. It is the strongest source (issue 10): it overrides what
// document properties, JSONL fields and the opening lines say. A sidecar is never indexed
// as a document itself.
//
// Format: one JSON object with any of the string fields
//   title, number, date (YYYY-MM-DD), status (in_force | lost_force | not_in_force),
//   version (YYYY-MM-DD), source, lang (ru | kk), type (statute | ruling | transcript |
//   convention | other)
// null means "not given". Any other key, a wrong type or value is an error: the document
// is rejected (`sidecar-path: reason`), since a typo ("staus") would otherwise be lost
// without a word.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/document.h"

namespace lexkz::indexer {

/// The fields a sidecar gives; unset when absent or null.
struct Sidecar {
  std::optional<std::string> title, number, date, status, version, source, lang, type;
};

/// Parses a sidecar's bytes; nullopt with a one-line `*error` when it is not valid.
std::optional<Sidecar> parse_sidecar(std::string_view json, std::string* error);

/// Overrides the fields of `doc` that `sidecar` gives.
void apply_sidecar(const Sidecar& sidecar, Document& doc);

/// The sidecar paths to look for beside `path`, strongest first:
/// "dir/ruling.pdf" → {"dir/ruling.pdf.meta.json", "dir/ruling.meta.json"}.
std::vector<std::string> sidecar_paths(const std::string& path);

/// True for a path that names a sidecar ("….meta.json"); such files are never documents.
bool is_sidecar_path(std::string_view path);

/// True for the statuses of the contract: in_force, lost_force, not_in_force.
bool is_known_status(std::string_view status);

}  // namespace lexkz::indexer

#pragma once
// What every JSONL printer shares: one object per line, and the fields that name a passage.
#include <ostream>

#include <nlohmann/json.hpp>

#include "indexer/passage_record.h"

namespace lexkz::cli {

/// Writes `j` as one line. Text inside is valid UTF-8 (decoded at the edge); should a bad
/// byte slip through, it is replaced rather than ending the run with an exception.
inline void write_json_line(std::ostream& out, const nlohmann::ordered_json& j) {
  out << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

/// The fields by which `search` and `define` name a passage, in the contract's order:
/// doc, passage, cite, title, lang, type.
inline void put_passage_fields(nlohmann::ordered_json& j, const indexer::PassageRecord& r) {
  j["doc"] = r.doc;
  j["passage"] = r.ordinal;
  j["cite"] = r.cite;
  j["title"] = r.title;
  j["lang"] = r.lang;
  j["type"] = r.type;
}

}  // namespace lexkz::cli

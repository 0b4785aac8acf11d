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

/// The document metadata of a passage (issue 10), in this order — every printer that
/// describes a passage calls this one function (search, define, tag, and the server and
/// saved searches), so the fields read the same everywhere:
///   date            string  YYYY-MM-DD adoption/decision date, "" when unknown
///   number          string  the act's or case's number as printed ("№ 403-V", "N 63-ФЗ",
///                           "№ 2-1234/2023"), "" when unknown
///   status          string  "in_force", "lost_force", "not_in_force", "" when unknown
///   version         string  YYYY-MM-DD of the edition, "" when unknown
///   source          string  URL or path the document came from ("" only for stdin)
///   page            int     1-based page the passage starts on; 0 when the source has no
///                           pages (.txt, .html, .jsonl, DOCX)
///   ocr             bool    the passage's text was recognised by OCR
///   ocr_confidence  number  mean OCR word confidence 0–100; present only when ocr is true
inline void add_passage_metadata(nlohmann::ordered_json& j, const indexer::PassageRecord& r) {
  j["date"] = r.date;
  j["number"] = r.number;
  j["status"] = r.status;
  j["version"] = r.version;
  j["source"] = r.source;
  j["page"] = r.page;
  j["ocr"] = r.ocr;
  if (r.ocr) j["ocr_confidence"] = r.ocr_confidence;
}

}  // namespace lexkz::cli

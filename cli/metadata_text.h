#pragma once
// The short form of a passage's document metadata for the text printers: what a reader
// needs to judge a hit at a glance (which act, of when, still in force?).
#include <string>

#include "indexer/passage_record.h"

namespace lexkz::cli {

/// "№ 403-V · 2015-11-16 · lost_force · ed. 2024-01-01 · p. 4 · ocr"; each part only when
/// known; "" when nothing is.
inline std::string metadata_brief(const indexer::PassageRecord& r) {
  std::string out;
  auto add = [&out](const std::string& part) {
    if (part.empty()) return;
    if (!out.empty()) out += " · ";
    out += part;
  };
  add(r.number);
  add(r.date);
  add(r.status);
  if (!r.version.empty()) add("ed. " + r.version);
  if (r.page > 0) add("p. " + std::to_string(r.page));
  if (r.ocr) add("ocr");
  return out;
}

}  // namespace lexkz::cli

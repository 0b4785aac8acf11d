#include "indexer/passage_record.h"

#include <stdexcept>

#include <nlohmann/json.hpp>

namespace lexkz::indexer {

using nlohmann::json;

std::string encode_record(const PassageRecord& r) {
  json defs = json::array();
  for (const DefinitionSpan& d : r.definitions)
    defs.push_back({{"tag", d.tag}, {"term", d.term}, {"start", d.start}, {"end", d.end}});
  json j = {{"doc", r.doc},   {"ordinal", r.ordinal}, {"cite", r.cite}, {"title", r.title},
            {"type", r.type}, {"lang", r.lang},       {"kind", r.kind}, {"date", r.date},
            {"text", r.text}, {"start", r.start},     {"end", r.end},   {"tags", r.tags},
            {"defs", defs}};
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

PassageRecord decode_record(const std::string& data) {
  json j = json::parse(data, nullptr, false);
  if (j.is_discarded() || !j.is_object()) throw std::runtime_error("index holds a passage that is not a lexkz record");
  PassageRecord r;
  r.doc = j.value("doc", "");
  r.ordinal = j.value("ordinal", std::size_t{0});
  r.cite = j.value("cite", "");
  r.title = j.value("title", "");
  r.type = j.value("type", "");
  r.lang = j.value("lang", "");
  r.kind = j.value("kind", "");
  r.date = j.value("date", "");
  r.text = j.value("text", "");
  r.start = j.value("start", std::size_t{0});
  r.end = j.value("end", std::size_t{0});
  if (j.contains("tags")) r.tags = j["tags"].get<std::vector<std::string>>();
  if (j.contains("defs"))
    for (const json& d : j["defs"])
      r.definitions.push_back({d.value("tag", ""), d.value("term", ""), d.value("start", std::size_t{0}),
                               d.value("end", std::size_t{0})});
  return r;
}

}  // namespace lexkz::indexer

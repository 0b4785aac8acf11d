#include "indexer/passage_record.h"

#include <stdexcept>

#include <nlohmann/json.hpp>

namespace lexkz::indexer {

using nlohmann::json;

// The record is a MessagePack array in a fixed field order: a third of the size of a
// keyed JSON object, and it is stored once per passage (bench/README.md: stored text was
// the second largest table). Field order: doc, ordinal, cite, title, type, lang, kind,
// date, text, start, end, tags, defs (each [tag, term, start, end]), mode.
std::string encode_record(const PassageRecord& r, const RecordCodec& codec) {
  json defs = json::array();
  for (const DefinitionSpan& d : r.definitions) defs.push_back(json::array({d.tag, d.term, d.start, d.end}));
  json j = json::array({r.doc, r.ordinal, r.cite, r.title, r.type, r.lang, r.kind, r.date, r.text, r.start,
                        r.end, r.tags, defs, r.mode});
  std::vector<std::uint8_t> bytes = json::to_msgpack(j);
  return codec.compress(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

PassageRecord decode_record(const std::string& data, const RecordCodec& codec) {
  json j = json::from_msgpack(codec.decompress(data), true, false);
  if (j.is_discarded() || !j.is_array() || j.size() != 14) throw std::runtime_error("index holds a passage that is not a lexkz record");
  PassageRecord r;
  try {
    r.doc = j[0].get<std::string>();
    r.ordinal = j[1].get<std::size_t>();
    r.cite = j[2].get<std::string>();
    r.title = j[3].get<std::string>();
    r.type = j[4].get<std::string>();
    r.lang = j[5].get<std::string>();
    r.kind = j[6].get<std::string>();
    r.date = j[7].get<std::string>();
    r.text = j[8].get<std::string>();
    r.start = j[9].get<std::size_t>();
    r.end = j[10].get<std::size_t>();
    r.tags = j[11].get<std::vector<std::string>>();
    for (const json& d : j[12])
      r.definitions.push_back({d.at(0).get<std::string>(), d.at(1).get<std::string>(), d.at(2).get<std::size_t>(),
                               d.at(3).get<std::size_t>()});
    r.mode = j[13].get<std::string>();
  } catch (const json::exception&) {
    throw std::runtime_error("index holds a passage that is not a lexkz record");
  }
  return r;
}

}  // namespace lexkz::indexer

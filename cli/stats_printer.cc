#include "cli/stats_printer.h"

namespace lexkz::cli {

nlohmann::ordered_json stats_json(const query::IndexStats& s) {
  nlohmann::ordered_json j;
  j["documents"] = s.documents;
  j["passages"] = s.passages;
  j["lang"] = s.langs;
  j["type"] = s.types;
  j["kind"] = s.kinds;
  j["tag"] = s.tags;
  j["defines"] = s.defines;
  j["status"] = s.statuses;
  j["dated"] = s.dated;
  j["undated"] = s.undated;
  return j;
}

}  // namespace lexkz::cli

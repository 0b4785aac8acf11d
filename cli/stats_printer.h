#pragma once
// The `stats --format json` object, shared by the CLI and the server's /api/stats.
//   {"documents": N, "passages": N, "lang": {"ru": N, …}, "type": {…}, "kind": {…},
//    "tag": {…}, "defines": {…}}
#include <nlohmann/json.hpp>

#include "query/index_stats.h"

namespace lexkz::cli {

/// The JSON object of an index's statistics (schema above).
nlohmann::ordered_json stats_json(const query::IndexStats& stats);

}  // namespace lexkz::cli

#pragma once
// GET /: what the index holds (documents, passages, per language, type, tag) and
// example searches to start from.
#include <string>

#include "query/index_stats.h"
#include "server/ui_text.h"

namespace lexkz::server {

/// The body of the start page.
std::string start_body(const query::IndexStats& stats, Ui ui);

}  // namespace lexkz::server

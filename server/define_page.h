#pragma once
// GET /define?term=…: the comparative table of a term's definitions in both languages
// (term as written, the definition clause, cite, document, number, date, status, a link
// to the passage), and the same table as CSV for an explanatory note.
#include <string>
#include <vector>

#include "concepts/definition_finder.h"
#include "server/ui_text.h"

namespace lexkz::server {

/// The body of the define page; `term` as asked.
std::string define_body(const std::string& term, const std::vector<concepts::DefinitionHit>& hits, Ui ui);

/// The table as CSV (BOM, header row, one row per definition); passage links are made
/// absolute with `base` ("http://host:port"), or left site-relative when it is empty.
std::string define_csv(const std::vector<concepts::DefinitionHit>& hits, Ui ui, const std::string& base);

/// The define form (term box and button), also on the start page.
std::string define_form_html(const std::string& term, Ui ui);

}  // namespace lexkz::server

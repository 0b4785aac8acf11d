#include "cli/watch_printer.h"

#include "cli/hit_printer.h"
#include "cli/json_line.h"

namespace lexkz::cli {

void format_match_jsonl(const query::SavedSearch& search, const query::Hit& hit, std::string& out) {
  nlohmann::ordered_json j;
  j["query"] = search.id;
  put_passage_fields(j, hit.record);
  put_hit_fields(j, hit);
  out += j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  out += '\n';
}

void format_match_text(const query::SavedSearch& search, const query::Hit& hit, std::string& out) {
  const indexer::PassageRecord& r = hit.record;
  out += search.id + "  " + (r.cite.empty() ? "—" : r.cite) + "  " + r.doc;
  if (!r.title.empty()) out += " — " + r.title;
  out += "  [" + r.lang + ' ' + r.type;
  for (const std::string& t : r.tags) out += ' ' + t;
  out += "]\n   " + query::render_marked(hit.snippet, "[[", "]]") + "\n";
}

}  // namespace lexkz::cli

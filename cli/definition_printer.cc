#include "cli/definition_printer.h"

#include "cli/json_line.h"
#include "cli/metadata_text.h"

namespace lexkz::cli {

nlohmann::ordered_json definition_json(const concepts::DefinitionHit& h) {
  const indexer::PassageRecord& r = h.record;
  nlohmann::ordered_json j;
  j["rank"] = h.rank;
  put_passage_fields(j, r);
  if (h.tag.empty()) j["tag"] = nullptr;
  else j["tag"] = h.tag;
  j["term"] = h.term;
  j["term_start"] = h.term_start;
  j["term_end"] = h.term_end;
  j["defines_term"] = h.defines_term;
  j["definition"] = r.text;
  j["start"] = r.start;
  j["end"] = r.end;
  add_passage_metadata(j, r);
  return j;
}

void print_definitions_jsonl(std::ostream& out, const std::vector<concepts::DefinitionHit>& hits) {
  for (const concepts::DefinitionHit& h : hits) write_json_line(out, definition_json(h));
}

void print_definitions_text(std::ostream& out, const std::vector<concepts::DefinitionHit>& hits, bool colour) {
  const char* bold = colour ? "\033[1m" : "";
  const char* mark = colour ? "\033[1;31m" : "[[";
  const char* unmark = colour ? "\033[0m" : "]]";
  const char* reset = colour ? "\033[0m" : "";
  for (const concepts::DefinitionHit& h : hits) {
    const indexer::PassageRecord& r = h.record;
    out << bold << h.rank << ". " << r.cite << reset << "  " << r.doc;
    if (!r.title.empty()) out << " — " << r.title;
    if (const std::string meta = metadata_brief(r); !meta.empty()) out << "  (" << meta << ')';
    out << "  [" << r.lang << (h.tag.empty() ? "" : " " + h.tag) << "]\n   ";
    // The defined term marked inside the definition text.
    std::size_t b = h.term_start - r.start, e = h.term_end - r.start;
    if (b <= e && e <= r.text.size())
      out << r.text.substr(0, b) << mark << r.text.substr(b, e - b) << unmark << r.text.substr(e);
    else
      out << r.text;
    out << "\n";
  }
}

}  // namespace lexkz::cli

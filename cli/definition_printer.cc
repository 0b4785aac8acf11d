#include "cli/definition_printer.h"

#include "cli/json_line.h"
#include "cli/metadata_text.h"

namespace lexkz::cli {
namespace {

// The passage up to the end of its definition clause (an offence's sanction left out).
std::string_view clause(const concepts::DefinitionHit& h) {
  const std::string& text = h.record.text;
  if (h.clause_end <= h.record.start || h.clause_end - h.record.start > text.size()) return text;
  return std::string_view(text).substr(0, h.clause_end - h.record.start);
}

}  // namespace

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
  j["definition"] = clause(h);
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
    const std::string_view text = clause(h);
    std::size_t b = h.term_start - r.start, e = h.term_end - r.start;
    if (b <= e && e <= text.size())
      out << text.substr(0, b) << mark << text.substr(b, e - b) << unmark << text.substr(e);
    else
      out << text;
    out << "\n";
  }
}

}  // namespace lexkz::cli

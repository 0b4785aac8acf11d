#include "cli/tag_printer.h"

#include <algorithm>

#include "cli/json_line.h"
#include "cli/metadata_text.h"

namespace lexkz::cli {

void print_tagged_jsonl(std::ostream& out, const TaggedPassage& p) {
  const indexer::Passage& ps = *p.passage;
  nlohmann::ordered_json j;
  j["doc"] = ps.doc;
  j["passage"] = p.ordinal;
  j["cite"] = ps.cite;
  j["start"] = ps.start;
  j["end"] = ps.end;
  j["lang"] = std::string(text::lang_code(p.lang));
  j["tags"] = p.tags->tags;
  j["definitions"] = nlohmann::ordered_json::array();
  for (const concepts::Definition& d : p.tags->definitions)
    j["definitions"].push_back(
        {{"tag", d.tag}, {"term", d.term}, {"start", ps.start + d.start}, {"end", ps.start + d.end}});
  if (p.metadata) {
    j["title"] = p.metadata->title;
    j["type"] = p.metadata->type;
    add_passage_metadata(j, *p.metadata);
  }
  if (p.explain) {
    j["explain"] = nlohmann::ordered_json::array();
    for (const concepts::Explanation& e : p.tags->explanations)
      j["explain"].push_back({{"tag", e.tag}, {"kind", e.kind}, {"rule", e.rule}, {"file", e.file},
                              {"line", e.line}, {"match", e.match}});
  }
  write_json_line(out, j);
}

void print_tagged_text(std::ostream& out, const TaggedPassage& p) {
  const indexer::Passage& ps = *p.passage;
  out << ps.doc;
  if (!ps.cite.empty()) out << "  " << ps.cite;
  if (p.metadata)
    if (const std::string meta = metadata_brief(*p.metadata); !meta.empty()) out << "  (" << meta << ')';
  out << "  [";
  for (std::size_t i = 0; i < p.tags->tags.size(); ++i) out << (i ? ", " : "") << p.tags->tags[i];
  out << "]\n";
  for (const concepts::Definition& d : p.tags->definitions) out << "  defines " << d.tag << ": " << d.term << '\n';
  if (p.explain)
    for (const concepts::Explanation& e : p.tags->explanations) {
      out << "  why " << e.tag << ": " << e.kind;
      if (e.line) out << "  " << e.file << ':' << e.line;
      out << "  " << e.rule;
      if (!e.match.empty()) out << "  «" << e.match << "»";
      out << '\n';
    }
  // Mark the evidence; overlapping matches merge into one marked stretch.
  std::string_view text = p.document_text.substr(ps.start, ps.end - ps.start);
  std::string marked = "  ";
  std::size_t pos = 0;
  const auto& m = p.tags->matches;
  for (std::size_t i = 0; i < m.size();) {
    std::size_t s = m[i].start, e = m[i].end;
    for (++i; i < m.size() && m[i].start <= e; ++i) e = std::max(e, m[i].end);
    if (s < pos) s = pos;
    marked.append(text.substr(pos, s - pos));
    marked += "[[";
    marked.append(text.substr(s, e - s));
    marked += "]]";
    pos = e;
  }
  marked.append(text.substr(pos));
  for (char c : marked) {
    out << c;
    if (c == '\n') out << "  ";
  }
  out << "\n\n";
}

}  // namespace lexkz::cli

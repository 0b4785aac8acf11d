#include "cli/hit_printer.h"

#include "cli/json_line.h"
#include "cli/metadata_text.h"

namespace lexkz::cli {
namespace {

using nlohmann::ordered_json;

ordered_json facets_json(const query::SearchResult& r) {
  ordered_json f = ordered_json::object();
  for (const char* name : {"lang", "type", "tag"}) {
    ordered_json counts = ordered_json::object();
    if (auto it = r.facets.find(name); it != r.facets.end())
      for (const auto& [value, n] : it->second) counts[value] = n;
    f[name] = counts;
  }
  return f;
}

class JsonlPrinter : public HitPrinter {
 public:
  JsonlPrinter(std::ostream& out, bool facets) : out_(out), facets_(facets) {}
  void begin(const query::SearchResult&) override {}
  void hit(const query::Hit& h) override {
    const indexer::PassageRecord& r = h.record;
    ordered_json marks = ordered_json::array();
    for (auto [b, e] : h.snippet.marks) marks.push_back({b, e});
    ordered_json j;
    j["rank"] = h.rank;
    put_passage_fields(j, r);
    j["score"] = h.score;
    j["snippet"] = query::render_marked(h.snippet, "[[", "]]");
    j["marks"] = marks;
    j["tags"] = r.tags;
    j["start"] = r.start;
    j["end"] = r.end;
    add_passage_metadata(j, r);
    write_json_line(out_, j);
  }
  void end(const query::SearchResult& r) override {
    if (!facets_) return;
    ordered_json j;
    j["facets"] = facets_json(r);
    j["total"] = r.estimated_total;
    write_json_line(out_, j);
  }

 private:
  std::ostream& out_;
  bool facets_;
};

class TextPrinter : public HitPrinter {
 public:
  TextPrinter(std::ostream& out, bool facets, bool colour) : out_(out), facets_(facets), colour_(colour) {}
  void begin(const query::SearchResult& r) override {
    if (r.hits.empty()) out_ << "no passages match\n";
  }
  void hit(const query::Hit& h) override {
    const indexer::PassageRecord& r = h.record;
    const char* bold = colour_ ? "\033[1m" : "";
    const char* reset = colour_ ? "\033[0m" : "";
    out_ << bold << h.rank << ". " << (r.cite.empty() ? "—" : r.cite) << reset << "  " << r.doc;
    if (!r.title.empty()) out_ << " — " << r.title;
    if (const std::string meta = metadata_brief(r); !meta.empty()) out_ << "  (" << meta << ')';
    out_ << "  [" << r.lang << ' ' << r.type;
    for (const std::string& t : r.tags) out_ << ' ' << t;
    out_ << "]\n   "
         << query::render_marked(h.snippet, colour_ ? "\033[1;31m" : "[[", colour_ ? "\033[0m" : "]]") << "\n";
  }
  void end(const query::SearchResult& r) override {
    if (!facets_) return;
    out_ << "about " << r.estimated_total << " matching passages\n";
    for (const auto& [name, counts] : r.facets) {
      out_ << name << ':';
      for (const auto& [value, n] : counts) out_ << ' ' << value << '=' << n;
      out_ << '\n';
    }
  }

 private:
  std::ostream& out_;
  bool facets_, colour_;
};

}  // namespace

std::unique_ptr<HitPrinter> make_jsonl_hit_printer(std::ostream& out, bool facets) {
  return std::make_unique<JsonlPrinter>(out, facets);
}

std::unique_ptr<HitPrinter> make_text_hit_printer(std::ostream& out, bool facets, bool colour) {
  return std::make_unique<TextPrinter>(out, facets, colour);
}

}  // namespace lexkz::cli

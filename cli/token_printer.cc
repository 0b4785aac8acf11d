#include "cli/token_printer.h"

#include "cli/json_line.h"

namespace lexkz::cli {

void print_tokens_jsonl(std::ostream& out, const text::Analysis& analysis) {
  for (const text::Token& t : analysis.tokens) {
    nlohmann::ordered_json j;
    j["text"] = t.surface;
    j["start"] = t.start;
    j["end"] = t.end;
    j["position"] = t.position;
    j["norm"] = t.norm;
    j["stem"] = t.stem;
    if (t.lang == text::Lang::none) j["lang"] = nullptr;
    else j["lang"] = text::lang_code(t.lang);
    j["stop"] = t.stop;
    write_json_line(out, j);
  }
}

void print_tokens_text(std::ostream& out, const text::Analysis& analysis) {
  std::string_view lang = text::lang_code(analysis.lang);
  out << "# passage language: " << (lang.empty() ? "undecided" : lang) << ", "
      << analysis.tokens.size() << " tokens\n";
  for (const text::Token& t : analysis.tokens) {
    std::string_view tl = text::lang_code(t.lang);
    out << t.position << '\t' << t.surface << "\t[" << t.start << ',' << t.end << ")\tnorm=" << t.norm
        << "\tstem=" << t.stem << '\t' << (tl.empty() ? "-" : tl) << (t.stop ? "\tstop" : "") << '\n';
  }
}

}  // namespace lexkz::cli

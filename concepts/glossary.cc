#include "concepts/glossary.h"

#include <lexkz_data.h>

#include <algorithm>
#include <stdexcept>

namespace lexkz::concepts {
namespace {

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t at = s.find(sep, start);
    if (at == std::string_view::npos) at = s.size();
    std::string_view piece = s.substr(start, at - start);
    while (!piece.empty() && (piece.front() == ' ')) piece.remove_prefix(1);
    while (!piece.empty() && (piece.back() == ' ' || piece.back() == '\r')) piece.remove_suffix(1);
    if (!piece.empty()) out.emplace_back(piece);
    start = at + 1;
  }
  return out;
}

// The stems of a term's words, in order: two spellings of one term compare equal.
std::string stem_key(std::string_view term, text::Lang lang, text::Analyzer& analyzer) {
  text::LangMode mode = lang == text::Lang::kk ? text::LangMode::kk
                        : lang == text::Lang::ru ? text::LangMode::ru
                                                 : text::LangMode::automatic;
  std::string key;
  for (const text::Token& t : analyzer.analyze(term, mode).tokens) key += t.stem + ' ';
  return key;
}

}  // namespace

std::vector<GlossaryEntry> parse_glossary(std::string_view text, const std::string& file) {
  std::vector<GlossaryEntry> out;
  std::size_t line_no = 0;
  for (const std::string& raw : split(text, '\n')) {
    ++line_no;
    std::string_view line = raw;
    if (std::size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos)
      throw std::runtime_error(file + ":" + std::to_string(line_no) + ": expected 'russian terms<TAB>kazakh terms'");
    out.push_back({split(line.substr(0, tab), '|'), split(line.substr(tab + 1), '|')});
  }
  return out;
}

const std::vector<GlossaryEntry>& builtin_glossary() {
  static const std::vector<GlossaryEntry> glossary = parse_glossary(data::glossary_tsv, "rules/glossary.tsv");
  return glossary;
}

std::vector<std::string> equivalents(std::string_view term, text::Analyzer& analyzer,
                                     const std::vector<GlossaryEntry>& glossary) {
  const std::string as_ru = stem_key(term, text::Lang::ru, analyzer);
  const std::string as_kk = stem_key(term, text::Lang::kk, analyzer);
  std::vector<std::string> out;
  for (const GlossaryEntry& e : glossary) {
    bool hit = false;
    for (const std::string& r : e.ru) hit = hit || stem_key(r, text::Lang::ru, analyzer) == as_ru;
    for (const std::string& k : e.kk) hit = hit || stem_key(k, text::Lang::kk, analyzer) == as_kk;
    if (!hit) continue;
    for (const auto* names : {&e.ru, &e.kk})
      for (const std::string& n : *names)
        if (std::find(out.begin(), out.end(), n) == out.end() && n != term) out.push_back(n);
  }
  return out;
}

}  // namespace lexkz::concepts

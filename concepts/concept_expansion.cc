#include "concepts/concept_expansion.h"

#include <algorithm>
#include <string>

#include "concepts/rules.h"

namespace lexkz::concepts {
namespace {

bool has_ascii_letter(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

void add_unique(std::vector<std::string>& v, std::string s) {
  if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(std::move(s));
}

}  // namespace

ConceptExpander::ConceptExpander()
    : tagger_([this] { return RuleSet::builtin(analyzer_); }()), glossary_(builtin_glossary()) {}

query::ConceptTerms ConceptExpander::expand(std::string_view word) {
  query::ConceptTerms out;
  std::string term(word);
  // Kazakh typed in Latin: its Cyrillic spelling, which the rules and glossary are written in.
  if (has_ascii_letter(term)) {
    std::string cyrillic;
    for (const text::Token& t : analyzer_.analyze(term, text::LangMode::kk).tokens)
      cyrillic += (cyrillic.empty() ? "" : " ") + t.norm;
    if (!cyrillic.empty()) term = cyrillic;
  }
  add_unique(out.terms, std::string(word));
  add_unique(out.terms, term);
  for (std::string& name : equivalents(term, analyzer_, glossary_)) add_unique(out.terms, std::move(name));
  // The concept's tags: what the tagger makes of the word and of each of its names alone.
  for (const std::string& name : out.terms) {
    const text::Analysis analysis = analyzer_.analyze(name, text::LangMode::automatic);
    for (const std::string& tag : tagger_.tag(name, analysis).tags) add_unique(out.tags, tag);
  }
  return out;
}

std::function<query::ConceptTerms(std::string_view)> concept_expansion_hook() {
  auto expander = std::make_shared<std::unique_ptr<ConceptExpander>>();
  return [expander](std::string_view word) {
    if (!*expander) *expander = std::make_unique<ConceptExpander>();
    return (*expander)->expand(word);
  };
}

}  // namespace lexkz::concepts

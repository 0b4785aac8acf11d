#pragma once
// Concept search (issue 12, part 3): `~word` / `search --concept WORD` finds the passages
// of the word's concept in both languages. A word's concept is what the tagger makes of it
// (its tags: домогательство → harassment) and the glossary's names for it in Russian and
// Kazakh (домогательство ↔ қысым көрсету | қудалау). query/ builds the Xapian query from
// that through QueryOptions::expand_concept, so query/ does not depend on concepts/.
#include <memory>
#include <string_view>

#include "concepts/glossary.h"
#include "concepts/tagger.h"
#include "query/query_builder.h"
#include "text/analyzer.h"

namespace lexkz::concepts {

/// Expands words into their concepts with the built-in rules and glossary. Holds its own
/// analyzer: use one per thread.
class ConceptExpander {
 public:
  ConceptExpander();

  /// The tags and the names (both languages, the word itself first) of `word`'s concept.
  /// A word in Kazakh Latin is read as Kazakh ("qudalau" → қудалау). A word no rule or
  /// glossary line knows comes back as itself, with no tags.
  query::ConceptTerms expand(std::string_view word);

 private:
  text::Analyzer analyzer_;
  Tagger tagger_;
  const std::vector<GlossaryEntry>& glossary_;
};

/// A QueryOptions::expand_concept that builds a ConceptExpander on first use (the rules
/// are compiled only when a query has a `~word`).
std::function<query::ConceptTerms(std::string_view)> concept_expansion_hook();

}  // namespace lexkz::concepts

#pragma once
// `define`: the passages that define a term or its concept, in either language.
//   1. The term's concept tags: the tagger run on the term itself ("сексуальное
//      домогательство" → sexual_harassment), and its names in the other language from the
//      bilingual glossary (rules/glossary.tsv).
//   2. Candidates: passages where any name occurs (phrase of stems, BM25) and passages the
//      indexer flagged as defining one of the concept tags (XDEF<tag>).
//   3. Each candidate is re-tagged with the built-in rules plus an ad-hoc concept for the
//      term itself, so the definition patterns ("X – …", "под X понимается", "X деп …
//      түсініледі") also find definitions of terms no tag covers.
//   4. Order: definitions of the term itself first, then of its concept; the tagged
//      concepts before other senses of the word; the asker's language first; BM25 within.
#include <string>
#include <vector>

#include "indexer/passage_record.h"
#include "concepts/rules.h"
#include "text/analyzer.h"

namespace lexkz::concepts {

/// What to look up.
struct DefineRequest {
  std::vector<std::string> databases;
  std::string term;
  std::vector<std::string> langs;  ///< only passages in these languages; empty = all
  std::vector<std::string> statuses;  ///< --status: only documents with these statuses; empty = all
  bool all_versions = false;  ///< --all-versions: every edition of an act, not only the newest
  std::size_t limit = 20;
};

/// One defining passage.
struct DefinitionHit {
  std::size_t rank = 0;
  indexer::PassageRecord record;
  std::string tag;        ///< the concept defined ("" when it is the term's own concept)
  std::string term;       ///< the defined term as written
  std::size_t term_start = 0, term_end = 0;  ///< byte offsets in the document text
  bool defines_term = false;  ///< the defined term is the one asked for (or its translation),
                              ///< or, for a word with several senses ("преследование"), a concept
                              ///< it names is defined through it ("Сталкинг, то есть … преследование")
  std::size_t clause_end = 0;  ///< byte offset in the document text where the definition clause
                               ///< ends: the passage end, or before the sanction of an offence
  double score = 0;
};

/// Finds definitions; `rules` is the rule set in use (built-in plus --rules).
std::vector<DefinitionHit> find_definitions(const DefineRequest& request, const RuleSet& rules,
                                            text::Analyzer& analyzer);

}  // namespace lexkz::concepts

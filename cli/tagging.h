#pragma once
// Wires the tagger into indexing: the built-in rules plus an optional --rules file.
#include <memory>
#include <string>

#include "indexer/passage_analysis.h"
#include "indexer/passage_builder.h"
#include "concepts/rules.h"
#include "concepts/tagger.h"

namespace lexkz::cli {

/// The built-in rules plus `extra_rules_path` (if non-empty). Throws UsageError when the
/// extra file cannot be read or parsed.
concepts::RuleSet load_rules(const std::string& extra_rules_path, text::Analyzer& analyzer);

/// The tags of one analysed passage of `doc`: the ONE code path of `lexkz tag` and of the
/// index's annotator, so both give the same tags for the same passage (a table-of-contents
/// entry gets none: indexer::is_taggable).
concepts::PassageTags tag_passage(const concepts::Tagger& tagger, const indexer::Document& doc,
                                  const indexer::Passage& passage, const text::Analysis& analysis);

/// An Annotator that tags each passage (tags and definitions, with definition offsets
/// into the document text). Thread-safe: the tagger is immutable and each indexing
/// worker passes its own analysis.
indexer::Annotator make_annotator(const std::string& extra_rules_path);

/// Names everything that shapes the index besides the documents: the built-in language
/// data and rules, the --rules file's text, and the options that change analysis. Stored
/// in each document's content hash, so a run with other rules or data re-indexes.
std::string pipeline_fingerprint(const std::string& extra_rules_path, const std::string& options);

}  // namespace lexkz::cli

#pragma once
// Wires the tagger into indexing: the built-in rules plus an optional --rules file.
#include <string>

#include "indexer/passage_builder.h"

namespace lexkz::cli {

/// An Annotator that tags each passage (tags and definitions) with the rules.
/// Throws UsageError when `extra_rules_path` cannot be read or parsed.
indexer::Annotator make_annotator(const std::string& extra_rules_path);

}  // namespace lexkz::cli

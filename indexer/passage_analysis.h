#pragma once
// A document's passages and their analyses, worked out ONE way for every consumer: the
// indexer (passage_builder.cc) and `lexkz tag` both call analyse_passages(), so the
// language mode each passage is analysed in, and which passages get tags at all, cannot
// drift apart (issue 12: `tag` tagged a table-of-contents line the index left untagged).
#include <vector>

#include "indexer/document.h"
#include "indexer/splitter.h"
#include "text/analyzer.h"

namespace lexkz::indexer {

/// The passages of a document with one analysis and analysis mode per passage.
struct AnalysedPassages {
  std::vector<Passage> passages;
  std::vector<text::Analysis> analyses;  ///< one per passage, of exactly its text
  std::vector<text::LangMode> modes;     ///< the mode each passage was analysed in
  text::Lang lang = text::Lang::none;    ///< the document's main language (by token count)
};

/// Splits `doc` and analyses each passage: in the document's language when it gives one,
/// else `lang_mode`; a passage too short to show its language ("5-бап.") is analysed
/// again in the document's main language.
AnalysedPassages analyse_passages(const Document& doc, text::Analyzer& analyzer, text::LangMode lang_mode);

/// Whether a passage gets tags and definitions: every kind but a table-of-contents entry,
/// which names concepts without being about them (TAGS.md).
bool is_taggable(const Passage& passage);

}  // namespace lexkz::indexer

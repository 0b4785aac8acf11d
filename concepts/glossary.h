#pragma once
// The bilingual glossary (rules/glossary.tsv): Russian and Kazakh names of one concept,
// so `define` in one language finds definitions written in the other.
#include <string>
#include <string_view>
#include <vector>

#include "text/analyzer.h"

namespace lexkz::concepts {

/// One concept's names in both languages.
struct GlossaryEntry {
  std::vector<std::string> ru, kk;
};

/// Parses glossary text: `ru terms<TAB>kk terms`, alternatives split by "|", `#` comments.
/// Throws std::runtime_error("FILE:LINE: …") on a line without a tab.
std::vector<GlossaryEntry> parse_glossary(std::string_view text, const std::string& file);

/// The built-in glossary.
const std::vector<GlossaryEntry>& builtin_glossary();

/// The names of every concept that `term` names in either language (itself excluded),
/// compared on stems: "дискриминацией" → {"кемсітушілік", "кемсіту"}.
std::vector<std::string> equivalents(std::string_view term, text::Analyzer& analyzer,
                                     const std::vector<GlossaryEntry>& glossary);

}  // namespace lexkz::concepts

// libFuzzer target: the tagger with the built-in rules; match and definition ranges must lie
// inside the passage, definitions must be in text order, tags sorted and unique.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "concepts/rules.h"
#include "concepts/tagger.h"
#include "text/analyzer.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static lexkz::text::Analyzer analyzer;
  static const lexkz::concepts::Tagger tagger(lexkz::concepts::RuleSet::builtin(analyzer));
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!lexkz::text::is_valid_utf8(text)) return 0;
  lexkz::text::Analysis a = analyzer.analyze(text);
  lexkz::concepts::PassageTags t = tagger.tag(text, a);
  if (!std::is_sorted(t.tags.begin(), t.tags.end())) std::abort();
  if (std::adjacent_find(t.tags.begin(), t.tags.end()) != t.tags.end()) std::abort();
  std::size_t prev = 0;
  for (const lexkz::concepts::Definition& d : t.definitions) {
    if (d.start > d.end || d.end > text.size() || d.start < prev) std::abort();
    prev = d.start;
  }
  for (const lexkz::concepts::TagMatch& m : t.matches)
    if (m.start > m.end || m.end > text.size()) std::abort();
  return 0;
}

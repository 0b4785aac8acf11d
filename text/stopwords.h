#pragma once
// Stop words per language, from stopwords/ru.txt and stopwords/kk.txt (compiled in).
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "text/lang.h"

namespace lexkz::text {

/// A fixed set of function words per language. Words are stored folded (fold_case).
class Stopwords {
 public:
  /// Loads the built-in lists.
  Stopwords();

  /// True when `folded_word` is a stop word of `lang` (none → false).
  bool is_stop(Lang lang, std::string_view folded_word) const;

  /// The Kazakh stop word that `cyrillic` spells without Kazakh letters, as everyday Latin
  /// typing gives it once transliterated ("ushin" → "ушін" → "үшін", "jane" → "жане" →
  /// "және"); empty when there is none. Stop words of 2 letters are left out: "ar" is ар
  /// 'honour' more often than әр.
  std::string_view kazakh_stop_for_plain_spelling(std::string_view cyrillic) const;

  /// Parses a list: one word per line, `#` starts a comment, blank lines ignored.
  static std::unordered_set<std::string> parse_list(std::string_view text);

 private:
  std::unordered_set<std::string> ru_;
  std::unordered_set<std::string> kk_;
  std::unordered_map<std::string, std::string> kk_plain_;  // plain spelling → stop word
};

}  // namespace lexkz::text

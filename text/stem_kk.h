#pragma once
// Kazakh stemming: no stemmer exists in Xapian or Snowball, so this is ours. It strips
// inflectional suffixes (predicate, case, possessive, plural — outermost first),
// respecting vowel harmony, and undoes consonant alternation (ғ→қ, г→к, б→п) so that
// құқығы and құқық meet. Derivational suffixes (-шы, -лық, -тық as adjective) are not
// stripped: derived words have their own meaning (жұмыс ≠ жұмысшы).
#include <string>
#include <string_view>
#include <unordered_map>

namespace lexkz::text {

/// Stems folded Cyrillic Kazakh words. Immutable after construction; thread-safe.
class KazakhStemmer {
 public:
  /// Loads the built-in exception list (text/data/kk_stem_exceptions.txt).
  KazakhStemmer();

  /// The stem of a folded Cyrillic Kazakh word: "кемсітушілікке" → "кемсітушілік",
  /// "құқығы" → "құқық". Words it does not understand come back unchanged.
  std::string stem(std::string_view folded_word) const;

 private:
  std::unordered_map<std::string, std::string> exceptions_;
};

}  // namespace lexkz::text

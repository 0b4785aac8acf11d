#pragma once
// Russian stemming: Xapian's Snowball "russian" stemmer, given ё→е folded input.
#include <string>
#include <string_view>

#include <xapian.h>

namespace lexkz::text {

/// Stems folded Russian words. Thread-compatible (one per thread).
class RussianStemmer {
 public:
  RussianStemmer();
  /// The Snowball stem of a folded word ("дискриминацией" → "дискриминац").
  std::string stem(std::string_view folded_word) const;

 private:
  Xapian::Stem stemmer_;
};

}  // namespace lexkz::text

#pragma once
// Russian stemming: Xapian's Snowball "russian" stemmer, given ё→е folded input, with
// corrections of its errors on legal vocabulary (see stem_ru.cc).
#include <string>
#include <string_view>

#include <xapian.h>

namespace lexkz::text {

/// Stems folded Russian words. Thread-compatible (one per thread).
class RussianStemmer {
 public:
  RussianStemmer();
  /// The corrected Snowball stem of a folded word ("дискриминацией" → "дискриминац").
  std::string stem(std::string_view folded_word) const;

 private:
  Xapian::Stem stemmer_;
};

}  // namespace lexkz::text

#include "text/stem_ru.h"

namespace lexkz::text {

RussianStemmer::RussianStemmer() : stemmer_("russian") {}

std::string RussianStemmer::stem(std::string_view folded_word) const {
  // Xapian 1.4's Snowball russian stemmer does not fold ё itself; fold_case already has.
  return stemmer_(std::string(folded_word));
}

}  // namespace lexkz::text

#pragma once
// Kazakh stemming: no stemmer exists in Xapian or Snowball, so this is ours. It strips
// inflectional suffixes (predicate, case, possessive, plural — outermost first),
// respecting vowel harmony, and undoes consonant alternation (ғ→қ, г→к, б→п) so that
// құқығы and құқық meet. Derivational suffixes (-шы, -лық, -тық as adjective) are not
// stripped: derived words have their own meaning (жұмыс ≠ жұмысшы).
// Verbs: negation, tense, mood, person, participles (-ған, -атын), converbs (-ып) and the
// verbal noun (-у, the dictionary form) are stripped, so барады, бармады, барған, барып
// and бару meet on бар; voice and causative suffixes (-ыл, -ын, -дыр, -ғыз) make a new
// verb and stay (жазылды ≠ жазды), as do deverbal nouns (шешім ≠ шешу, жазба ≠ жазу).
// Endings that nouns share (-ды, -ып, -у, -атын) are stripped only from the verbs of
// text/data/kk_verb_stems.txt. Comparatives lose -рақ/-рек (жақсырақ → жақсы).
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

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
  // Strips a verb's endings from `word` (a Word of stem_kk.cc); with `nominal_only`, only
  // the noun-like forms (participles, verbal noun). True with the verb's key in `out`.
  bool verb(const void* word, bool nominal_only, std::string& out) const;

  std::unordered_map<std::string, std::string> exceptions_;
  std::unordered_set<std::string> verbs_;  // keys of text/data/kk_verb_stems.txt
};

}  // namespace lexkz::text

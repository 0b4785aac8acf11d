#pragma once
// Kazakh in the 2021 Latin alphabet → Cyrillic, so Latin and Cyrillic spellings of one
// word meet in the index. ICU has no Kazakh transform; the rule set is ours, in
// text/data/kk_latin_cyrillic.rules, compiled by ICU's Transliterator.
#include <memory>
#include <string>
#include <string_view>

namespace lexkz::text {

/// Transliterates folded Kazakh Latin words to Cyrillic. Holds a compiled ICU
/// Transliterator; thread-compatible (use one per thread).
class KazakhLatinTransliterator {
 public:
  KazakhLatinTransliterator();
  ~KazakhLatinTransliterator();
  KazakhLatinTransliterator(const KazakhLatinTransliterator&) = delete;
  KazakhLatinTransliterator& operator=(const KazakhLatinTransliterator&) = delete;

  /// The Cyrillic spelling of a folded Latin-script word ("kemsitushilik" →
  /// "кемсітушілік", "qūqyq" → "құқық").
  std::string to_cyrillic(std::string_view folded_latin_word) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Whether a folded all-Latin word should be read as Kazakh. Decided by the letters
/// only Kazakh Latin has (ä ğ q ñ ö ū ü ş ı) or, with `passage_is_kazakh` (the passage
/// or the forced language is Kazakh), any all-Latin word that is not a Roman numeral
/// or an ASCII identifier with digits. See kk_translit.cc for the reasoning.
bool is_kazakh_latin(std::string_view folded_word, bool passage_is_kazakh);

}  // namespace lexkz::text

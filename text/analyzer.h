#pragma once
// The analyzer: the one chain every word goes through, for indexing, querying and
// tagging alike (DESIGN.md). In order:
//   ICU word segmentation (words.h)
//   → NFKC case folding, ё→е (casefold.h)
//   → homoglyph repair (homoglyph.h)
//   → Kazakh Latin → Cyrillic, for Latin words read as Kazakh (kk_translit.h)
//   → per-token language evidence, passage language, token language (langid.h)
//   → stop-word flag (stopwords.h)
//   → stem: Russian Snowball (stem_ru.h) or our Kazakh stemmer (stem_kk.h).
// `normalize()` is the same chain without stemming, for exact-form and wildcard terms.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/lang.h"
#include "text/token.h"

namespace lexkz::text {

/// The result of analysing one passage.
struct Analysis {
  std::vector<Token> tokens;
  Lang lang = Lang::none;  ///< the passage's language (forced or detected)
};

/// Composes the stages. Holds per-word caches, so it is thread-compatible: use one
/// Analyzer per thread. Construction loads the built-in data (~ms); reuse it.
class Analyzer {
 public:
  Analyzer();
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  /// Analyses valid UTF-8 `text` (decode at the edge first). With LangMode::ru/kk every
  /// Cyrillic/Kazakh-Latin token is treated as that language; with automatic, the
  /// passage language is detected and undecided tokens inherit it.
  Analysis analyze(std::string_view text, LangMode mode = LangMode::automatic);

  /// Same, reusing `out`'s storage (the indexer's hot path).
  void analyze(std::string_view text, LangMode mode, Analysis& out);

  /// The normalised form of one word (fold, homoglyphs, Kazakh Latin when `lang` is kk
  /// or the word has Kazakh-only Latin letters): the exact-form key.
  std::string normalize(std::string_view word, Lang lang);

  /// The stem of an already normalised word in `lang` (none → the word itself).
  std::string stem(std::string_view norm, Lang lang);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lexkz::text

#include "text/analyzer.h"

#include <functional>
#include <string>
#include <unordered_map>

#include "text/casefold.h"
#include "text/homoglyph.h"
#include "text/kk_translit.h"
#include "text/langid.h"
#include "text/stem_kk.h"
#include "text/stem_ru.h"
#include "text/stopwords.h"
#include "text/utf8.h"
#include "text/words.h"

namespace lexkz::text {
namespace {

// Lets the caches be probed with a string_view, so a cache hit allocates nothing.
struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using ViewMap = std::unordered_map<std::string, V, ViewHash, std::equal_to<>>;

// Caches are dropped wholesale beyond this many entries, which bounds memory on
// adversarial input (every word distinct) while legal text (Zipfian) stays warm.
constexpr std::size_t kMaxCacheEntries = 1 << 20;

enum class Script { cyrillic, latin, other };

// The stem and stop flag of a normalised word in one language.
struct Lexical {
  std::string stem;
  bool stop = false;
};

// What can be known about a surface form without its context.
struct WordInfo {
  std::string norm;    // folded, homoglyphs repaired (Latin not yet transliterated)
  Script script = Script::other;
  Lang evidence = Lang::none;  // the word's own language evidence
  // Memo of the word's stem per language, into the stem caches (saves a second hash
  // lookup per token; valid because all caches are cleared together).
  const Lexical* as_ru = nullptr;
  const Lexical* as_kk = nullptr;
};

// No upper-case ASCII letter: "Jane went…" is a name, "jane" a typed Kazakh және.
bool is_lower(std::string_view surface) {
  for (char c : surface)
    if (c >= 'A' && c <= 'Z') return false;
  return true;
}

Script script_of(std::string_view norm) {
  bool latin = false, cyrillic = false;
  for (std::size_t i = 0; i < norm.size();) {
    char32_t cp = next_code_point(norm, i);
    if ((cp >= 'a' && cp <= 'z') || (cp >= 0xC0 && cp <= 0x24F)) latin = true;
    else if (cp >= 0x400 && cp <= 0x52F) cyrillic = true;
  }
  if (cyrillic) return Script::cyrillic;
  return latin ? Script::latin : Script::other;
}

}  // namespace

struct Analyzer::Impl {
  WordSegmenter segmenter;
  KazakhLatinTransliterator translit;
  RussianStemmer stem_ru;
  KazakhStemmer stem_kk;
  Stopwords stopwords;
  std::vector<WordSpan> spans;
  std::vector<Lang> evidence;
  std::vector<WordInfo*> infos;
  ViewMap<WordInfo> words;
  ViewMap<std::string> latin_to_cyrillic;
  // Per language: normalised word → its stem and stop flag (both depend on the language).
  ViewMap<Lexical> stems_ru, stems_kk;

  // Drops every cache at once (between passages): WordInfo points into the stem caches.
  void bound_caches() {
    if (words.size() < kMaxCacheEntries && stems_ru.size() < kMaxCacheEntries &&
        stems_kk.size() < kMaxCacheEntries && latin_to_cyrillic.size() < kMaxCacheEntries)
      return;
    words.clear();
    stems_ru.clear();
    stems_kk.clear();
    latin_to_cyrillic.clear();
  }

  WordInfo& word_info(std::string_view surface) {
    if (auto it = words.find(surface); it != words.end()) return it->second;
    WordInfo info;
    info.norm = repair_homoglyphs(fold_case(surface));
    info.script = script_of(info.norm);
    if (info.script == Script::cyrillic)
      info.evidence = token_lang_evidence(info.norm);
    else if (info.script == Script::latin && (is_kazakh_latin(info.norm, false) || (is_lower(surface) && is_plain_kazakh_stop(info.norm))))
      info.evidence = Lang::kk;
    return words.emplace(std::string(surface), std::move(info)).first->second;
  }

  // The Cyrillic of a Latin word. A Kazakh stop word typed in plain ASCII ("ushin" →
  // "ушін", "jane" → "жане") becomes the stop word itself (үшін, және), so the stop flag,
  // decided on this norm below, is the same in both scripts.
  const std::string& cyrillic_of(const std::string& latin) {
    if (auto it = latin_to_cyrillic.find(latin); it != latin_to_cyrillic.end()) return it->second;
    std::string cyr = translit.to_cyrillic(latin);
    if (std::string_view stop = stopwords.kazakh_stop_for_plain_spelling(cyr); !stop.empty()) cyr = stop;
    return latin_to_cyrillic.emplace(latin, std::move(cyr)).first->second;
  }

  // A lower-case Latin word of 4+ letters that spells a Kazakh stop word (ushin, jane) is
  // evidence that its passage is Kazakh, as a Kazakh-only letter is: without it, "ushin
  // kemsitushilik" stayed undecided, ushin was no stop word and the query found nothing.
  bool is_plain_kazakh_stop(const std::string& latin) {
    if (code_point_count(latin) < 4) return false;
    return stopwords.is_stop(Lang::kk, cyrillic_of(latin));
  }

  const Lexical& lexical(std::string_view norm, Lang lang) {
    auto& cache = lang == Lang::kk ? stems_kk : stems_ru;
    if (auto it = cache.find(norm); it != cache.end()) return it->second;
    Lexical lex{lang == Lang::kk ? stem_kk.stem(norm) : stem_ru.stem(norm), stopwords.is_stop(lang, norm)};
    return cache.emplace(std::string(norm), std::move(lex)).first->second;
  }

  // Resolves a token's language and its final normal form from its own evidence and
  // the passage language. Latin words become Kazakh only when kk_translit says so.
  Lang resolve(const WordInfo& info, Lang passage, LangMode mode, const std::string** norm) {
    *norm = &info.norm;
    switch (info.script) {
      case Script::cyrillic:
        if (mode == LangMode::ru) return Lang::ru;
        if (mode == LangMode::kk) return Lang::kk;
        if (info.evidence != Lang::none) return info.evidence;
        // No evidence of its own: follow the passage; a lone ambiguous word is read
        // as Russian, the language of most of the corpus (the query side widens).
        return passage == Lang::kk ? Lang::kk : Lang::ru;
      case Script::latin:
        if (info.evidence == Lang::kk || is_kazakh_latin(info.norm, passage == Lang::kk)) {
          *norm = &cyrillic_of(info.norm);
          return Lang::kk;
        }
        return Lang::none;
      case Script::other:
        break;
    }
    return Lang::none;
  }
};

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}
Analyzer::~Analyzer() = default;

Analysis Analyzer::analyze(std::string_view text, LangMode mode) {
  Analysis out;
  analyze(text, mode, out);
  return out;
}

void Analyzer::analyze(std::string_view text, LangMode mode, Analysis& out) {
  Impl& m = *impl_;
  // Cleared only here, between passages: `infos` below points into the caches.
  m.bound_caches();
  m.spans.clear();
  m.segmenter.segment(text, m.spans);

  m.infos.clear();
  m.evidence.clear();
  for (const WordSpan& span : m.spans) {
    WordInfo& info = m.word_info(text.substr(span.start, span.end - span.start));
    m.infos.push_back(&info);
    m.evidence.push_back(info.evidence);
  }
  out.lang = mode == LangMode::ru   ? Lang::ru
             : mode == LangMode::kk ? Lang::kk
                                    : passage_lang(m.evidence);

  // Reuse the Token objects (and their string capacity) from the previous call.
  out.tokens.resize(m.spans.size());
  for (std::size_t i = 0; i < m.spans.size(); ++i) {
    Token& tok = out.tokens[i];
    const WordSpan& span = m.spans[i];
    const std::string* norm = nullptr;
    tok.lang = m.resolve(*m.infos[i], out.lang, mode, &norm);
    tok.surface.assign(text.substr(span.start, span.end - span.start));
    tok.norm = *norm;
    tok.start = span.start;
    tok.end = span.end;
    tok.position = static_cast<std::uint32_t>(i + 1);
    if (tok.lang == Lang::none) {
      tok.stem = tok.norm;
      tok.stop = false;
    } else {
      const Lexical*& memo = tok.lang == Lang::kk ? m.infos[i]->as_kk : m.infos[i]->as_ru;
      if (!memo) memo = &m.lexical(tok.norm, tok.lang);
      tok.stem = memo->stem;
      tok.stop = memo->stop;
    }
  }
}

std::string Analyzer::normalize(std::string_view word, Lang lang) {
  std::string norm = repair_homoglyphs(fold_case(word));
  if (script_of(norm) == Script::latin && is_kazakh_latin(norm, lang == Lang::kk))
    return impl_->cyrillic_of(norm);
  return norm;
}

std::string Analyzer::stem(std::string_view norm, Lang lang) {
  if (lang == Lang::none) return std::string(norm);
  return impl_->lexical(norm, lang).stem;
}

}  // namespace lexkz::text

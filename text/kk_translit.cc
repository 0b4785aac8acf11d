#include "text/kk_translit.h"

#include <lexkz_data.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <stdexcept>

#include "text/roman_numeral.h"
#include "text/utf8.h"

namespace lexkz::text {
namespace {

constexpr char32_t kDotlessI = 0x0131;  // LATIN SMALL LETTER DOTLESS I, 2021 for і

bool is_back_vowel(char32_t c) { return c == U'a' || c == U'o' || c == U'ū' || c == U'y'; }
bool is_front_vowel(char32_t c) {
  return c == U'ä' || c == U'e' || c == U'ö' || c == U'ü' || c == kDotlessI;
}
// Vowels after which i is the glide й (mirrors $glide_after in the rules).
bool is_glide_vowel(char32_t c) {
  return c == U'a' || c == U'e' || c == U'o' || c == U'ä' || c == U'ö' || c == U'ü' ||
         c == U'ū';
}
bool is_vowel(char32_t c) {
  return is_back_vowel(c) || is_front_vowel(c) || c == U'u' || c == U'i';
}

// Informal writers type plain i for і (кемсітушілік → "kemsitushilik"), while the
// 2021 alphabet uses i for и/й and ı for і. A word with i and none of the 2021 letters
// (ä ğ ñ ö ş ū ü ç ı: whoever types those types ı too) is read as informal, and each i
// that stands for і is rewritten to ı, so the rules need to know one convention only. An i stays и/й when it follows a vowel (әйел, айту), precedes
// a vowel (киім, иесі, сияқты) or sits in a back-vowel word, where vowel harmony
// excludes і (жиналыс "jinalys", қиын). Known losses: кітап, loanwords like министр.
std::u32string mark_informal_i(std::u32string w) {
  bool has_i = false, official = false, back = false, front = false;
  for (char32_t c : w) {
    has_i |= c == U'i';
    official |= c == kDotlessI || c == U'ä' || c == U'ğ' || c == U'ñ' || c == U'ö' ||
                   c == U'ş' || c == U'ū' || c == U'ü' || c == U'ç';
    back |= is_back_vowel(c);
    front |= is_front_vowel(c);
  }
  if (!has_i || official) return w;  // official 2021 spelling
  const bool back_word = back && !front;
  for (std::size_t k = 0; k < w.size(); ++k) {
    if (w[k] != U'i') continue;
    char32_t prev = k > 0 ? w[k - 1] : 0, next = k + 1 < w.size() ? w[k + 1] : 0;
    // i + U+0307 is a folded capital İ, the 2021 letter for и: written on purpose.
    if (is_glide_vowel(prev) || is_vowel(next) || next == 0x0307 || back_word) continue;
    w[k] = kDotlessI;
  }
  return w;
}


// ä ğ q ñ ö ū ü ş ı, and the 2018 acute forms á ǵ ń ó ú ý: letters only Kazakh Latin uses.
bool is_kazakh_only_letter(char32_t c) {
  switch (c) {
    case U'ä': case U'ğ': case U'q': case U'ñ': case U'ö': case U'ū': case U'ü':
    case U'ş': case kDotlessI: case U'á': case U'ǵ': case U'ń': case U'ó': case U'ú':
    case U'ý':
      return true;
    default:
      return false;
  }
}

bool is_latin_letter(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

}  // namespace

struct KazakhLatinTransliterator::Impl {
  std::unique_ptr<icu::Transliterator> t;
};

KazakhLatinTransliterator::KazakhLatinTransliterator() : impl_(std::make_unique<Impl>()) {
  UParseError pe{};
  UErrorCode err = U_ZERO_ERROR;
  icu::UnicodeString rules = icu::UnicodeString::fromUTF8(
      icu::StringPiece(lexkz::data::kk_latin_cyrillic_rules.data(),
                       static_cast<int32_t>(lexkz::data::kk_latin_cyrillic_rules.size())));
  impl_->t.reset(icu::Transliterator::createFromRules("lexkz-kk-Latn-Cyrl", rules,
                                                      UTRANS_FORWARD, pe, err));
  if (U_FAILURE(err) || !impl_->t)
    throw std::runtime_error(std::string("kk_latin_cyrillic.rules: ") + u_errorName(err) +
                             " at line " + std::to_string(pe.line) + " offset " +
                             std::to_string(pe.offset));
}

KazakhLatinTransliterator::~KazakhLatinTransliterator() = default;

std::string KazakhLatinTransliterator::to_cyrillic(std::string_view word) const {
  std::u32string cps;
  cps.reserve(word.size());
  for (std::size_t i = 0; i < word.size();) cps.push_back(next_code_point(word, i));
  cps = mark_informal_i(std::move(cps));
  // ICU edits the string in place, moving the tail at each length change (sh → ш), which
  // is quadratic in the word length; real words are short, so a hostile megabyte "word"
  // is cut into chunks (context rules may misfire at the cuts, which nobody will read).
  constexpr std::size_t kChunk = 256;
  std::string out;
  for (std::size_t at = 0; at < cps.size(); at += kChunk) {
    std::size_t n = std::min(kChunk, cps.size() - at);
    icu::UnicodeString u = icu::UnicodeString::fromUTF32(
        reinterpret_cast<const UChar32*>(cps.data() + at), static_cast<int32_t>(n));
    impl_->t->transliterate(u);
    u.toUTF8String(out);
  }
  return out;
}

// Decision: an all-Latin word (letters, optionally hyphens and apostrophes) is Kazakh
// when it carries a letter only Kazakh Latin has — even inside a Russian passage, as
// English and Russian transliteration do not use them (q is the exception we accept:
// "qazaq" is far more frequent in our texts than English q-words). Inside a Kazakh
// passage every such word qualifies, except Roman numerals and words with digits. The
// optional guess from informal digraphs (sh/zh) without a Kazakh passage is NOT made:
// it would turn English and transliterated Russian names into Kazakh.
bool is_kazakh_latin(std::string_view word, bool passage_is_kazakh) {
  bool letter = false, kazakh_letter = false;
  for (std::size_t i = 0; i < word.size();) {
    char32_t c = next_code_point(word, i);
    if (is_latin_letter(c)) {
      letter = true;
      kazakh_letter |= is_kazakh_only_letter(c);
    } else if (c != U'-' && c != U'\'' && c != 0x2019 && c != 0x0307) {
      return false;  // digits, Cyrillic, other scripts, punctuation
    }
  }
  if (!letter || is_roman_numeral(word)) return false;
  return kazakh_letter || passage_is_kazakh;
}

}  // namespace lexkz::text

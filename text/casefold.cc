#include "text/casefold.h"

#include <utf8proc.h>

#include <array>
#include <cstdlib>

namespace lexkz::text {
namespace {

// NFKC_Casefold as utf8proc spells it (its own utf8proc_NFKC_Casefold uses the same
// flags): COMPAT+COMPOSE = NFKC, CASEFOLD = full case folding, IGNORE drops
// Default_Ignorable_Code_Point characters (soft hyphen U+00AD, ZWSP U+200B, ZWNJ/ZWJ
// U+200C/U+200D, word joiner U+2060, BOM U+FEFF), as Unicode's NFKC_Casefold does.
// STABLE refuses unassigned code points so results do not change between versions.
constexpr utf8proc_option_t kNfkcCasefold = static_cast<utf8proc_option_t>(
    UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);

// ё and Ё fold to е: Russian texts write ё only sometimes (U+0451 → U+0435).
void replace_yo(std::string& s) {
  for (std::size_t i = 0; i + 1 < s.size(); ++i)
    if (s[i] == '\xD1' && s[i + 1] == '\x91') s[i] = '\xD0', s[i + 1] = '\xB5';
}

std::string fold_slow(std::string_view word) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                                    static_cast<utf8proc_ssize_t>(word.size()), &out,
                                    kNfkcCasefold);
  if (n < 0) return std::string(word);  // invalid input: the caller broke the contract
  std::string s(reinterpret_cast<char*>(out), static_cast<std::size_t>(n));
  std::free(out);
  replace_yo(s);
  return s;
}

// The fold of one code point of the Cyrillic block U+0400..U+04FF, by the block's
// layout (capitals U+0400..U+042F sit 0x50/0x20 below their small letters; from U+0460
// pairs alternate capital/small; U+04C0 PALOCHKA folds to U+04CF). 0 marks combining
// marks U+0483..U+0489, which can compose and so take the slow path.
constexpr char16_t cyrillic_fold(char16_t cp) {
  if (cp <= 0x40F) return cp + 0x50;
  if (cp <= 0x42F) return cp + 0x20;
  if (cp <= 0x45F) return cp;
  if (cp >= 0x483 && cp <= 0x489) return 0;
  if (cp <= 0x481 || (cp >= 0x48A && cp <= 0x4BF) || cp >= 0x4D0) return cp | 1;
  if (cp == 0x4C0) return 0x4CF;
  if (cp >= 0x4C1 && cp <= 0x4CE) return (cp & 1) ? cp + 1 : cp;
  return cp;
}

struct FastTables {
  std::array<char16_t, 0x100> cyr{};  // indexed by cp - 0x400; ё→е applied
  FastTables() {
    for (char16_t i = 0; i < 0x100; ++i) cyr[i] = cyrillic_fold(0x400 + i);
    cyr[0x01] = 0x435;  // U+0401 CYRILLIC CAPITAL LETTER IO → е
    cyr[0x51] = 0x435;  // U+0451 CYRILLIC SMALL LETTER IO → е
  }
};

const FastTables kFast;

}  // namespace

std::string fold_case(std::string_view word) {
  std::string out;
  out.resize(word.size());
  const auto* p = reinterpret_cast<const unsigned char*>(word.data());
  const std::size_t n = word.size();
  std::size_t i = 0;
  // Every result of the fast path is the same length as its input (ASCII → ASCII,
  // U+04xx → U+04xx), so the output is written in place without growth checks.
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      out[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      ++i;
    } else if (c >= 0xD0 && c <= 0xD3 && i + 1 < n) {
      char16_t m = kFast.cyr[((c & 0x03) << 6) | (p[i + 1] & 0x3F)];
      if (m == 0) return fold_slow(word);
      out[i] = static_cast<char>(0xC0 | (m >> 6));
      out[i + 1] = static_cast<char>(0x80 | (m & 0x3F));
      i += 2;
    } else {
      return fold_slow(word);
    }
  }
  return out;
}

char32_t fold_cyrillic(char32_t cp) {
  return cp >= 0x400 && cp <= 0x4FF ? kFast.cyr[cp - 0x400] : 0;
}

bool is_dash(char32_t cp) {
  return cp == 0x2D || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 ||
         cp == 0xFE63 || cp == 0xFF0D;
}

bool is_space(char32_t cp) {
  return cp == 0x20 || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 || cp == 0xA0 ||
         cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

}  // namespace lexkz::text

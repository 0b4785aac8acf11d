#include "text/homoglyph.h"

#include "text/roman_numeral.h"
#include "text/utf8.h"

namespace lexkz::text {
namespace {

// One visual pair: a folded Latin letter and the folded Cyrillic letter it is typed
// for. Only pairs that look alike in common fonts in at least one case are listed
// (folding has erased the case, so B/В and M/М count although b/в differ).
struct Pair { char32_t latin, cyrillic; };

// Latin → Cyrillic, used inside mostly-Cyrillic words.
constexpr Pair kToCyrillic[] = {
    {U'a', 0x0430},     // LATIN SMALL LETTER A → CYRILLIC SMALL LETTER A
    {U'b', 0x0432},     // B → CYRILLIC SMALL LETTER VE (capitals identical)
    {U'c', 0x0441},     // C → CYRILLIC SMALL LETTER ES
    {U'e', 0x0435},     // E → CYRILLIC SMALL LETTER IE
    // h → U+04BB CYRILLIC SMALL LETTER SHHA, not U+043D EN (the twin of capital H):
    // Kazakh files type h for һ (жаhан, айдаhар, ибраhим all occur in our corpora),
    // while Latin H inside Russian words shows up only in all-capital text.
    {U'h', 0x04BB},
    {U'i', 0x0456},     // I → U+0456 BYELORUSSIAN-UKRAINIAN I, the Kazakh і
    {U'k', 0x043A},     // K → CYRILLIC SMALL LETTER KA
    {U'm', 0x043C},     // M → CYRILLIC SMALL LETTER EM (capitals identical)
    {U'o', 0x043E},     // O → CYRILLIC SMALL LETTER O
    {U'p', 0x0440},     // P → CYRILLIC SMALL LETTER ER
    {U'r', 0x0433},     // r → CYRILLIC SMALL LETTER GHE (lower case twins; "нeriзгi"
                        // occurs); word-initially, capital R stands for Р (see below)
    {U't', 0x0442},     // T → CYRILLIC SMALL LETTER TE (capitals identical)
    {U'x', 0x0445},     // X → CYRILLIC SMALL LETTER HA
    {U'y', 0x0443},     // Y → CYRILLIC SMALL LETTER U
    {0x0259, 0x04D9},   // LATIN SMALL LETTER SCHWA → CYRILLIC SMALL LETTER SCHWA (old Kazakh fonts)
    {0x0275, 0x04E9},   // LATIN SMALL LETTER BARRED O → CYRILLIC SMALL LETTER BARRED O
};

// Cyrillic → Latin, used inside mostly-Latin words (Roman numerals "vі", "хіі").
constexpr Pair kToLatin[] = {
    {U'a', 0x0430}, {U'b', 0x0432}, {U'c', 0x0441}, {U'e', 0x0435},
    {U'i', 0x0456}, {U'k', 0x043A}, {U'm', 0x043C}, {U'o', 0x043E}, {U'p', 0x0440},
    {U't', 0x0442}, {U'x', 0x0445}, {U'y', 0x0443},
    {U'h', 0x04BB},     // CYRILLIC SMALL LETTER SHHA → H
    {U'h', 0x043D},     // CYRILLIC SMALL LETTER EN → H (capital twins: "НLA" → "hla")
    {U'j', 0x0458},     // CYRILLIC SMALL LETTER JE → J
    {U's', 0x0455},     // CYRILLIC SMALL LETTER DZE → S
    {0x0259, 0x04D9},   // CYRILLIC SCHWA → LATIN SCHWA
};

bool is_cyrillic(char32_t cp) { return cp >= 0x0400 && cp <= 0x052F; }

bool is_latin(char32_t cp) {
  return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') ||
         (cp >= 0x00C0 && cp <= 0x024F && cp != 0x00D7 && cp != 0x00F7) ||
         (cp >= 0x0250 && cp <= 0x02AF) || (cp >= 0x1E00 && cp <= 0x1EFF);
}

char32_t latin_to_cyrillic(char32_t cp) {
  for (const auto& p : kToCyrillic)
    if (p.latin == cp) return p.cyrillic;
  return 0;
}

char32_t cyrillic_to_latin(char32_t cp) {
  for (const auto& p : kToLatin)
    if (p.cyrillic == cp) return p.latin;
  return 0;
}

// ә ғ қ ң ө ұ ү һ і: letters only Kazakh Cyrillic has.
bool is_kazakh_cyrillic(char32_t cp) {
  return cp == 0x04D9 || cp == 0x0493 || cp == 0x049B || cp == 0x04A3 || cp == 0x04E9 ||
         cp == 0x04B1 || cp == 0x04AF || cp == 0x04BB || cp == 0x0456;
}


enum class Target { none, cyrillic, latin };

}  // namespace

std::string repair_homoglyphs(std::string_view word) {
  // Fast path: a pure-ASCII word has no Cyrillic; a word without ASCII letters has no
  // Latin look-alike worth repairing (the non-ASCII Latin pairs need a Cyrillic
  // anchor anyway and are checked below only when an ASCII letter is present).
  bool ascii_only = true, ascii_letter = false;
  for (char ch : word) {
    auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) ascii_only = false;
    else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ascii_letter = true;
  }
  bool has_schwa = word.find("\xC9\x99") != std::string_view::npos ||   // U+0259
                   word.find("\xC9\xB5") != std::string_view::npos;     // U+0275
  if (ascii_only || (!ascii_letter && !has_schwa)) return std::string(word);

  std::size_t latin = 0, cyrillic = 0, latin_anchor = 0, cyrillic_anchor = 0;
  bool kazakh = false;
  std::string as_latin;  // the word with Cyrillic look-alikes made Latin, for is_roman
  for (std::size_t i = 0; i < word.size();) {
    char32_t cp = next_code_point(word, i);
    if (is_latin(cp)) {
      ++latin;
      if (!latin_to_cyrillic(cp)) ++latin_anchor;
      append_utf8(as_latin, cp);
    } else if (is_cyrillic(cp)) {
      ++cyrillic;
      if (!cyrillic_to_latin(cp)) ++cyrillic_anchor;
      kazakh |= is_kazakh_cyrillic(cp);
      char32_t l = cyrillic_to_latin(cp);
      append_utf8(as_latin, l ? l : cp);
    }
  }
  if (latin == 0 || cyrillic == 0) return std::string(word);

  // Letters with no twin in the other script decide; a word with such letters on both
  // sides is a true mix ("windowsтың") and stays; a word made only of look-alikes is
  // Latin when it reads as a Roman numeral ("хі"), else goes by majority.
  Target target = Target::none;
  if (cyrillic_anchor && latin_anchor) return std::string(word);
  if (cyrillic_anchor) target = Target::cyrillic;
  else if (latin_anchor) target = Target::latin;
  else if (is_roman_numeral(as_latin)) target = Target::latin;
  else if (cyrillic > latin) target = Target::cyrillic;
  else if (latin > cyrillic) target = Target::latin;
  else if (kazakh) target = Target::cyrillic;
  if (target == Target::none) return std::string(word);

  std::string out;
  out.reserve(word.size() + 4);
  for (std::size_t i = 0; i < word.size();) {
    char32_t cp = next_code_point(word, i);
    char32_t m = 0;
    if (target == Target::cyrillic && is_latin(cp)) {
      m = (cp == U'r' && i == 1) ? char32_t{0x0440} : latin_to_cyrillic(cp);
    } else if (target == Target::latin && is_cyrillic(cp)) {
      m = cyrillic_to_latin(cp);
    }
    append_utf8(out, m ? m : cp);
  }
  return out;
}

}  // namespace lexkz::text

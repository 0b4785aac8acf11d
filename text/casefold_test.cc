#define BOOST_TEST_MODULE casefold_test
#include <boost/test/unit_test.hpp>

#include <utf8proc.h>

#include <chrono>
#include <cstdlib>
#include <random>

#include "text/casefold.h"
#include "text/utf8.h"

using namespace lexkz::text;

namespace {

// The reference: NFKC_Casefold straight from utf8proc, then ё→е, with no fast path.
std::string reference_fold(std::string_view s) {
  utf8proc_uint8_t* out = utf8proc_NFKC_Casefold(
      reinterpret_cast<const utf8proc_uint8_t*>(std::string(s).c_str()));
  BOOST_REQUIRE(out != nullptr);
  std::string r(reinterpret_cast<char*>(out));
  std::free(out);
  for (std::size_t pos; (pos = r.find("ё")) != std::string::npos;) r.replace(pos, 2, "е");
  return r;
}

std::string utf8_of(char32_t cp) {
  std::string s;
  append_utf8(s, cp);
  return s;
}

}  // namespace

BOOST_AUTO_TEST_CASE(folds_table) {
  struct Row { const char* in; const char* out; };
  const Row rows[] = {
      {"", ""},
      {"Закон", "закон"},
      {"ЗАКОНА", "закона"},
      {"Ёлка", "елка"},
      {"ёлка", "елка"},
      {"ребёнок", "ребенок"},
      {"ӘЙЕЛ", "әйел"},
      {"ҒҚҢӨҰҮҺІ", "ғқңөұүһі"},
      {"ҚҰҚЫҚ", "құқық"},
      {"Бiз", "бiз"},                         // Latin i stays Latin (homoglyph stage fixes it)
      {"ABCxyz019-_", "abcxyz019-_"},
      {"пра\u00ADво", "право"},                // soft hyphen dropped
      {"за\u200Bкон", "закон"},                // zero-width space dropped
      {"за\u200Dкон\u200C", "закон"},          // ZWJ / ZWNJ dropped
      {"\uFEFFзакон", "закон"},                // stray BOM dropped
      {"е\u0308", "е"},                        // decomposed ё composes, then ё→е
      {"Е\u0308ЛКА", "елка"},
      {"и\u0306", "й"},                        // decomposed й composes
      {"Straße", "strasse"},
      {"ＡＢＣ１２", "abc12"},                 // full-width forms (NFKC)
      {"ﬁnal", "final"},                       // ligature (NFKC)
      {"QAZAQSTAN", "qazaqstan"},
      {"ÄIEL", "äiel"},
      {"ŞŪĞÑÖÜ", "şūğñöü"},
      {"İ", "i\u0307"},                        // Unicode full folding, as NFKC_Casefold
      {"Ӏ", "ӏ"},                              // U+04C0 PALOCHKA → U+04CF
      {"№", "no"},                             // NFKC: U+2116 NUMERO SIGN
  };
  for (const auto& r : rows) {
    BOOST_TEST_INFO("input: " << r.in);
    BOOST_TEST(fold_case(r.in) == r.out);
  }
}

BOOST_AUTO_TEST_CASE(fast_path_matches_utf8proc_for_every_code_point_up_to_u04ff) {
  for (char32_t cp = 1; cp <= 0x4FF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string s = utf8_of(cp);
    BOOST_TEST_INFO("U+" << std::hex << static_cast<unsigned>(cp));
    BOOST_TEST(fold_case(s) == reference_fold(s));
    // With a neighbour on each side, so context-sensitive composition would show.
    std::string t = "Д" + s + "a" + s;
    BOOST_TEST(fold_case(t) == reference_fold(t));
  }
}

BOOST_AUTO_TEST_CASE(fast_path_matches_utf8proc_for_random_strings) {
  std::mt19937 rng(7);
  // Mostly ASCII and Cyrillic, with some Latin-1 letters and combining marks.
  auto pick = [&]() -> char32_t {
    switch (rng() % 8) {
      case 0: return 0x20 + rng() % 0x5F;
      case 1: return 0x300 + rng() % 0x70;
      case 2: return 0xA0 + rng() % 0x1B0;
      default: return 0x400 + rng() % 0x100;
    }
  };
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (int k = rng() % 12; k >= 0; --k) append_utf8(s, pick());
    BOOST_TEST_INFO("input: " << s);
    BOOST_TEST(fold_case(s) == reference_fold(s));
  }
}

BOOST_AUTO_TEST_CASE(dashes_and_spaces) {
  for (char32_t cp : {0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58,
                      0xFE63, 0xFF0D})
    BOOST_TEST(is_dash(cp));
  for (char32_t cp : {0x5F, 0x7E, 0x2016, 0xAD, 0x41}) BOOST_TEST(!is_dash(cp));
  for (char32_t cp : {0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2000, 0x2007, 0x200A, 0x202F, 0x205F,
                      0x3000})
    BOOST_TEST(is_space(cp));
  for (char32_t cp : {0x200B, 0x41, 0x2D, 0x0, 0xFEFF}) BOOST_TEST(!is_space(cp));
}

BOOST_AUTO_TEST_CASE(hostile_and_large_inputs) {
  std::string big;
  while (big.size() < (5u << 20)) big += "ҚҰҚЫҚТАРЫНЫҢКемсітушілікке";
  auto t0 = std::chrono::steady_clock::now();
  std::string folded = fold_case(big);
  auto t1 = std::chrono::steady_clock::now();
  BOOST_TEST(folded.size() == big.size());
  BOOST_TEST(folded.substr(0, 10) == "құқық");
  BOOST_TEST_MESSAGE("fast path: " << big.size() / 1e6 /
                                          std::chrono::duration<double>(t1 - t0).count()
                                   << " MB/s");
  std::string slow = big + "ß";
  t0 = std::chrono::steady_clock::now();
  BOOST_TEST(fold_case(slow) == folded + "ss");
  t1 = std::chrono::steady_clock::now();
  BOOST_TEST_MESSAGE("slow path: " << slow.size() / 1e6 /
                                          std::chrono::duration<double>(t1 - t0).count()
                                   << " MB/s");
}

BOOST_AUTO_TEST_CASE(fold_cyrillic_is_fold_case_of_one_letter) {
  // Every code point of the block but the combining marks folds alone as fold_case folds it;
  // outside the block and for the marks it says 0 (only fold_case can tell).
  for (char32_t cp = 0x400; cp <= 0x4FF; ++cp) {
    std::string one;
    lexkz::text::append_utf8(one, cp);
    const char32_t f = lexkz::text::fold_cyrillic(cp);
    if (cp >= 0x483 && cp <= 0x489) {
      BOOST_TEST(static_cast<unsigned>(f) == 0u);
      continue;
    }
    std::string want;
    lexkz::text::append_utf8(want, f);
    BOOST_TEST(lexkz::text::fold_case(one) == want, std::hex << static_cast<unsigned>(cp));
  }
  BOOST_TEST(static_cast<unsigned>(lexkz::text::fold_cyrillic(U'Ё')) == static_cast<unsigned>(U'е'));
  BOOST_TEST(static_cast<unsigned>(lexkz::text::fold_cyrillic(U'Қ')) == static_cast<unsigned>(U'қ'));
  BOOST_TEST(static_cast<unsigned>(lexkz::text::fold_cyrillic(U'A')) == 0u);
  BOOST_TEST(static_cast<unsigned>(lexkz::text::fold_cyrillic(0x500)) == 0u);
}

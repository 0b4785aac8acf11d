#define BOOST_TEST_MODULE homoglyph_test
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <random>

#include "text/homoglyph.h"
#include "text/utf8.h"

using namespace lexkz::text;

BOOST_AUTO_TEST_CASE(repairs_table) {
  struct Row { const char* in; const char* out; };
  const Row rows[] = {
      // Unchanged: one script only, or nothing to decide.
      {"", ""},
      {"закон", "закон"},
      {"кемсітушілік", "кемсітушілік"},
      {"copy", "copy"},                       // ASCII made only of look-alikes is Latin
      {"xii", "xii"},
      {"321", "321"},
      {"qazaqstan", "qazaqstan"},
      // Kazakh words typed with Latin i (U+0069 → U+0456).
      {"бiз", "біз"},
      {"енгiзiледi", "енгізіледі"},
      {"мiндеттi", "міндетті"},
      // Russian words with Latin a/e/o/p/c/x/y.
      {"закoн", "закон"},
      {"пpавo", "право"},
      {"cуд", "суд"},
      {"aдвокат", "адвокат"},
      {"xолдинг", "холдинг"},
      {"yгол", "угол"},
      // Capitals that are twins only in upper case (folded before we see them).
      {"mосква", "москва"},                   // М
      {"bерховный", "верховный"},             // В
      {"hалог", "һалог"},                     // known loss: capital H in Russian caps text
      {"tруд", "труд"},                       // Т
      {"kодекс", "кодекс"},                   // К
      // Latin h in a Cyrillic word is Kazakh һ (U+04BB).
      {"жиhаз", "жиһаз"},
      {"айдаhар", "айдаһар"},
      {"мұhит", "мұһит"},
      // Old Kazakh fonts: Latin schwa / barred o for ә / ө.
      {"\u0259ділет", "әділет"},
      {"\u0275з", "өз"},
      // Cyrillic look-alikes in Latin words; Roman numerals in law numbers.
      {"vі", "vi"},                           // № 321-VІ with Cyrillic І
      {"хі", "хі"},                           // Cyrillic х + Cyrillic і: one script, unchanged
      {"xі", "xi"},                           // Latin x + Cyrillic і: a Roman numeral
      {"іv", "iv"},
      {"cоurt", "court"},
      {"lаw", "law"},
      {"нla", "hla"},                         // Cyrillic Н typed in Latin HLA
      {"qаzаq", "qazaq"},
      // Latin r typed for г.
      {"нeriзгi", "негізгі"},
      {"rекесі", "рекесі"},                   // word-initial R is a capital: Р
      // True mixes, with letters on both sides that have no twin, stay as they are.
      {"бd", "бd"},
      {"windowsтың", "windowsтың"},
      {"kaspiбанк", "kaspiбанк"},
      // Only look-alikes, not a Roman numeral: majority, ties stay.
      {"сoк", "сок"},
      {"coр", "cop"},
      {"сo", "сo"},
  };
  for (const auto& r : rows) {
    BOOST_TEST_INFO("input: " << r.in);
    BOOST_TEST(repair_homoglyphs(r.in) == r.out);
  }
}

BOOST_AUTO_TEST_CASE(output_is_valid_and_never_mixes_look_alikes_on_random_words) {
  std::mt19937 rng(11);
  const char32_t alphabet[] = {U'a', U'c', U'e', U'i', U'o', U'p', U'x', U'y', U'v', U'q',
                               U'ä', 0x0430, 0x0441, 0x0435, 0x0456, 0x043E, 0x0440,
                               0x0445, 0x0443, 0x0431, 0x049B, 0x0259, U'-', U'1'};
  for (int round = 0; round < 20000; ++round) {
    std::string w;
    for (int k = rng() % 10; k >= 0; --k)
      append_utf8(w, alphabet[rng() % (sizeof alphabet / sizeof alphabet[0])]);
    std::string r = repair_homoglyphs(w);
    BOOST_TEST_INFO("input: " << w);
    BOOST_TEST(is_valid_utf8(r));
    BOOST_TEST(code_point_count(r) == code_point_count(w));
    BOOST_TEST(repair_homoglyphs(r) == r);  // idempotent
  }
}

BOOST_AUTO_TEST_CASE(large_inputs) {
  std::string ascii(5u << 20, 'a');
  auto t0 = std::chrono::steady_clock::now();
  BOOST_TEST(repair_homoglyphs(ascii).size() == ascii.size());
  std::string cyr;
  while (cyr.size() < (5u << 20)) cyr += "кемсітушілікке";
  auto t1 = std::chrono::steady_clock::now();
  BOOST_TEST(repair_homoglyphs(cyr) == cyr);
  auto t2 = std::chrono::steady_clock::now();
  std::string mixed = cyr + "i";
  BOOST_TEST(repair_homoglyphs(mixed) == cyr + "і");
  auto t3 = std::chrono::steady_clock::now();
  auto rate = [](std::size_t n, auto a, auto b) {
    return n / 1e6 / std::chrono::duration<double>(b - a).count();
  };
  BOOST_TEST_MESSAGE("ascii " << rate(ascii.size(), t0, t1) << " MB/s, cyrillic "
                              << rate(cyr.size(), t1, t2) << " MB/s, mixed "
                              << rate(mixed.size(), t2, t3) << " MB/s");
}

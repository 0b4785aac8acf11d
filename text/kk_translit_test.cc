#define BOOST_TEST_MODULE kk_translit_test
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <random>

#include "text/casefold.h"
#include "text/kk_translit.h"
#include "text/utf8.h"

using namespace lexkz::text;

BOOST_AUTO_TEST_CASE(transliterates_table) {
  struct Row { const char* latin; const char* cyrillic; };
  const Row rows[] = {
      // The 2021 alphabet.
      {"kemsıtuşılık", "кемсітушілік"},
      {"qūqyq", "құқық"},
      {"qazaqstan", "қазақстан"},
      {"äiel", "әйел"},
      {"zañ", "заң"},
      {"bala", "бала"},
      {"jūmys", "жұмыс"},
      {"qudalau", "қудалау"},
      {"sot", "сот"},
      {"erekşe", "ерекше"},
      {"bılım", "білім"},
      {"tıl", "тіл"},
      {"memleket", "мемлекет"},
      {"azamat", "азамат"},
      {"ğylym", "ғылым"},
      {"öner", "өнер"},
      {"ükımet", "үкімет"},
      {"bostandyq", "бостандық"},
      {"jauapkerşılık", "жауапкершілік"},
      {"qylmystyq", "қылмыстық"},
      {"tiıs", "тиіс"},
      {"kiım", "киім"},
      {"jinalys", "жиналыс"},
      {"keiın", "кейін"},
      {"aitu", "айту"},
      {"üi", "үй"},
      {"oquy", "оқуы"},
      {"iesı", "иесі"},
      {"iağni", "яғни"},
      {"siaqty", "сияқты"},
      {"komissia", "комиссия"},
      {"konstitutsia", "конституция"},
      {"siiaqty", "сияқты"},                // official 2021: ия is i + ia
      {"prezident", "президент"},           // loanword stems (see the rules file)
      {"respublikasynyñ", "республикасының"},
      {"ministrlıgı", "министрлігі"},
      {"ministrligi", "министрлігі"},
      {"aitsa", "айтса"},
      {"ūiym", "ұйым"},
      {"çempion", "чемпион"},
      {"hal", "хал"},
      {"mäselesı", "мәселесі"},
      {"bap", "бап"},
      {"94-bap", "94-бап"},
      // Informal keyboard spellings.
      {"kemsitushilik", "кемсітушілік"},
      {"bilim", "білім"},
      {"mindetti", "міндетті"},
      {"zhumys", "жумыс"},                 // ū typed as u: ұ is lost, ж is not
      {"shart", "шарт"},
      {"chempion", "чемпион"},
      {"ghylym", "ғылым"},
      {"zang", "заң"},                     // word-final ng after a vowel
      {"balanyng", "баланың"},
      {"engizu", "енгізу"},                // ng inside a word is н+г
      {"keyin", "кейін"},
      {"qoy", "қой"},
      {"kiim", "киім"},
      {"tiis", "тиіс"},
      {"qiyn", "қиын"},
      {"sipattama", "сипаттама"},          // back-vowel word: i is и
      {"biliktilik", "біліктілік"},
      {"qyzmetshi", "қызметші"},
      {"monitoring", "мониторинг"},
      // 2017 apostrophes and 2018 acute letters.
      {"a'dilet", "әділет"},
      {"zan'", "заң"},
      {"ádilet", "әділет"},
      {"óner", "өнер"},
      {"ǵylym", "ғылым"},
      // Hostile.
      {"", ""},
      {"-", "-"},
      {"закон", "закон"},                  // already Cyrillic passes through
  };
  KazakhLatinTransliterator t;
  for (const auto& r : rows) {
    BOOST_TEST_INFO("input: " << r.latin);
    BOOST_TEST(t.to_cyrillic(r.latin) == r.cyrillic);
  }
}

BOOST_AUTO_TEST_CASE(folded_capitals_transliterate) {
  KazakhLatinTransliterator t;
  BOOST_TEST(t.to_cyrillic(fold_case("QAZAQSTAN")) == "қазақстан");
  BOOST_TEST(t.to_cyrillic(fold_case("İS")) == "ис");  // İ folds to i + U+0307
  BOOST_TEST(t.to_cyrillic(fold_case("ÄIEL")) == "әйел");
}

BOOST_AUTO_TEST_CASE(decides_kazakh_latin) {
  struct Row { const char* word; bool in_kk_passage; bool expect; };
  const Row rows[] = {
      {"qūqyq", false, true},        // Kazakh-only letters decide, in any passage
      {"zañ", false, true},
      {"kemsıtuşılık", false, true},
      {"qazaqstan", false, true},    // q
      {"bala", false, false},        // plain ASCII needs a Kazakh passage
      {"bala", true, true},
      {"kemsitushilik", true, true},
      {"kemsitushilik", false, false},
      {"iv", true, false},           // Roman numerals never
      {"xii", true, false},
      {"mcmxc", true, false},
      {"vi", false, false},
      {"civil", true, true},         // not a valid Roman numeral
      {"covid19", true, false},      // digits
      {"a1", true, false},
      {"закон", true, false},        // not Latin
      {"qазақ", true, false},        // mixed scripts
      {"", true, false},
      {"-", true, false},
      {"a'dilet", true, true},
      {"äiel", false, true},
      {"ş", false, true},
      {"law", false, false},
  };
  for (const auto& r : rows) {
    BOOST_TEST_INFO("word: " << r.word << " passage kk: " << r.in_kk_passage);
    BOOST_TEST(is_kazakh_latin(r.word, r.in_kk_passage) == r.expect);
  }
}

BOOST_AUTO_TEST_CASE(random_and_large_inputs) {
  KazakhLatinTransliterator t;
  std::mt19937 rng(3);
  const char32_t alphabet[] = {U'a', U'ä', U'b', U'c', U'g', U'ğ', U'h', U'i', U'ı', U'n',
                               U'ñ', U'q', U's', U'ş', U'u', U'ū', U'y', U'z', U'\'', U'-',
                               U'1', 0x0307, 0x0430};
  for (int round = 0; round < 5000; ++round) {
    std::string w;
    for (int k = rng() % 12; k >= 0; --k)
      append_utf8(w, alphabet[rng() % (sizeof alphabet / sizeof alphabet[0])]);
    std::string c = t.to_cyrillic(w);
    BOOST_TEST_INFO("input: " << w);
    BOOST_TEST(is_valid_utf8(c));
    is_kazakh_latin(w, round % 2);
  }
  std::string big;
  while (big.size() < (5u << 20)) big += "kemsitushilik";
  auto t0 = std::chrono::steady_clock::now();
  std::string out = t.to_cyrillic(big);
  auto t1 = std::chrono::steady_clock::now();
  BOOST_TEST(out.substr(0, 24) == "кемсітушілік");
  BOOST_TEST(is_kazakh_latin(big, true));
  BOOST_TEST_MESSAGE("5 MB word: " << big.size() / 1e6 /
                                          std::chrono::duration<double>(t1 - t0).count()
                                   << " MB/s");
  auto t2 = std::chrono::steady_clock::now();
  for (int i = 0; i < 100000; ++i) t.to_cyrillic("qūqyqtarynyñ");
  auto t3 = std::chrono::steady_clock::now();
  double us = std::chrono::duration<double, std::micro>(t3 - t2).count() / 100000;
  BOOST_TEST_MESSAGE("short words: " << us << " us/word");
}

#define BOOST_TEST_MODULE analyzer_test
#include <boost/test/unit_test.hpp>

#include <random>

#include "tests/support/analysis_check.h"
#include "text/analyzer.h"
#include "text/utf8.h"

using lexkz::testing::check_analyzes_to;
using lexkz::testing::check_invariants;
using namespace lexkz::text;

namespace {

std::string stem_of(Analyzer& a, std::string_view word, LangMode mode) {
  Analysis r = a.analyze(word, mode);
  BOOST_REQUIRE_EQUAL(r.tokens.size(), 1u);
  return r.tokens[0].stem;
}

}  // namespace

// Issue 2, "Done means": the inflections and the Latin spelling of one word meet.
BOOST_AUTO_TEST_CASE(issue_examples_meet) {
  Analyzer a;
  const std::string base = stem_of(a, "кемсітушілік", LangMode::kk);
  BOOST_TEST(stem_of(a, "кемсітушілікке", LangMode::kk) == base);
  BOOST_TEST(stem_of(a, "kemsitushilik", LangMode::kk) == base);
  BOOST_TEST(stem_of(a, "Кемсітушілікке", LangMode::automatic) == base);
  BOOST_TEST(stem_of(a, "дискриминацией", LangMode::ru) == stem_of(a, "дискриминация", LangMode::ru));
  BOOST_TEST(stem_of(a, "Дискриминацией", LangMode::automatic) ==
             stem_of(a, "дискриминация", LangMode::automatic));
}

// Rows: input, expected stems with positions; one per line (xapian's api_termgen style).
BOOST_AUTO_TEST_CASE(analyzes_to_table) {
  Analyzer a;
  check_analyzes_to(a, "", "");
  check_analyzes_to(a, "   \n\t ", "");
  check_analyzes_to(a, "Ребёнок и ребенка", "ребенк[1] и[2]/stop ребенк[3]");
  check_analyzes_to(a, "домогательство домогательствам", "домогательств[1] домогательств[2]");
  check_analyzes_to(a, "құқығы құқықтар", "құқық[1] құқық[2]", LangMode::kk);
  check_analyzes_to(a, "2024 жылғы", "2024[1] жыл[2]", LangMode::kk);
}

BOOST_AUTO_TEST_CASE(homoglyphs_and_odd_characters_meet_the_clean_spelling) {
  Analyzer a;
  // "Бiз" with U+0069 LATIN SMALL LETTER I inside a Cyrillic word.
  Analysis mixed = a.analyze("Бiз енгiзiледi", LangMode::automatic);
  Analysis clean = a.analyze("біз енгізіледі", LangMode::automatic);
  BOOST_REQUIRE_EQUAL(mixed.tokens.size(), 2u);
  BOOST_REQUIRE_EQUAL(clean.tokens.size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    BOOST_TEST(mixed.tokens[i].norm == clean.tokens[i].norm);
    BOOST_TEST(mixed.tokens[i].stem == clean.tokens[i].stem);
    BOOST_TEST(mixed.tokens[i].lang == Lang::kk);
  }
  // A Russian word typed with Latin a/o/e (U+0061, U+006F, U+0065).
  Analysis latin_in_ru = a.analyze("закoн", LangMode::automatic);
  BOOST_TEST(latin_in_ru.tokens.at(0).norm == "закон");
}

BOOST_AUTO_TEST_CASE(offsets_are_bytes_into_the_original) {
  Analyzer a;
  const std::string text = "«Сексуальное\u00a0домогательство» – это…";
  Analysis r = a.analyze(text);
  check_invariants(text, r);
  BOOST_REQUIRE_EQUAL(r.tokens.size(), 3u);
  BOOST_TEST(r.tokens[0].surface == "Сексуальное");
  BOOST_TEST(r.tokens[0].start == 2u);  // after the two bytes of «
  BOOST_TEST(r.tokens[1].surface == "домогательство");
  BOOST_TEST(r.tokens[2].stop == true);  // "это"
}

BOOST_AUTO_TEST_CASE(language_per_passage_and_per_token) {
  Analyzer a;
  BOOST_TEST(a.analyze("Осы Заңда мынадай негізгі ұғымдар пайдаланылады").lang == Lang::kk);
  BOOST_TEST(a.analyze("В настоящем Законе используются следующие основные понятия").lang == Lang::ru);
  // A Kazakh term quoted in a Russian passage keeps its own language.
  Analysis quoted = a.analyze("Термин «кемсітушілік» в казахском тексте закона означает дискриминацию");
  BOOST_TEST(quoted.lang == Lang::ru);
  BOOST_TEST(quoted.tokens.at(1).lang == Lang::kk);
  BOOST_TEST(quoted.tokens.at(0).lang == Lang::ru);
  // Numbers and Roman numerals have no language.
  Analysis numbers = a.analyze("№ 321-VІ 2011");
  for (const Token& t : numbers.tokens) BOOST_TEST((t.lang == Lang::none));
}

BOOST_AUTO_TEST_CASE(forced_language_applies_to_every_word) {
  Analyzer a;
  Analysis r = a.analyze("бала балалар", LangMode::kk);
  BOOST_TEST(r.lang == Lang::kk);
  BOOST_TEST(r.tokens.at(0).stem == r.tokens.at(1).stem);
  BOOST_TEST((r.tokens.at(0).lang == Lang::kk));
}

BOOST_AUTO_TEST_CASE(normalize_and_stem_match_analyze) {
  Analyzer a;
  for (const char* w : {"Кемсітушілікке", "kemsitushilik", "Домогательствам", "ЗАҢДАРЫНДА"}) {
    Analysis r = a.analyze(w, LangMode::kk);
    BOOST_TEST(a.normalize(w, Lang::kk) == r.tokens.at(0).norm);
    BOOST_TEST(a.stem(r.tokens.at(0).norm, Lang::kk) == r.tokens.at(0).stem);
  }
}

// Hostile input: a 5 MB line without spaces, mixed scripts, random valid UTF-8.
BOOST_AUTO_TEST_CASE(hostile_input_keeps_the_invariants) {
  Analyzer a;
  std::string long_line;
  while (long_line.size() < 5'000'000) long_line += "құқықтарыныңzakon";
  Analysis r = a.analyze(long_line);
  check_invariants(long_line, r);
  BOOST_TEST(!r.tokens.empty());

  std::mt19937 rng(42);
  std::uniform_int_distribution<int> pick(0, 9);
  const char32_t alphabet[] = {U'а', U'қ', U'i', U'Ё', U' ', U'-', U'7', U'\u00a0', U'ә', U'x'};
  for (int round = 0; round < 200; ++round) {
    std::string s;
    for (int k = 0; k < 64; ++k) append_utf8(s, alphabet[pick(rng)]);
    BOOST_TEST_CONTEXT("round " << round) { check_invariants(s, a.analyze(s)); }
  }
}

// Issue 12: a Kazakh stop word typed in plain Latin is the stop word after transliteration
// (the stop flag is decided on the Cyrillic norm), and it makes its passage Kazakh.
BOOST_AUTO_TEST_CASE(plain_latin_kazakh_stop_words_are_stop_words) {
  Analyzer a;
  Analysis x = a.analyze("ushin kemsitushilik", LangMode::automatic);
  BOOST_REQUIRE_EQUAL(x.tokens.size(), 2u);
  BOOST_CHECK(x.lang == Lang::kk);
  BOOST_CHECK_EQUAL(x.tokens[0].norm, "үшін");
  BOOST_CHECK(x.tokens[0].stop);
  BOOST_CHECK_EQUAL(x.tokens[1].stem, a.analyze("кемсітушілік", LangMode::kk).tokens[0].stem);
  Analysis y = a.analyze("jynystyq belgisi boiynsha jane", LangMode::automatic);
  BOOST_REQUIRE_EQUAL(y.tokens.size(), 4u);
  BOOST_CHECK(y.tokens[2].stop && y.tokens[3].stop);
  BOOST_CHECK_EQUAL(y.tokens[3].norm, "және");
  // A capitalised name in English text is not taken for Kazakh.
  Analysis z = a.analyze("Jane went to the market", LangMode::automatic);
  BOOST_CHECK(z.tokens[0].lang == Lang::none);
  BOOST_CHECK(!z.tokens[0].stop);
}

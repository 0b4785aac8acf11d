#define BOOST_TEST_MODULE stopwords_test
#include <boost/test/unit_test.hpp>

#include <lexkz_data.h>

#include "text/casefold.h"
#include "text/stopwords.h"

using namespace lexkz::text;

namespace {

struct Row {
  Lang lang;
  std::string_view word;
  bool stop;
};

}  // namespace

BOOST_AUTO_TEST_CASE(parse_list_format) {
  auto s = Stopwords::parse_list(
      "# header comment\n"
      "\n"
      "и\n"
      "  на  \r\n"
      "мен # trailing comment\n"
      "   # indented comment\n"
      "\t\n"
      "и\n"
      "last-without-newline");
  BOOST_TEST(s.size() == 4u);
  BOOST_TEST(s.contains("и"));
  BOOST_TEST(s.contains("на"));
  BOOST_TEST(s.contains("мен"));
  BOOST_TEST(s.contains("last-without-newline"));
  BOOST_TEST(Stopwords::parse_list("").empty());
  BOOST_TEST(Stopwords::parse_list("#only\n\n   \n").empty());
}

BOOST_AUTO_TEST_CASE(built_in_lists) {
  Stopwords sw;
  const Row rows[] = {
      // Russian function words
      {Lang::ru, "и", true},
      {Lang::ru, "в", true},
      {Lang::ru, "на", true},
      {Lang::ru, "который", true},
      {Lang::ru, "является", true},
      // Russian: negation and legal content words stay searchable
      {Lang::ru, "не", false},
      {Lang::ru, "без", false},
      {Lang::ru, "закон", false},
      {Lang::ru, "статья", false},
      {Lang::ru, "суд", false},
      // Kazakh function words
      {Lang::kk, "және", true},
      {Lang::kk, "мен", true},
      {Lang::kk, "үшін", true},
      {Lang::kk, "туралы", true},
      {Lang::kk, "бойынша", true},
      {Lang::kk, "осы", true},
      {Lang::kk, "ғой", true},
      // Kazakh: negation, modality and legal content words stay searchable
      {Lang::kk, "емес", false},
      {Lang::kk, "жоқ", false},
      {Lang::kk, "тиіс", false},
      {Lang::kk, "заң", false},
      {Lang::kk, "құқық", false},
      {Lang::kk, "сот", false},
      // A word is a stop word only in its own language; none has no stop words.
      {Lang::kk, "и", false},
      {Lang::ru, "және", false},
      {Lang::none, "и", false},
      {Lang::none, "және", false},
      {Lang::ru, "", false},
  };
  for (const Row& r : rows) {
    BOOST_TEST_CONTEXT(lang_code(r.lang) << " '" << r.word << "'") {
      BOOST_TEST(sw.is_stop(r.lang, r.word) == r.stop);
    }
  }
}

// The shipped lists are written already folded (README.md), and are of useful size.
BOOST_AUTO_TEST_CASE(lists_are_folded_and_sized) {
  for (auto [name, text, min_size] :
       {std::tuple{"ru", lexkz::data::ru_txt, 120u}, std::tuple{"kk", lexkz::data::kk_txt, 80u}}) {
    auto words = Stopwords::parse_list(text);
    BOOST_TEST_CONTEXT(name) {
      BOOST_TEST(words.size() >= min_size);
      for (const std::string& w : words) {
        BOOST_TEST_CONTEXT("word '" << w << "'") {
          BOOST_TEST(fold_case(w) == w);
          BOOST_TEST(w.find(' ') == std::string::npos);
        }
      }
    }
  }
}

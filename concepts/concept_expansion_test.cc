#define BOOST_TEST_MODULE concept_expansion
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <iostream>

#include "concepts/concept_expansion.h"

using lexkz::concepts::ConceptExpander;

namespace {

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

ConceptExpander& expander() {
  static ConceptExpander e;
  return e;
}

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : " | ") + s;
  return out;
}

}  // namespace

// ru → kk: the Russian word brings its tag and the Kazakh names of the glossary line.
BOOST_AUTO_TEST_CASE(russian_word_expands_to_kazakh) {
  auto c = expander().expand("домогательство");
  BOOST_TEST_MESSAGE("домогательство: tags " << joined(c.tags) << "; terms " << joined(c.terms));
  BOOST_CHECK(has(c.tags, "harassment"));
  BOOST_CHECK(has(c.terms, "домогательство"));
  BOOST_CHECK(has(c.terms, "қысым көрсету"));
}

// kk → ru, and an inflected word finds its concept (glossary lines compare stems).
BOOST_AUTO_TEST_CASE(kazakh_word_expands_to_russian) {
  auto c = expander().expand("кемсітушілікке");
  BOOST_CHECK(has(c.tags, "discrimination"));
  BOOST_CHECK(has(c.terms, "дискриминация"));
  auto s = expander().expand("аңду");
  BOOST_CHECK(has(s.tags, "stalking"));
  BOOST_CHECK(has(s.terms, "сталкинг"));
}

// Kazakh in Latin letters is read as Kazakh, then expanded to both languages.
BOOST_AUTO_TEST_CASE(latin_kazakh_expands_to_both) {
  auto c = expander().expand("kemsitushilik");
  BOOST_TEST_MESSAGE("kemsitushilik: tags " << joined(c.tags) << "; terms " << joined(c.terms));
  BOOST_CHECK(has(c.terms, "кемсітушілік"));
  BOOST_CHECK(has(c.terms, "дискриминация"));
  BOOST_CHECK(has(c.tags, "discrimination"));
}

// A word no rule or glossary line knows stands for itself.
BOOST_AUTO_TEST_CASE(unknown_word_is_itself) {
  auto c = expander().expand("стол");
  BOOST_CHECK(c.tags.empty());
  BOOST_REQUIRE_EQUAL(c.terms.size(), 1u);
  BOOST_CHECK_EQUAL(c.terms[0], "стол");
}

// The hook builds its expander once and gives the same answers.
BOOST_AUTO_TEST_CASE(hook_expands) {
  auto hook = lexkz::concepts::concept_expansion_hook();
  auto c = hook("харассмент");
  BOOST_CHECK(has(c.tags, "harassment"));
  BOOST_CHECK(has(hook("қысым көрсету").terms, "домогательство"));
}

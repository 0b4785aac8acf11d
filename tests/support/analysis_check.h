#pragma once
// check_analyzes_to: the one assertion helper for analyzer tests (Lucene's
// BaseTokenStreamTestCase.assertAnalyzesTo). Besides the expected stems it checks the
// invariants every analysis must keep: offsets inside the text and never going
// backwards, surface == text[start,end), positions 1, 2, 3 …, no extra tokens.
#include <boost/test/unit_test.hpp>

#include <sstream>
#include <string>

#include "text/analyzer.h"

namespace lexkz::testing {

/// Checks the invariants of any analysis of `text`.
inline void check_invariants(std::string_view text, const text::Analysis& a) {
  std::size_t prev_end = 0;
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    const text::Token& t = a.tokens[i];
    BOOST_TEST_CONTEXT("token " << i << " '" << t.surface << "'") {
      BOOST_TEST(t.start < t.end);
      BOOST_TEST(t.end <= text.size());
      BOOST_TEST(t.start >= prev_end);
      BOOST_TEST(t.surface == std::string(text.substr(t.start, t.end - t.start)));
      BOOST_TEST(t.position == i + 1);
      BOOST_TEST(!t.norm.empty());
      BOOST_TEST(!t.stem.empty());
    }
    prev_end = t.end;
  }
}

/// `expected` lists "stem[position]" per token, space-separated, e.g. "құқық[1] құқық[2]";
/// a token flagged stop is written "stem[position]/stop".
inline void check_analyzes_to(text::Analyzer& analyzer, std::string_view input, const std::string& expected,
                              text::LangMode mode = text::LangMode::automatic) {
  text::Analysis a = analyzer.analyze(input, mode);
  check_invariants(input, a);
  std::ostringstream got;
  for (const text::Token& t : a.tokens) {
    if (got.tellp() > 0) got << ' ';
    got << t.stem << '[' << t.position << ']' << (t.stop ? "/stop" : "");
  }
  BOOST_TEST_CONTEXT("input '" << input << "'") { BOOST_TEST(got.str() == expected); }
}

}  // namespace lexkz::testing

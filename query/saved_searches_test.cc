#define BOOST_TEST_MODULE saved_searches
#include <boost/test/unit_test.hpp>
// The watch list format (issue 13): ID<TAB>QUERY lines, comments and blank lines skipped,
// every bad line reported as FILE:LINE: message before anything runs.
#include <sstream>

#include "query/saved_searches.h"

using lexkz::query::parse_saved_searches;
using lexkz::query::SavedSearch;
using lexkz::query::SavedSearchError;

namespace {

std::vector<SavedSearch> parse(const std::string& text) {
  static lexkz::text::Analyzer analyzer;
  std::istringstream in(text);
  return parse_saved_searches(in, "list.tsv", analyzer);
}

std::vector<std::string> problems(const std::string& text) {
  try {
    parse(text);
  } catch (const SavedSearchError& e) {
    return e.problems();
  }
  return {};
}

}  // namespace

BOOST_AUTO_TEST_CASE(lines_comments_blanks_and_crlf) {
  const auto s = parse("# team A\n\n  # indented comment\nharass\tсексуальное NEAR/5 работодатель\r\n"
                       " kk-def \tқудалау lang:kk type:ruling\n\t\n");
  BOOST_REQUIRE_EQUAL(s.size(), 2u);
  BOOST_TEST(s[0].id == "harass");
  BOOST_TEST(s[0].query == "сексуальное NEAR/5 работодатель");  // CR dropped
  BOOST_TEST(s[0].line == 4u);
  BOOST_TEST(s[1].id == "kk-def");  // blanks around the ID trimmed
  BOOST_TEST(s[1].query == "қудалау lang:kk type:ruling");
  BOOST_TEST(s[1].line == 5u);
}

BOOST_AUTO_TEST_CASE(every_bad_line_is_reported_with_its_number) {
  const auto p = problems("a\tсуд\nno tab\n\tno id\na\tдубль\nb\t(суд\nc\tsize:big\nd\tсуд NEAR\ne\t\n");
  const std::vector<std::string> want = {
      "list.tsv:2: no tab — write ID<TAB>QUERY",
      "list.tsv:3: empty ID before the tab — write ID<TAB>QUERY",
      "list.tsv:4: duplicate ID 'a' (first on line 1)",
  };
  BOOST_REQUIRE_EQUAL(p.size(), 7u);
  for (std::size_t i = 0; i < want.size(); ++i) BOOST_TEST(p[i] == want[i]);
  BOOST_TEST(p[3].rfind("list.tsv:5: query: unbalanced '('", 0) == 0u, p[3]);
  BOOST_TEST(p[4].rfind("list.tsv:6: query: unknown field 'size:'", 0) == 0u, p[4]);
  BOOST_TEST(p[5].rfind("list.tsv:7: query: NEAR", 0) == 0u, p[5]);
  BOOST_TEST(p[6].rfind("list.tsv:8: query: empty query", 0) == 0u, p[6]);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_and_empty_files) {
  const auto bad = problems("a\tсуд\nb\t\xff\xfe\n");
  BOOST_REQUIRE_EQUAL(bad.size(), 1u);
  BOOST_TEST(bad[0].rfind("list.tsv:2: invalid UTF-8 at byte 3", 0) == 0u, bad[0]);
  const auto empty = problems("# nothing\n\n");
  BOOST_REQUIRE_EQUAL(empty.size(), 1u);
  BOOST_TEST(empty[0].rfind("list.tsv: no saved searches", 0) == 0u, empty[0]);
}

BOOST_AUTO_TEST_CASE(filters_only_and_wildcards_are_valid_without_a_database) {
  const auto s = parse("t\ttag:stalking\nw\tдискримин*\nx\t=\"бытового насилия\"\n");
  BOOST_TEST(s.size() == 3u);
}

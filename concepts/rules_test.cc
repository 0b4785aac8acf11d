#define BOOST_TEST_MODULE rules
#include <boost/test/unit_test.hpp>

#include "concepts/rules.h"

using lexkz::concepts::RuleError;
using lexkz::concepts::RuleKind;
using lexkz::concepts::RuleSet;

namespace {
lexkz::text::Analyzer& analyzer() {
  static lexkz::text::Analyzer a;
  return a;
}
}  // namespace

BOOST_AUTO_TEST_CASE(builtin_rules_parse_and_cover_every_tag) {
  RuleSet set = RuleSet::builtin(analyzer());
  std::vector<std::string> names;
  for (const auto& t : set.tags()) names.push_back(t.name);
  for (const char* want : {"discrimination", "harassment", "sexual_harassment", "stalking"})
    BOOST_TEST((std::find(names.begin(), names.end(), want) != names.end()), want);
  BOOST_TEST(!set.definitions().empty());
}

BOOST_AUTO_TEST_CASE(parses_terms_clues_needs_exclusions_and_groups) {
  RuleSet set = RuleSet::parse(
      "# a comment\n"
      "@ground = пол | раса\n"
      "[bias]\n"
      "implies: other\n"
      "ru: предвзятость          # a term\n"
      "ru clue g: признак ~2 @ground\n"
      "ru clue u: (ограничение|отказ*)\n"
      "needs: g + u\n"
      "not ru: ценовой предвзятость\n"
      "[other]\n"
      "kk: біржақтылық\n"
      "[definitions]\n"
      "ru: TERM – это\n"
      "not ru: нет ~3 определение\n",
      "test.rules", analyzer());
  BOOST_REQUIRE_EQUAL(set.tags().size(), 2u);
  const auto& bias = set.tags()[0];
  BOOST_TEST(bias.name == "bias");
  BOOST_TEST(bias.implies == std::vector<std::string>{"other"});
  BOOST_REQUIRE_EQUAL(bias.rules.size(), 4u);
  BOOST_TEST((bias.rules[0].kind == RuleKind::term));
  BOOST_TEST((bias.rules[1].kind == RuleKind::clue));
  BOOST_TEST(bias.rules[1].clue == "g");
  BOOST_TEST(bias.rules[1].expr.elements.size() == 2u);
  BOOST_TEST(bias.rules[1].expr.elements[1].max_gap == 2);
  BOOST_TEST((bias.rules[3].kind == RuleKind::exclude));
  BOOST_TEST(bias.needs.size() == 1u);
  BOOST_REQUIRE_EQUAL(set.definitions().size(), 2u);
  BOOST_TEST(!set.definitions()[0].negative);
  BOOST_TEST(set.definitions()[1].negative);
  BOOST_TEST(set.definitions()[0].expr.line == 13u);
}

BOOST_AUTO_TEST_CASE(errors_name_file_and_line) {
  struct Row {
    const char* text;
    const char* where;   // expected "FILE:LINE:" prefix
    const char* reason;  // a fragment of the message
  };
  const Row rows[] = {
      {"ru: слово\n", "bad.rules:1:", "before any [section]"},
      {"[x]\n\nru слово\n", "bad.rules:3:", "expected"},
      {"[x]\nde: Wort\n", "bad.rules:2:", "unknown language"},
      {"[x]\nru: (а|б\n", "bad.rules:2:", "without ')'"},
      {"[x]\nru: ~2 слово\n", "bad.rules:2:", "between two words"},
      {"[x]\nru: слово ~x слово\n", "bad.rules:2:", "not a gap"},
      {"[x]\nru: @nope слово\n", "bad.rules:2:", "unknown group"},
      {"[x]\nneeds: a + b\n", "bad.rules:2:", "not defined above"},
      {"[x]\nru: TERM – это\n", "bad.rules:2:", "[definitions]"},
      {"[definitions]\nru: под понимать\n", "bad.rules:2:", "needs TERM"},
      {"[x]\nru: ж*\n", "bad.rules:2:", "too short"},
      {"[X y\n", "bad.rules:1:", "closing"},
  };
  for (const Row& r : rows) {
    try {
      RuleSet::parse(r.text, "bad.rules", analyzer());
      BOOST_ERROR("no error for: " << r.text);
    } catch (const RuleError& e) {
      std::string what = e.what();
      BOOST_TEST(what.rfind(r.where, 0) == 0, what);
      BOOST_TEST(what.find(r.reason) != std::string::npos, what);
    }
  }
}

BOOST_AUTO_TEST_CASE(add_appends_to_known_tags_and_keeps_element_ids_distinct) {
  RuleSet a = RuleSet::parse("[x]\nru: слово\n", "a", analyzer());
  RuleSet b = RuleSet::parse("[x]\nru: другой\n[y]\nkk: сөз\n", "b", analyzer());
  std::uint32_t before = a.element_count();
  a.add(std::move(b));
  BOOST_REQUIRE_EQUAL(a.tags().size(), 2u);
  BOOST_TEST(a.tags()[0].rules.size() == 2u);
  BOOST_TEST(a.tags()[0].rules[1].expr.elements[0].id >= before);
}

BOOST_AUTO_TEST_CASE(missing_file_is_a_rule_error) {
  BOOST_CHECK_THROW(RuleSet::load_file("/nonexistent/x.rules", analyzer()), RuleError);
}

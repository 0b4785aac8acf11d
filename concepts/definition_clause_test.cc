#define BOOST_TEST_MODULE definition_clause
#include <boost/test/unit_test.hpp>

#include "concepts/definition_clause.h"

using lexkz::concepts::definition_clause_end;

namespace {
std::string_view clause(std::string_view text) { return text.substr(0, definition_clause_end(text, 0)); }
}  // namespace

BOOST_AUTO_TEST_CASE(offence_articles_stop_before_the_sanction) {
  BOOST_TEST(clause("Сталкинг, то есть преследование лица вопреки его воле, –\n\nнаказывается штрафом.") ==
             "Сталкинг, то есть преследование лица вопреки его воле");
  BOOST_TEST(clause("Травля работника – влечет штраф в размере десяти показателей.") == "Травля работника");
  BOOST_TEST(clause("Адамды аңду, яғни оны бақылау –\nайыппұл салуға әкеп соғады.") == "Адамды аңду, яғни оны бақылау");
  BOOST_TEST(clause("Қудалау – жазаланады.") == "Қудалау");
}

BOOST_AUTO_TEST_CASE(glossary_definitions_and_hyphenated_words_run_to_the_end) {
  std::string_view glossary = "3) сталкинг – неоднократные действия вопреки воле лица;";
  BOOST_TEST(clause(glossary) == glossary);
  std::string_view hyphen = "дела частно-публичного обвинения – это дела по жалобе";
  BOOST_TEST(clause(hyphen) == hyphen);
  BOOST_TEST(definition_clause_end("", 0) == 0u);
}

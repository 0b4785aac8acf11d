#define BOOST_TEST_MODULE server_csv
#include <boost/test/unit_test.hpp>
// RFC 4180 quoting and the formula guard of the definitions table's CSV.
#include "server/csv.h"

using lexkz::server::csv_field;
using lexkz::server::csv_row;

BOOST_AUTO_TEST_CASE(quotes_every_field_and_doubles_quotes) {
  BOOST_TEST(csv_field("a") == "\"a\"");
  BOOST_TEST(csv_field("say \"no\"") == "\"say \"\"no\"\"\"");
  BOOST_TEST(csv_field("a,b\nc") == "\"a,b\nc\"");
  BOOST_TEST(csv_row({"x", "", "ж"}) == "\"x\",\"\",\"ж\"\r\n");
}

BOOST_AUTO_TEST_CASE(formulas_stay_text) {
  BOOST_TEST(csv_field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
  BOOST_TEST(csv_field("+1") == "\"'+1\"");
  BOOST_TEST(csv_field("@SUM") == "\"'@SUM\"");
  BOOST_TEST(csv_field("– тире") == "\"– тире\"");  // an en dash is not a formula
}

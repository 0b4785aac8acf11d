#define BOOST_TEST_MODULE roman_numeral_test
#include <boost/test/unit_test.hpp>

#include "text/roman_numeral.h"

using lexkz::text::is_roman_numeral;

BOOST_AUTO_TEST_CASE(canonical_numerals_only) {
  for (const char* yes : {"i", "iv", "vi", "ix", "xii", "xl", "xc", "cd", "mcmxc", "mmmcmxcix", "vii", "lxxx"})
    BOOST_TEST(is_roman_numeral(yes), yes);
  for (const char* no : {"", "iiii", "vx", "ic", "mmmm", "vv", "il", "bala", "civil", "mxm", "xiv1"})
    BOOST_TEST(!is_roman_numeral(no), no);
}

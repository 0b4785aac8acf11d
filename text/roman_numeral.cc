#include "text/roman_numeral.h"

#include <cstddef>

namespace lexkz::text {

bool is_roman_numeral(std::string_view s) {
  if (s.empty()) return false;
  std::size_t i = 0;
  auto run = [&](char c, std::size_t max) {
    for (std::size_t n = 0; i < s.size() && s[i] == c && n < max; ++n) ++i;
  };
  // One decimal digit of the numeral: one+ten (9), one+five (4), or five? one{0,3}.
  auto digit = [&](char one, char five, char ten) {
    if (i + 1 < s.size() && s[i] == one && (s[i + 1] == five || s[i + 1] == ten)) {
      i += 2;
      return;
    }
    if (i < s.size() && s[i] == five) ++i;
    run(one, 3);
  };
  run('m', 3);
  digit('c', 'd', 'm');
  digit('x', 'l', 'c');
  digit('i', 'v', 'x');
  return i == s.size();
}

}  // namespace lexkz::text

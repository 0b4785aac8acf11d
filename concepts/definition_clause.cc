#include "concepts/definition_clause.h"

namespace lexkz::concepts {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// The words that open a sanction, lower and upper case (Russian and Kazakh).
bool opens_sanction(std::string_view s) {
  static const std::string_view kWords[] = {"наказыва", "Наказыва", "влеч",   "Влеч",    "влек",
                                            "Влек",     "жазалан",  "Жазалан", "әкеп соғ", "айыппұл"};
  for (std::string_view w : kWords)
    if (starts_with(s, w)) return true;
  return false;
}

std::size_t dash_length(std::string_view s) {
  if (starts_with(s, "\xE2\x80\x93") || starts_with(s, "\xE2\x80\x94")) return 3;  // – —
  if (starts_with(s, "-")) return 1;
  return 0;
}

}  // namespace

std::size_t definition_clause_end(std::string_view text, std::size_t from) {
  for (std::size_t i = from; i < text.size(); ++i) {
    const std::size_t len = dash_length(text.substr(i));
    if (len == 0) continue;
    // A spaced dash only: "частно-публичного" is a word.
    if (len == 1 && !(i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\n'))) continue;
    std::size_t j = i + len;
    bool line_closed = false;
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r' || text[j] == '\n'))
      line_closed |= text[j++] == '\n';
    if (!(line_closed || j == text.size() || opens_sanction(text.substr(j)))) continue;
    std::size_t end = i;
    while (end > from && (text[end - 1] == ' ' || text[end - 1] == ',' || text[end - 1] == '\n')) --end;
    return end;
  }
  return text.size();
}

}  // namespace lexkz::concepts

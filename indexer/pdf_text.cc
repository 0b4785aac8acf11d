#include "indexer/pdf_text.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "indexer/structure_line.h"

namespace lexkz::indexer {
namespace {

// Lines this close to the top or bottom of a page are looked at as headers and footers.
constexpr int kEdgeLines = 2;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// One line of a page: indentation and end column (layout columns), text with its runs
// of spaces collapsed (justified text and table cells come with many).
struct PageLine {
  int indent = 0;
  int end_col = 0;
  std::string text;  // empty for a blank line
};

std::vector<PageLine> page_lines(std::string_view page) {
  std::vector<PageLine> lines;
  std::size_t i = 0;
  while (i <= page.size()) {
    std::size_t nl = page.find('\n', i);
    if (nl == std::string_view::npos) nl = page.size();
    std::string_view raw = page.substr(i, nl - i);
    PageLine line;
    std::size_t b = 0;
    while (b < raw.size() && is_space(raw[b])) ++b;
    std::size_t e = raw.size();
    while (e > b && is_space(raw[e - 1])) --e;
    line.indent = static_cast<int>(code_points(raw.substr(0, b)));
    line.end_col = line.indent + static_cast<int>(code_points(raw.substr(b, e - b)));
    bool space = false;
    for (std::size_t k = b; k < e; ++k) {
      char c = raw[k];
      if (is_space(c)) {
        space = true;
        continue;
      }
      if (space) line.text += ' ';
      space = false;
      line.text += c;
    }
    lines.push_back(std::move(line));
    if (nl == page.size()) break;
    i = nl + 1;
  }
  return lines;
}

// A header or footer is the same on every page but for its page number: compare lines with
// digits folded and spaces dropped ("— 4 —" and "—12—" are one key).
std::string edge_key(std::string_view line) {
  std::string key;
  bool digit = false;
  for (char c : line) {
    if (c == ' ') continue;
    if (c >= '0' && c <= '9') {
      if (!digit) key += '#';
      digit = true;
      continue;
    }
    digit = false;
    key += c;
  }
  return key;
}

// Indices of the first and last kEdgeLines non-blank lines of a page.
std::vector<std::size_t> edge_lines(const std::vector<PageLine>& lines) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0, n = 0; i < lines.size() && n < kEdgeLines; ++i)
    if (!lines[i].text.empty()) out.push_back(i), ++n;
  for (std::size_t i = lines.size(), n = 0; i > 0 && n < kEdgeLines; --i)
    if (!lines[i - 1].text.empty()) {
      if (std::find(out.begin(), out.end(), i - 1) == out.end()) out.push_back(i - 1);
      ++n;
    }
  return out;
}

// Removes running headers, footers and page numbers: lines at a page's top or bottom
// whose key recurs on at least two pages and two fifths of them, and lone page numbers.
void drop_running_lines(std::vector<std::vector<PageLine>>& pages) {
  std::unordered_map<std::string, std::size_t> seen;  // key → pages it is on (once each)
  for (const auto& lines : pages) {
    std::vector<std::string> keys;
    for (std::size_t i : edge_lines(lines)) keys.push_back(edge_key(lines[i].text));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const std::string& k : keys) ++seen[k];
  }
  const std::size_t n = pages.size();
  for (auto& lines : pages) {
    for (std::size_t i : edge_lines(lines)) {
      std::size_t count = seen[edge_key(lines[i].text)];
      if ((count >= 2 && count * 5 >= n * 2) || is_page_number_line(lines[i].text)) lines[i].text.clear();
    }
  }
}

char32_t last_code_point(std::string_view s, std::size_t* start) {
  std::size_t i = s.size();
  while (i > 0 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) --i;
  if (i > 0) --i;
  *start = i;
  std::size_t len = 0;
  return s.empty() ? 0 : code_point_at(s, i, &len);
}

bool is_letter(char32_t c) { return is_lower_letter(c) || is_upper_letter(c); }
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

// The word at the end of `s` (letters only), and the word at the start of `s`.
std::string_view last_word(std::string_view s) {
  std::size_t i = s.size();
  while (i > 0) {
    std::size_t start = 0;
    char32_t c = last_code_point(s.substr(0, i), &start);
    if (!is_letter(c)) break;
    i = start;
  }
  return s.substr(i);
}

std::string_view first_word(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t len = 0;
    char32_t c = code_point_at(s, i, &len);
    if (!is_letter(c) || len == 0) break;
    i += len;
  }
  return s.substr(0, i);
}

// Russian words written with a hyphen whose halves a line break may separate: the
// particles after it ("сколько-нибудь", "кто-либо", "все-таки") and "кое-" before it.
bool hyphen_compound(std::string_view left_word, std::string_view right_word) {
  static constexpr std::array<std::string_view, 6> kParticles = {"нибудь", "либо", "то", "таки", "ка", "де"};
  for (std::string_view p : kParticles)
    if (right_word == p) return true;
  return left_word == "кое" || left_word == "Кое" || left_word == "из" || left_word == "Из";
}

// What ends a clause: a point or an article heading after it starts anew.
bool ends_clause(std::string_view s) {
  if (s.empty()) return false;
  char c = s.back();
  return c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
}

// A line broken at a hyphen after a letter or digit ("дискрими-", "108-"): the next line
// goes on with the word.
bool ends_with_hyphen(std::string_view s) {
  std::size_t at = 0;
  char32_t h = last_code_point(s, &at);
  if (h != '-' && h != 0x2010 && h != 0x00AD) return false;
  std::size_t before_at = 0;
  char32_t before = last_code_point(s.substr(0, at), &before_at);
  return is_letter(before) || is_digit(before);
}

}  // namespace

bool is_page_number_line(std::string_view line) {
  static constexpr std::array<std::string_view, 10> kWords = {
      "стр", "страница", "лист", "бет", "беті", "из", "page", "of", "с", "p"};
  bool digit = false;
  std::size_t i = 0;
  while (i < line.size()) {
    std::size_t j = line.find(' ', i);
    if (j == std::string_view::npos) j = line.size();
    std::string_view w = line.substr(i, j - i);
    i = j + 1;
    // Strip the dashes, dots, slashes and brackets page numbers come dressed in.
    std::string core;
    for (std::size_t k = 0; k < w.size();) {
      std::size_t len = 0;
      char32_t c = code_point_at(w, k, &len);
      if (len == 0) break;
      bool punct = c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '|' || c == 0x2013 ||
                   c == 0x2014 || c == 0x2012 || c == 0x2212;
      if (c == ')' && w[0] != '(') return false;  // "1)" opens a point
      if (is_digit(c)) {
        digit = true;
        core += '#';
      } else if (!punct) {
        core.append(w.substr(k, len));
      }
      k += len;
    }
    if (core.empty()) continue;
    while (!core.empty() && core[0] == '#') core.erase(0, 1);  // "4-бет" → "бет"
    if (core.empty()) continue;
    std::string lower;
    for (std::size_t k = 0; k < core.size(); ++k) {
      unsigned char c = static_cast<unsigned char>(core[k]);
      if (c >= 'A' && c <= 'Z') lower += static_cast<char>(c - 'A' + 'a');
      else if (c == 0xD0 && k + 1 < core.size() && static_cast<unsigned char>(core[k + 1]) >= 0x90 &&
               static_cast<unsigned char>(core[k + 1]) <= 0xAF) {
        // Russian capitals А..Я (U+0410..042F) → lower case.
        unsigned char d = static_cast<unsigned char>(core[k + 1]);
        if (d < 0xA0) lower += '\xD0', lower += static_cast<char>(d + 0x20);
        else lower += '\xD1', lower += static_cast<char>(d - 0x20);
        ++k;
      } else {
        lower += static_cast<char>(c);
      }
    }
    if (std::find(kWords.begin(), kWords.end(), lower) == kWords.end()) return false;
  }
  return digit;
}

void join_line(std::string& left, std::string_view right) {
  if (left.empty()) {
    left.assign(right);
    return;
  }
  std::size_t hyphen_at = 0;
  char32_t h = last_code_point(left, &hyphen_at);
  if (h == 0x00AD) {  // a soft hyphen is only ever a break
    left.resize(hyphen_at);
    left.append(right);
    return;
  }
  if (h == '-' || h == 0x2010) {
    std::size_t before_at = 0;
    char32_t before = last_code_point(std::string_view(left).substr(0, hyphen_at), &before_at);
    std::size_t len = 0;
    char32_t next = code_point_at(right, 0, &len);
    if (is_letter(before) || is_digit(before)) {
      if (is_lower_letter(next) && is_letter(before) &&
          !hyphen_compound(last_word(std::string_view(left).substr(0, hyphen_at)), first_word(right))) {
        left.resize(hyphen_at);  // "дискрими-" + "нация"
        left.append(right);
        return;
      }
      if (is_letter(next) || is_digit(next)) {  // "108-" + "1", "Алматы-" + "Астана"
        left.append(right);
        return;
      }
    }
  }
  left += ' ';
  left.append(right);
}

AssembledText assemble_pages(const std::vector<std::string>& page_texts) {
  std::vector<std::vector<PageLine>> pages;
  pages.reserve(page_texts.size());
  for (const std::string& p : page_texts) pages.push_back(page_lines(p));
  drop_running_lines(pages);

  // The body's left edge is the commonest indentation; its right edge is where most long
  // lines end. A line is short when it stops well before the right edge.
  std::unordered_map<int, std::size_t> indents;
  std::vector<int> ends;
  for (const auto& lines : pages)
    for (const PageLine& l : lines)
      if (!l.text.empty()) ++indents[l.indent], ends.push_back(l.end_col);
  int base = 0;
  std::size_t best = 0;
  for (auto [indent, count] : indents)
    if (count > best || (count == best && indent < base)) base = indent, best = count;
  int right = 0;
  if (!ends.empty()) {
    auto at = ends.begin() + static_cast<std::ptrdiff_t>(ends.size() * 9 / 10);
    std::nth_element(ends.begin(), at, ends.end());
    right = *at;
  }

  AssembledText out;
  out.page_starts.reserve(pages.size());
  std::string para;          // the open paragraph
  const PageLine* prev = nullptr;
  bool gap = false;          // a blank line since the previous text line, on this page
  auto flush = [&]() {
    if (para.empty()) return;
    if (!out.text.empty()) out.text += "\n\n";
    out.text += para;
    para.clear();
  };
  for (const auto& lines : pages) {
    bool first_on_page = true;
    gap = false;
    for (const PageLine& l : lines) {
      if (l.text.empty()) {
        gap = gap || (prev && !first_on_page);
        continue;
      }
      bool starts = prev == nullptr || gap;
      if (!starts) {
        const bool indented = l.indent > base + 1 && l.indent != prev->indent;
        const bool after_short = prev->end_col * 4 < right * 3;
        const bool numbered = classify_line(l.text).kind != LineKind::text;
        const bool structural = numbered && ends_clause(prev->text);
        // A line opening in lower case continues a sentence whatever the layout says (a
        // page's last line is often short because the page ended).
        const bool continues = !numbered && (starts_as_continuation(l.text) || ends_with_hyphen(prev->text));
        starts = !continues && (indented || after_short || structural);
      }
      if (starts) flush();
      join_line(para, l.text);
      if (first_on_page) {
        // The page begins where its first line landed, maybe inside a paragraph (or a
        // word) that the previous page left open.
        out.page_starts.push_back(out.text.size() + (out.text.empty() ? 0 : 2) + para.size() - l.text.size());
        first_on_page = false;
      }
      prev = &l;
      gap = false;
    }
    if (first_on_page) out.page_starts.push_back(out.text.size() + (out.text.empty() ? 0 : 2) + para.size());
  }
  flush();
  // Pages with no text start where the next text does; never past the end.
  for (std::size_t& s : out.page_starts) s = std::min(s, out.text.size());
  return out;
}

}  // namespace lexkz::indexer

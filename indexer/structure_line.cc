#include "indexer/structure_line.h"

#include <array>

namespace lexkz::indexer {
namespace {

bool starts_with(std::string_view s, std::size_t i, std::string_view p) {
  return s.size() - i >= p.size() && s.compare(i, p.size(), p) == 0;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Space, tab, or U+00A0 NO-BREAK SPACE (real files put it after "Статья").
std::size_t space_len(std::string_view s, std::size_t i) {
  if (i < s.size() && (s[i] == ' ' || s[i] == '\t')) return 1;
  if (starts_with(s, i, "\xC2\xA0")) return 2;
  return 0;
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (std::size_t n = space_len(s, i)) i += n;
  return i;
}

// Digits, then any "-digits" ("108-1", "1-1") and, when `dots`, ".digits" ("12.1").
std::size_t scan_number(std::string_view s, std::size_t i, bool dots) {
  std::size_t j = i;
  while (j < s.size() && is_digit(s[j]) && j - i < 6) ++j;
  if (j == i || (j < s.size() && is_digit(s[j]))) return i;
  while (j + 1 < s.size() && (s[j] == '-' || (dots && s[j] == '.')) && is_digit(s[j + 1])) {
    ++j;
    while (j < s.size() && is_digit(s[j])) ++j;
  }
  return j;
}

// Roman numerals in Latin letters, plus U+0406 CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I
// and U+0425 CYRILLIC CAPITAL LETTER HA, which real files mix in ("№ 321-VІ").
std::size_t scan_roman(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && j - i < 16) {
    char c = s[j];
    if (c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C') {
      ++j;
    } else if (starts_with(s, j, "\xD0\x86") || starts_with(s, j, "\xD0\xA5")) {
      j += 2;
    } else {
      break;
    }
  }
  return j;
}

std::size_t scan_number_or_roman(std::string_view s, std::size_t i) {
  std::size_t j = scan_number(s, i, false);
  return j != i ? j : scan_roman(s, i);
}

// After a heading number: the end of the line, a dot, a colon, or a space.
bool heading_end(std::string_view s, std::size_t i) {
  return i == s.size() || s[i] == '.' || s[i] == ':' || space_len(s, i) > 0;
}

bool letter_at(std::string_view s, std::size_t i) {
  std::size_t n = 0;
  char32_t c = code_point_at(s, i, &n);
  return is_upper_letter(c) || is_lower_letter(c);
}

// "Статья 285 с изменениями, внесенными Законом РК ..." is an editor's line, not a heading.
bool mentions_amendment(std::string_view s) {
  static constexpr std::array<std::string_view, 10> kWords = {
      "изменени", "редакци", "исключен", "дополнен", "утратил",
      "предусм",  "өзгеріс", "толықтыр", "алып таст", "Заңымен"};
  std::string_view head = s.substr(0, 400);
  for (std::string_view w : kWords)
    if (head.find(w) != std::string_view::npos) return true;
  return false;
}

LineClass make(LineKind kind, std::string_view s, std::size_t b, std::size_t e, bool kk) {
  return LineClass{kind, s.substr(b, e - b), kk};
}

// "Статья N", "Глава N", "Раздел N", "Параграф N", "§ N".
LineClass russian_heading(std::string_view s) {
  struct Word {
    std::string_view text;
    LineKind kind;
  };
  static constexpr std::array<Word, 11> kWords = {{
      {"Статья", LineKind::article},
      {"СТАТЬЯ", LineKind::article},
      {"Глава", LineKind::chapter},
      {"ГЛАВА", LineKind::chapter},
      {"Раздел", LineKind::section},
      {"РАЗДЕЛ", LineKind::section},
      {"Подраздел", LineKind::subsection},
      {"ПОДРАЗДЕЛ", LineKind::subsection},
      {"Параграф", LineKind::group},
      {"ПАРАГРАФ", LineKind::group},
      {"§", LineKind::group},
  }};
  for (const Word& w : kWords) {
    if (!starts_with(s, 0, w.text)) continue;
    std::size_t i = w.text.size();
    std::size_t j = skip_spaces(s, i);
    if (j == i && w.kind != LineKind::group) return {};
    std::size_t k = w.kind == LineKind::article ? scan_number(s, j, true) : scan_number_or_roman(s, j);
    if (k == j) return {};
    if (w.kind != LineKind::article) {
      if (!heading_end(s, k)) return {};
      return make(w.kind, s, j, k, false);
    }
    if (k == s.size() || s[k] == '.') return make(LineKind::article, s, j, k, false);
    std::size_t t = skip_spaces(s, k);
    if (t == k) return {};
    if (t == s.size()) return make(LineKind::article, s, j, k, false);
    std::size_t n = 0;
    char32_t c = code_point_at(s, t, &n);
    if (is_lower_letter(c)) {
      return mentions_amendment(s) ? LineClass{LineKind::note, {}, false} : LineClass{};
    }
    if (is_upper_letter(c) || c == U'"' || c == U'«' || c == U'(') {
      return make(LineKind::article, s, j, k, false);
    }
    return {};
  }
  return {};
}

// "5-бап", "94-1-бап.", "1-тарау", "I бөлім", "1-бөлім", "2-параграф".
LineClass kazakh_heading(std::string_view s) {
  std::size_t j = scan_number_or_roman(s, 0);
  if (j == 0 || j >= s.size()) return {};
  std::size_t k = j;
  if (s[k] == '-' || s[k] == ' ') ++k;
  else return {};
  struct Word {
    std::string_view text;
    LineKind kind;
  };
  static constexpr std::array<Word, 8> kWords = {{
      {"бап", LineKind::article},
      {"БАП", LineKind::article},
      {"тарау", LineKind::chapter},
      {"ТАРАУ", LineKind::chapter},
      {"бөлім", LineKind::section},
      {"БӨЛІМ", LineKind::section},
      {"параграф", LineKind::group},
      {"ПАРАГРАФ", LineKind::group},
  }};
  for (const Word& w : kWords) {
    if (!starts_with(s, k, w.text)) continue;
    std::size_t e = k + w.text.size();
    if (e < s.size() && letter_at(s, e)) return {};  // "5-бапқа", "1-баптың": inflected, in prose
    if (!heading_end(s, e)) return {};
    if (w.kind == LineKind::article && s[j] == ' ') return {};  // "5 бап" is not a form in use
    return make(w.kind, s, 0, j, true);
  }
  return {};
}

// "1. ", "1-1) ", "12.1. ", "а) ", "е1) ".
LineClass point(std::string_view s) {
  std::size_t j = scan_number(s, 0, true);
  if (j > 0) {
    if (j + 1 >= s.size() || (s[j] != '.' && s[j] != ')')) return {};
    if (space_len(s, j + 1) == 0) return {};
    return make(s[j] == '.' ? LineKind::point_dot : LineKind::point_paren, s, 0, j, false);
  }
  std::size_t n = 0;
  char32_t c = code_point_at(s, 0, &n);
  if (!is_lower_letter(c)) return {};
  std::size_t k = n;
  while (k < s.size() && is_digit(s[k]) && k - n < 3) ++k;
  if (k + 1 >= s.size() || s[k] != ')' || space_len(s, k + 1) == 0) return {};
  return make(LineKind::point_letter, s, 0, k, false);
}

LineClass note_or_remark(std::string_view s) {
  if (starts_with(s, 0, "Сноска") || starts_with(s, 0, "СНОСКА") || starts_with(s, 0, "Ескерту") ||
      starts_with(s, 0, "ЕСКЕРТУ")) {
    // The word must end here: "Сноска." / "Ескерту:" — not "Ескертулер..." in prose.
    std::size_t e = starts_with(s, 0, "Сноска") || starts_with(s, 0, "СНОСКА") ? 12 : 14;
    if (e == s.size() || !letter_at(s, e)) return {LineKind::note, {}, false};
    return {};
  }
  for (std::string_view w : {std::string_view("Примечани"), std::string_view("ПРИМЕЧАНИ"),
                             std::string_view("Ескертпе"), std::string_view("ЕСКЕРТПЕ")}) {
    if (!starts_with(s, 0, w)) continue;
    std::string_view rest = s.substr(w.size());
    // "Примечание РЦПИ!" / "Примечание ИЗПИ!": the publisher's note, not the law's.
    std::size_t last = s.find_last_not_of(" \t\r");
    if (last != std::string_view::npos && s[last] == '!') return {LineKind::editor_note, {}, false};
    if (rest.find("РЦПИ") < 16 || rest.find("ИЗПИ") < 16) return {LineKind::editor_note, {}, false};
    // Accept "Примечание", "Примечание.", "Примечания:", "Ескертпе." — the word alone.
    std::size_t i = 0;
    std::size_t n = 0;
    char32_t c = code_point_at(rest, i, &n);
    if (c == U'е' || c == U'я' || c == U'Е' || c == U'Я') i += n;
    if (i == rest.size() || rest[i] == '.' || rest[i] == ':' || space_len(rest, i))
      return {LineKind::remark, {}, starts_with(w, 0, "Е")};
    return {};
  }
  // "РҚАО-ның ескертпесі!", "ЗҚАИ-ның ескертпесі!": the Kazakh names of the same publishers.
  if (s.size() <= 120 && s.back() == '!') {
    for (std::string_view w : {std::string_view("РЦПИ"), std::string_view("ИЗПИ"),
                               std::string_view("РҚАО"), std::string_view("ЗҚАИ")})
      if (s.find(w) != std::string_view::npos) return {LineKind::editor_note, {}, false};
  }
  if (!s.empty() && s[0] == '(' && s.size() > 4) {
    static constexpr std::array<std::string_view, 16> kWords = {
        "редакци", "едеральн", "акон",     "изменени", "утратил", "Утратил",
        "сключен", "ополнен",  "вводится", "введения", "учетом",  "өзгеріс",
        "Заңымен", "енгізіл",  "алып",     "толықтыр"};
    std::string_view head = s.substr(0, 300);
    for (std::string_view w : kWords)
      if (head.find(w) != std::string_view::npos) return {LineKind::paren_note, {}, false};
  }
  return {};
}

}  // namespace

char32_t code_point_at(std::string_view s, std::size_t i, std::size_t* len) {
  if (i >= s.size()) {
    *len = 0;
    return 0;
  }
  unsigned char b = static_cast<unsigned char>(s[i]);
  std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  if (b >= 0x80 && b < 0xC0) n = 1;  // stray continuation byte: step over it
  if (i + n > s.size()) n = s.size() - i;
  char32_t c = n == 1 ? b : n == 2 ? b & 0x1F : n == 3 ? b & 0x0F : b & 0x07;
  for (std::size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *len = n;
  return c;
}

bool is_upper_letter(char32_t c) {
  if (c >= U'A' && c <= U'Z') return true;
  if (c >= 0x0400 && c <= 0x042F) return true;  // Ѐ..Я, including Ё and І
  switch (c) {
    case 0x0492: case 0x049A: case 0x04A2: case 0x04AE:  // Ғ Қ Ң Ү
    case 0x04B0: case 0x04BA: case 0x04D8: case 0x04E8:  // Ұ Һ Ә Ө
      return true;
    default:
      return false;
  }
}

bool is_lower_letter(char32_t c) {
  if (c >= U'a' && c <= U'z') return true;
  if (c >= 0x0430 && c <= 0x045F) return true;  // а..я, ѐ..џ, including ё and і
  switch (c) {
    case 0x0493: case 0x049B: case 0x04A3: case 0x04AF:  // ғ қ ң ү
    case 0x04B1: case 0x04BB: case 0x04D9: case 0x04E9:  // ұ һ ә ө
      return true;
    default:
      return false;
  }
}

LineClass classify_line(std::string_view s) {
  if (s.empty()) return {};
  unsigned char b = static_cast<unsigned char>(s[0]);
  if (is_digit(s[0])) {
    LineClass k = kazakh_heading(s);
    return k.kind != LineKind::text ? k : point(s);
  }
  if (s[0] == '(') return note_or_remark(s);
  if (b < 0x80 && !(s[0] >= 'A' && s[0] <= 'Z') && !(s[0] >= 'a' && s[0] <= 'z')) return {};
  if (LineClass r = russian_heading(s); r.kind != LineKind::text) return r;
  if (LineClass k = kazakh_heading(s); k.kind != LineKind::text) return k;  // "IV бөлім"
  if (LineClass n = note_or_remark(s); n.kind != LineKind::text) return n;
  return point(s);
}

std::string_view speaker_of(std::string_view s) {
  std::size_t n = 0;
  if (!is_upper_letter(code_point_at(s, 0, &n))) return {};
  std::size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon > 80) return {};
  if (colon + 1 < s.size() && space_len(s, colon + 1) == 0) return {};  // "10:30", "ст.1:"
  std::string_view name = s.substr(0, colon);
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  // Up to four words, at least half of them capitalised: "Иванов А.Б.", "Судья Петрова",
  // "Представитель истца" — but not "Моносахаридтердің ішіндегі кеңінен тараған".
  int words = 1, capitalised = 0;
  bool word_start = true;
  for (std::size_t i = 0; i < name.size();) {
    char32_t c = code_point_at(name, i, &n);
    if (c == U' ') {
      if (!word_start && ++words > 4) return {};
      word_start = true;
    } else if (is_upper_letter(c) || is_lower_letter(c) || c == U'.' || c == U'-' || c == U'\'') {
      if (word_start && is_upper_letter(c)) ++capitalised;
      word_start = false;
    } else {
      return {};  // digits, commas, quotes: a sentence, not a name
    }
    i += n;
  }
  if (capitalised * 2 < words) return {};
  return name;
}

bool is_caps_line(std::string_view s) {
  int letters = 0;
  for (std::size_t i = 0, n = 0; i < s.size(); i += n) {
    char32_t c = code_point_at(s, i, &n);
    if (is_lower_letter(c)) return false;
    if (is_upper_letter(c)) ++letters;
  }
  return letters >= 4;
}

bool starts_as_continuation(std::string_view s) {
  std::size_t n = 0;
  char32_t c = code_point_at(s, 0, &n);
  if (is_lower_letter(c)) return true;
  return c == U',' || c == U')' || c == U';' || c == U'–' || c == U'-' || c == U'—' || c == U'.';
}

}  // namespace lexkz::indexer

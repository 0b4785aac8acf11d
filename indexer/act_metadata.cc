#include "indexer/act_metadata.h"

#include <array>
#include <cstdio>
#include <vector>

#include "indexer/structure_line.h"
#include "text/casefold.h"

namespace lexkz::indexer {
namespace {

constexpr std::string_view kNumberSign = "\xE2\x84\x96";  // U+2116 NUMERO SIGN

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_blank_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  // U+00A0 NO-BREAK SPACE (C2 A0) pads lines of exported acts as often as a plain space.
  for (;;) {
    if (!s.empty() && is_blank_byte(s.front())) s.remove_prefix(1);
    else if (s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2);
    else break;
  }
  for (;;) {
    if (!s.empty() && is_blank_byte(s.back())) s.remove_suffix(1);
    else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
    else break;
  }
  return s;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Reads up to `max` digits at s[i]; false when there is none.
bool digits_at(std::string_view s, std::size_t& i, int max, int* value, int* count) {
  *value = 0;
  *count = 0;
  while (i < s.size() && is_digit(s[i]) && *count < max) {
    *value = *value * 10 + (s[i] - '0');
    ++i;
    ++*count;
  }
  return *count > 0 && !(i < s.size() && is_digit(s[i]));
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  for (;;) {
    if (i < s.size() && is_blank_byte(s[i])) ++i;
    else if (s.substr(i, 2) == "\xC2\xA0") i += 2;
    else return i;
  }
}

// The word at s[i] (letters up to a space or punctuation), case folded.
std::string folded_word_at(std::string_view s, std::size_t i, std::size_t* end) {
  std::size_t j = i;
  while (j < s.size() && !is_blank_byte(s[j]) && s[j] != '.' && s[j] != ',' && s[j] != ')' && s[j] != ';' &&
         !is_digit(s[j]) && s.substr(j, 2) != "\xC2\xA0")
    ++j;
  *end = j;
  return text::fold_case(s.substr(i, j - i));
}

// Month number of a folded word that starts with a month name (genitive "ноября",
// Kazakh locative "қарашадағы"), or 0.
int month_of(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kRu = {"январ", "феврал", "март", "апрел", "ма",
                                                           "июн", "июл", "август", "сентябр", "октябр",
                                                           "ноябр", "декабр"};
  static constexpr std::array<std::string_view, 12> kKk = {"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр",
                                                           "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
                                                           "қараша", "желтоқсан"};
  for (int m = 0; m < 12; ++m)
    if (starts_with(w, kKk[m])) return m + 1;
  // "ма" (мая) only as the whole genitive: "мамыр" (Kazakh May) was tried first.
  if (w == "мая" || w == "май") return 5;
  for (int m = 0; m < 12; ++m)
    if (m != 4 && starts_with(w, kRu[m])) return m + 1;
  return 0;
}

std::string iso(int y, int m, int d) {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// A date starting at the digit s[i]; sets *end past it.
std::string date_at(std::string_view s, std::size_t i, std::size_t* end) {
  int a, na, b, nb, c, nc;
  std::size_t j = i;
  if (!digits_at(s, j, 4, &a, &na)) return {};
  // dd.mm.yyyy or yyyy.mm.dd
  if (j < s.size() && s[j] == '.') {
    std::size_t k = j + 1;
    if (digits_at(s, k, 2, &b, &nb) && k < s.size() && s[k] == '.') {
      ++k;
      if (digits_at(s, k, 4, &c, &nc)) {
        std::string d = na <= 2 && nc == 4 ? iso(c, b, a) : na == 4 && nc == 2 ? iso(a, b, c) : std::string();
        if (!d.empty()) *end = k;
        return d;
      }
    }
    return {};
  }
  std::size_t k = j;
  if (k < s.size() && (s[k] == '"')) ++k;
  if (s.substr(k, 2) == "\xC2\xBB") k += 2;  // «16» ноября
  k = skip_spaces(s, k);
  if (na <= 2) {  // 16 ноября 2015 [года]
    std::size_t w_end;
    int month = month_of(folded_word_at(s, k, &w_end));
    if (!month) return {};
    k = skip_spaces(s, w_end);
    if (!digits_at(s, k, 4, &c, &nc) || nc != 4) return {};
    std::string d = iso(c, month, a);
    if (!d.empty()) *end = k;
    return d;
  }
  if (na == 4) {  // 2015 жылғы 16 қарашадағы
    std::size_t w_end;
    if (folded_word_at(s, k, &w_end) != "жылғы") return {};
    k = skip_spaces(s, w_end);
    if (!digits_at(s, k, 2, &b, &nb)) return {};
    k = skip_spaces(s, k);
    int month = month_of(folded_word_at(s, k, &w_end));
    std::string d = month ? iso(a, month, b) : std::string();
    if (!d.empty()) *end = w_end;
    return d;
  }
  return {};
}

// Every date in `s`, in order.
std::vector<std::string> all_dates(std::string_view s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!is_digit(s[i]) || (i > 0 && is_digit(s[i - 1]))) continue;
    std::size_t end = i;
    std::string d = date_at(s, i, &end);
    if (!d.empty()) {
      out.push_back(std::move(d));
      i = end - 1;
    }
  }
  return out;
}

// The position of the number sign at or after `from`: "№", or a Latin "N" standing alone
// before a number ("N 63-ФЗ", "N284"); npos when none.
std::size_t sign_at(std::string_view s, std::size_t from, std::size_t* after) {
  for (std::size_t i = from; i < s.size(); ++i) {
    if (s.substr(i, 3) == kNumberSign) {
      *after = i + 3;
      return i;
    }
    if (s[i] == 'N' && (i == 0 || is_blank_byte(s[i - 1])) && i + 1 < s.size() &&
        (is_blank_byte(s[i + 1]) || is_digit(s[i + 1]))) {
      *after = i + 1;
      return i;
    }
  }
  return std::string_view::npos;
}

// True for 2–4 upper-case Cyrillic letters: an issuer suffix ("ЗРК", "ҚРЗ", "ЗРУ").
bool is_suffix(std::string_view w) {
  std::size_t i = 0, letters = 0;
  while (i < w.size()) {
    std::size_t len = 1;
    char32_t c = code_point_at(w, i, &len);
    if (c < 0x0400 || c > 0x04FF || !is_upper_letter(c)) return false;
    ++letters;
    i += len;
  }
  return letters >= 2 && letters <= 4;
}

// The number after the sign at s[sign]: "№ 403-V ЗРК" (suffix kept), or "" when what
// follows is not a number. *end is set past it.
std::string number_at(std::string_view s, std::size_t sign, std::size_t after, std::size_t* end) {
  std::size_t i = skip_spaces(s, after);
  std::size_t j = i;
  while (j < s.size() && !is_blank_byte(s[j]) && s[j] != ',' && s[j] != ';' && s[j] != ')' && s[j] != '"' &&
         s.substr(j, 2) != "\xC2\xBB" && s.substr(j, 2) != "\xC2\xA0")
    ++j;
  std::string_view token = s.substr(i, j - i);
  while (!token.empty() && (token.back() == '.' || token.back() == ':')) token.remove_suffix(1);
  if (token.empty() || !is_digit(token.front())) return {};
  std::string out(s.substr(sign, after - sign));
  out += ' ';
  out += token;
  *end = i + token.size();
  std::size_t k = skip_spaces(s, *end);
  std::size_t w = k;
  while (w < s.size() && !is_blank_byte(s[w]) && s[w] != '.' && s[w] != ',' && s[w] != ')') ++w;
  if (w > k && is_suffix(s.substr(k, w - k))) {
    out += ' ';
    out.append(s.substr(k, w - k));
    *end = w;
  }
  return out;
}

// The folded first word of a line.
std::string first_word(std::string_view line) {
  std::size_t end;
  return folded_word_at(line, 0, &end);
}

bool one_of(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list)
    if (w == x) return true;
  return false;
}

bool folded_starts(const std::string& folded, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list)
    if (starts_with(folded, x)) return true;
  return false;
}

// An editor's line that belongs to no act's name: notes, the contents heading,
// enactment lines, and the state line above an RF code's name.
bool is_editorial(const std::string& folded) {
  return folded_starts(folded, {"сноска", "ескерту", "примечание", "вниманию", "для удобства", "порядок введения",
                                "вводится", "введен", "настоящий", "осы ", "принят", "одобрен", "утратил",
                                "утратив", "күші жойыл", "оглавление", "содержание", "мазмұны", "(с учетом",
                                "изменения", "дополнения"}) ||
         folded.find("изпи") != std::string::npos || folded.find("рцпи") != std::string::npos ||
         one_of(folded, {"российская федерация", "республика казахстан", "қазақстан республикасы",
                         "именем республики казахстан", "именем российской федерации",
                         "қазақстан республикасының атынан", "общая часть", "особенная часть", "жалпы бөлім",
                         "ерекше бөлім"});
}

}  // namespace

std::string find_date(std::string_view s) {
  std::vector<std::string> d = all_dates(s);
  return d.empty() ? std::string() : d.front();
}

namespace {

// A line that could be a title: a short name, not a sentence or a note.
bool title_shaped(std::string_view line, const std::string& folded) {
  if (line.size() < 3 || line.size() > 300) return false;
  const char last = line.back();
  if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?') return false;
  std::size_t len = 1;
  const char32_t first = code_point_at(line, 0, &len);
  if (!is_upper_letter(first) && first != U'«' && first != U'"') return false;
  if (is_editorial(folded)) return false;
  // A line that cites an act by number or date is a reference, not a name.
  if (line.find(kNumberSign) != std::string_view::npos || !find_date(line).empty()) return false;
  return classify_line(line).kind == LineKind::text;
}

// The name of an act: an act word ("кодекс", "Заңы"), "О …"/"Об …", or "… туралы".
bool act_title(const std::string& folded) {
  std::size_t i = 0;
  bool first = true;
  while (i < folded.size()) {
    std::size_t end;
    std::string w = folded_word_at(folded, i, &end);
    if (first && one_of(w, {"о", "об", "обо"})) return true;
    first = false;
    if (one_of(w, {"кодекс", "закон", "конституция", "указ", "постановление", "конвенция", "пакт", "декларация",
                   "заңы", "заң", "кодексі", "конституциясы", "жарлығы", "қаулысы", "конвенциясы"}))
      return true;
    if (w == "туралы" && end >= folded.size()) return true;
    i = end == i ? i + 1 : end;
  }
  return false;
}

// The first word of a Russian act heading ("Закон Республики Казахстан от …").
bool russian_act_word(const std::string& w) {
  return one_of(w, {"закон", "кодекс", "федеральный", "конституционный", "указ", "постановление", "нормативное",
                    "приказ", "распоряжение", "конституция"});
}

// Kazakh act words after the number ("№ 403-V Заңы").
// Nominative only: "… N 284 Заңымен" (instrumental) cites the act that amended this one.
bool kazakh_act_word(const std::string& w) {
  return one_of(w, {"заңы", "заң", "кодексі", "кодекс", "жарлығы", "қаулысы", "бұйрығы", "конституциялық", "шешімі"});
}

struct Heading {
  std::string number, date;
  std::size_t end = 0;  // where the heading's own words end in the line
};

// "Закон Республики Казахстан от 16 ноября 2015 года № 403-V" /
// "Қазақстан Республикасының 2015 жылғы 16 қарашадағы № 403-V Заңы".
bool read_heading(std::string_view line, const std::string& folded, Heading* h) {
  if (is_editorial(folded)) return false;
  std::size_t after = 0, end = 0;
  if (russian_act_word(first_word(line))) {
    std::size_t at = line.find(" от ");
    if (at == std::string_view::npos) at = line.find(" ОТ ");
    if (at == std::string_view::npos) return false;
    std::size_t i = skip_spaces(line, at + std::string_view(" от ").size());
    std::size_t date_end = i;
    h->date = date_at(line, i, &date_end);
    if (h->date.empty()) return false;
    std::size_t sign = sign_at(line, date_end, &after);
    if (sign == std::string_view::npos || sign > date_end + 16) return false;
    h->number = number_at(line, sign, after, &end);
    h->end = end;
    return !h->number.empty();
  }
  std::size_t sign = sign_at(line, 0, &after);
  if (sign == std::string_view::npos) return false;
  std::vector<std::string> dates = all_dates(line.substr(0, sign));
  if (dates.empty()) return false;
  std::string number = number_at(line, sign, after, &end);
  if (number.empty()) return false;
  std::size_t w_end;
  if (!kazakh_act_word(folded_word_at(line, skip_spaces(line, end), &w_end))) return false;
  h->date = dates.back();
  h->number = std::move(number);
  h->end = w_end;
  return true;
}

std::string status_in(const std::string& folded, bool whole_line) {
  if (whole_line && folded_starts(folded, {"утратил силу", "утратила силу", "утратило силу", "утративший силу",
                                           "күші жойылды", "күші жойылған"}))
    return "lost_force";
  if (!whole_line && (folded.find("утратил силу") != std::string::npos ||
                      folded.find("күші жойылды") != std::string::npos))
    return "lost_force";
  if (folded.find("не введен в действие") != std::string::npos ||
      folded.find("не вступил в силу") != std::string::npos ||
      folded.find("қолданысқа енгізілмеген") != std::string::npos ||
      folded.find("күшіне енбеген") != std::string::npos)
    return "not_in_force";
  return {};
}

bool edition_line(const std::string& folded) {
  if (starts_with(folded, "(с учетом")) return false;
  const bool bracketed = starts_with(folded, "(");
  const bool names_edition = folded.find("редакци") != std::string::npos ||
                             folded.find("по состоянию на") != std::string::npos ||
                             folded.find("өзгерістер") != std::string::npos ||
                             folded.find("толықтыру") != std::string::npos;
  return names_edition && (bracketed || starts_with(folded, "в редакции") || starts_with(folded, "редакция"));
}

struct Line {
  std::string_view text;  // trimmed
  std::string folded;
};

}  // namespace

std::string number_key(std::string_view number) {
  std::string_view s = trim(number);
  if (starts_with(s, kNumberSign)) s.remove_prefix(kNumberSign.size());
  else if (starts_with(s, "No.")) s.remove_prefix(3);
  else if (starts_with(s, "No") || starts_with(s, "N")) s.remove_prefix(starts_with(s, "No") ? 2 : 1);
  s = trim(s);
  std::size_t j = 0;
  while (j < s.size() && !is_blank_byte(s[j]) && s.substr(j, 2) != "\xC2\xA0") ++j;
  std::string token = text::fold_case(s.substr(0, j));
  while (!token.empty() && (token.back() == '.' || token.back() == ',')) token.pop_back();
  if (token.empty() || !is_digit(token.front())) return {};
  // Roman numerals typed with Cyrillic look-alikes: U+0456 і, U+0445 х, U+0441 с,
  // U+043C м → i, x, c, m, in a run of letters that are all Roman numeral letters.
  std::string out;
  std::size_t i = 0;
  while (i < token.size()) {
    std::size_t run_end = i;
    bool roman = true;
    std::string latin;
    while (run_end < token.size() && token[run_end] != '-' && token[run_end] != '/' && !is_digit(token[run_end])) {
      std::size_t len = 1;
      char32_t c = code_point_at(token, run_end, &len);
      char l = 0;
      switch (c) {
        case U'i': case U'v': case U'x': case U'l': case U'c': case U'm': l = static_cast<char>(c); break;
        case U'\u0456': l = 'i'; break;
        case U'\u0445': l = 'x'; break;
        case U'\u0441': l = 'c'; break;
        case U'\u043C': l = 'm'; break;
        default: roman = false;
      }
      if (l) latin += l;
      run_end += len;
    }
    if (run_end == i) {
      out += token[i++];
      continue;
    }
    if (roman) out += latin;
    else out.append(token, i, run_end - i);
    i = run_end;
  }
  return out;
}

ActMetadata read_act_metadata(std::string_view text, bool statute) {
  // The opening: non-blank lines up to the first structural heading.
  std::vector<Line> lines;
  for (std::size_t i = 0; i < text.size() && lines.size() < static_cast<std::size_t>(kOpeningLines);) {
    std::size_t nl = text.find('\n', i);
    std::string_view raw = text.substr(i, nl == std::string_view::npos ? std::string_view::npos : nl - i);
    i = nl == std::string_view::npos ? text.size() : nl + 1;
    std::string_view line = trim(raw);
    if (line.empty()) continue;
    const LineKind kind = classify_line(line).kind;
    if (kind == LineKind::article || kind == LineKind::chapter || kind == LineKind::section ||
        kind == LineKind::subsection || kind == LineKind::group)
      break;
    lines.push_back({line, text::fold_case(line)});
  }

  ActMetadata m;
  std::string heading_title, case_line, court_word;
  std::size_t title_at = std::string::npos;
  for (std::size_t n = 0; n < lines.size(); ++n) {
    const Line& l = lines[n];
    if (m.status.empty()) m.status = status_in(l.folded, /*whole_line=*/true);
    Heading h;
    if (m.number.empty() && read_heading(l.text, l.folded, &h)) {
      m.number = h.number;
      m.date = h.date;
      if (m.status.empty()) m.status = status_in(text::fold_case(l.text.substr(h.end)), false);
      std::string_view name = l.text.substr(0, h.end);
      heading_title.assign(trim(name));
      continue;
    }
    // "Дело № 2-1234/2023" / "Іс № 2-1234/2023"
    const std::string w = first_word(l.text);
    std::size_t after = 0, end = 0;
    if (m.number.empty() && (w == "дело" || w == "іс")) {
      std::size_t sign = sign_at(l.text, 0, &after);
      if (sign != std::string_view::npos && sign <= 12) {
        m.number = number_at(l.text, sign, after, &end);
        if (!m.number.empty()) {
          m.ruling = true;
          case_line.assign(trim(l.text.substr(0, end)));
          continue;
        }
      }
    }
    if (one_of(l.folded, {"решение", "приговор", "постановление", "определение", "заочное решение", "шешім", "үкім",
                          "қаулы", "ұйғарым", "сырттай шешім"})) {
      if (court_word.empty()) court_word.assign(l.text);
      continue;
    }
    if (edition_line(l.folded)) {
      // An edition note may wrap: read on to its closing bracket.
      std::string note = l.folded;
      for (std::size_t k = n + 1; k < lines.size() && k < n + 20 && note.find(')') == std::string::npos; ++k)
        note += " " + lines[k].folded;
      for (const std::string& d : all_dates(note))
        if (d > m.version) m.version = d;
      continue;
    }
    // The Constitution of the RF: "Принята всенародным голосованием 12 декабря 1993 года".
    if (m.date.empty() && (starts_with(l.folded, "принята всенародным голосованием") ||
                           starts_with(l.folded, "принята на республиканском референдуме")))
      m.date = find_date(l.text);
    if (title_at == std::string::npos && title_shaped(l.text, l.folded) && (!statute || act_title(l.folded))) {
      // Other texts take only their opening lines (news: a headline, if any).
      if (statute || n < 3) title_at = n;
    }
  }
  // A ruling's date: the first line that opens with one ("12 марта 2023 года г. Алматы").
  if (m.ruling && m.date.empty())
    for (const Line& l : lines) {
      std::size_t k = 0;
      while (k < l.text.size() && !is_digit(l.text[k]) && k < 3) ++k;
      std::size_t end;
      if (k < l.text.size() && is_digit(l.text[k]) && !(m.date = date_at(l.text, k, &end)).empty()) break;
    }

  if (m.ruling) {
    m.title = court_word.empty() ? case_line : court_word + " (" + case_line + ")";
  } else if (title_at != std::string::npos) {
    m.title.assign(lines[title_at].text);
    // "Гражданский кодекс Российской Федерации" + "ЧАСТЬ ПЕРВАЯ" → "… (часть первая)".
    if (title_at + 1 < lines.size()) {
      const std::string& next = lines[title_at + 1].folded;
      if (starts_with(next, "часть ") && next.size() < 40 && next.find('.') == std::string::npos)
        m.title += " (" + next + ")";
    }
  } else if (!heading_title.empty()) {
    m.title = heading_title;
  }
  return m;
}

}  // namespace lexkz::indexer

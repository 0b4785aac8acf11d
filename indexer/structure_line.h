#pragma once
// Recognises the line forms that carry statute structure (DESIGN.md, "Statute structure"):
// headings, articles, points, notes, and transcript speaker lines. Hand-written byte
// matchers, because the splitter runs over every line of 50 MB and std::regex is slow.
#include <string_view>

namespace lexkz::indexer {

/// What a line opens.
enum class LineKind {
  text,          ///< an ordinary line
  section,       ///< "РАЗДЕЛ 1", "Раздел I", "I бөлім", "1-бөлім"
  chapter,       ///< "Глава 2", "ГЛАВА 2", "1-тарау"
  subsection,    ///< "Подраздел 1" (between section and chapter in RF codes)
  group,         ///< "Параграф 1", "§ 1", "1-параграф"
  article,       ///< "Статья 5. Title", "Статья 108-1.", "5-бап. Title", "94-1-бап"
  point_dot,     ///< "1. " / "1-1. "
  point_paren,   ///< "1) " / "1-1) "
  point_letter,  ///< "а) " / "a) " / "е1) "
  note,          ///< "Сноска.", "Ескерту.", "Статья 5 с изменениями ..." — editorial, any line
  paren_note,    ///< "(В редакции Федерального закона ...)" — editorial at a paragraph start
  editor_note,   ///< "Примечание РЦПИ!" / "Примечание ИЗПИ!" — editorial, body follows
  remark,        ///< "Примечание." / "Примечания." / "Ескертпе." — part of the law
};

/// A classified line: its kind, the number or letter it carries, and whether the
/// heading was written in the Kazakh form (so cites follow the heading's language).
struct LineClass {
  LineKind kind = LineKind::text;
  std::string_view number;  ///< "108-1", "I", "1-1", "а"; empty for notes and text
  bool kk = false;
};

/// Classifies one line (no line break; leading whitespace already removed).
LineClass classify_line(std::string_view line);

/// The speaker of a transcript line ("Иванов А.Б.: ..." → "Иванов А.Б."), or empty.
std::string_view speaker_of(std::string_view line);

/// True when the line has letters and none of them is lower case ("ОБЩАЯ ЧАСТЬ").
bool is_caps_line(std::string_view line);

/// True when the first letter-or-digit character of `line` is a lower-case letter, or the
/// line opens with punctuation that continues a sentence (",", ")", ";", "–", "-").
bool starts_as_continuation(std::string_view line);

/// True for an upper-case Cyrillic (Russian or Kazakh) or Latin letter.
bool is_upper_letter(char32_t c);

/// True for a lower-case Cyrillic (Russian or Kazakh) or Latin letter.
bool is_lower_letter(char32_t c);

/// Decodes the code point at `s[i]` (valid UTF-8 assumed; returns 0 at the end).
char32_t code_point_at(std::string_view s, std::size_t i, std::size_t* len);

}  // namespace lexkz::indexer

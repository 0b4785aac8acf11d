#define BOOST_TEST_MODULE rtf_reader
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <string>
#include <vector>

#include "indexer/rtf_reader.h"

using namespace lexkz::indexer;

namespace {

std::string refusal(const std::string& rtf) {
  try {
    read_rtf(rtf);
  } catch (const FormatError& e) {
    return e.what();
  }
  return "";
}

// UTF-8 → RTF \uN? escapes (BMP only), as RTF writers store non-ASCII text.
std::string u(const std::string& utf8) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    int len = c >= 0xE0 ? 3 : 2;
    unsigned cp = c & (len == 3 ? 0x0F : 0x1F);
    for (int k = 1; k < len; ++k) cp = cp << 6 | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    out += "\\u" + std::to_string(cp > 32767 ? static_cast<int>(cp) - 65536 : static_cast<int>(cp)) + "?";
    i += static_cast<std::size_t>(len);
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(text_paragraphs_and_escapes) {
  struct Row {
    std::string rtf, text;
  };
  const std::vector<Row> rows = {
      {"{\\rtf1\\ansi Hello\\par World}", "Hello\nWorld\n"},
      // cp1251 bytes through \ansicpg: "Суд" = D1 F3 E4.
      {"{\\rtf1\\ansi\\ansicpg1251 \\'d1\\'f3\\'e4 \\'e8\\'f1\\'ea\\par}", "Суд иск\n"},
      // A font's \fcharset204 wins over \ansicpg1252.
      {"{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times;}{\\f1\\fcharset204 Times CYR;}}"
       "\\f1 \\'ef\\'f0\\'e0\\'e2\\'ee\\f0  caf\\'e9}",
       "право café\n"},
      // \uN with one fallback character (\uc1 default), \uc0, \uc2 and negative N.
      {"{\\rtf1 \\u1179?\\u1201?\\u1203? \\uc2\\u1241\\'3f\\'3f\\uc0\\u1171 x\\u-3913?}", "құҳ әғx\xEF\x82\xB7?\n"},
      // A surrogate pair as two \u: U+1D400.
      {"{\\rtf1 \\u-10187?\\u-9216?}", "\xF0\x9D\x90\x80\n"},
      // Literal braces and backslash, \tab, \line, non-breaking space and hyphen, quotes, dashes.
      {"{\\rtf1 a\\{b\\}c\\\\d\\tab e\\line f\\~g\\_h \\ldblquote q\\rdblquote \\emdash  \\endash }",
       "a{b}c\\d\te\nf g-h “q”— –\n"},
      // Destinations skipped: fonts, colours, styles, pictures, headers, footers, {\*…}, fields' codes.
      {"{\\rtf1{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}}"
       "{\\header КОЛОНТИТУЛ}{\\footer НИЖНИЙ}{\\*\\generator Writer}{\\pict\\pngblip 89504e47}"
       "{\\field{\\*\\fldinst HYPERLINK \"x\"}{\\fldrslt link}} text\\par}",
       "link text\n"},
      // \binN skips N raw bytes, braces included.
      {"{\\rtf1 before{\\*\\objdata \\bin4 }}{{}after\\par}", "beforeafter\n"},
      // Tables: cells joined, one row per line; \par inside a cell is a space.
      {"{\\rtf1 \\trowd\\intbl Article\\cell Penalty\\par fine\\cell\\row\\pard After\\par}",
       "Article | Penalty fine\nAfter\n"},
      // Word's rendered list numbers in {\listtext}: the tab after the number is a space.
      {"{\\rtf1{\\listtext\\pard\\plain 1)\\tab}" + u("дискриминация;") + "\\par{\\listtext 2)\\tab}" + u("домогательство.") + "\\par}",
       "1) дискриминация;\n2) домогательство.\n"},
      // Footnotes: a marker in the text, the note after the body.
      {"{\\rtf1 " + u("Текст") + "{\\super\\chftn}{\\footnote\\pard{\\super\\chftn} " + u("Сноска") + "\\par " + u("один.") + "} " + u("дальше.") + "\\par}",
       "Текст[1] дальше.\n\n[1] Сноска один.\n"},
      // Trailing bytes after the document's group (NUL padding) are ignored.
      {std::string("{\\rtf1 x}\0\0\r\n", 13), "x\n"},
  };
  for (const Row& r : rows) BOOST_TEST_CONTEXT(r.rtf) { BOOST_TEST(read_rtf(r.rtf).text == r.text); }
}

BOOST_AUTO_TEST_CASE(title_from_info) {
  auto got = read_rtf("{\\rtf1\\ansi\\ansicpg1251{\\info{\\title \\'d0\\'e5\\'f8\\'e5\\'ed\\'e8\\'e5  \\u1179?}"
                      "{\\author Ivanov}{\\creatim\\yr2024}}" + u("Текст") + "\\par}");
  BOOST_TEST(got.title == "Решение қ");
  BOOST_TEST(got.text == "Текст\n");
}

BOOST_AUTO_TEST_CASE(hostile_rtf_is_refused_quickly) {
  BOOST_TEST(refusal("plain text").find("not an RTF file") != std::string::npos);
  BOOST_TEST(refusal("{\\rtf1 x}}").find("unbalanced braces: '}' at byte") != std::string::npos);
  BOOST_TEST(refusal("{\\rtf1 {x").find("2 groups still open") != std::string::npos);
  const auto t0 = std::chrono::steady_clock::now();
  std::string deep = "{\\rtf1 ";
  for (int i = 0; i < 100000; ++i) deep += '{';
  deep += "x";
  for (int i = 0; i < 100000; ++i) deep += '}';
  deep += '}';
  BOOST_TEST(refusal(deep).find("nested deeper than 1000") != std::string::npos);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  BOOST_TEST(seconds < 1.0);
  // Depth 999 is fine.
  std::string ok = "{\\rtf1 ";
  for (int i = 0; i < 998; ++i) ok += '{';
  ok += u("глубоко");
  for (int i = 0; i < 998; ++i) ok += '}';
  ok += '}';
  BOOST_TEST(read_rtf(ok).text == "глубоко\n");
  // Cut-off words, numbers and escapes at the end never read past the buffer.
  for (const char* s : {"{\\rtf1 \\", "{\\rtf1 \\'", "{\\rtf1 \\'e", "{\\rtf1 \\u", "{\\rtf1 \\u-", "{\\rtf1 \\bin99999"})
    BOOST_TEST(refusal(s).find("still open") != std::string::npos, s);
}

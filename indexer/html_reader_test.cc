#define BOOST_TEST_MODULE html_reader
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "indexer/html_reader.h"

using lexkz::indexer::html_to_text;

BOOST_AUTO_TEST_CASE(text_title_and_blocks) {
  struct Row {
    std::string html, title, text;
  };
  const std::vector<Row> rows = {
      {"<html><head><title> Закон  РК </title><style>p{x:1}</style></head>"
       "<body><h1>Статья 1. Понятия</h1><p>1) жәбірленуші &ndash; адам;</p>"
       "<script>var x = 'Статья 99';</script><p>2) <b>второй</b> пункт</p></body></html>",
       "Закон РК", "Статья 1. Понятия\n\n1) жәбірленуші – адам;\n\n2) второй пункт\n"},
      {"<p>строка<br>другая</p><ul><li>один</li><li>два</li></ul>", "",
       "строка\nдругая\n\nодин\nдва\n"},
      {"<pre>a\n  b</pre>", "", "a\n  b\n"},
      {"<div>&amp; &lt;тег&gt; &#1178;</div><noscript>no</noscript>", "", "& <тег> Қ\n"},
      {"<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "", "a b\nc\n"},
  };
  for (const Row& r : rows) {
    auto got = html_to_text(r.html);
    BOOST_TEST_CONTEXT(r.html) {
      BOOST_TEST(got.title == r.title);
      BOOST_TEST(got.text == r.text);
    }
  }
}

BOOST_AUTO_TEST_CASE(meta_charset_does_not_garble_utf8) {
  // The reader decodes every file to UTF-8 first; a stale meta charset must not win.
  auto got = html_to_text(
      "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>"
      "</head><body><p>Сот шешімі</p></body></html>");
  BOOST_TEST(got.text == "Сот шешімі\n");
}

BOOST_AUTO_TEST_CASE(malformed_html_is_recovered) {
  const std::vector<std::string> rows = {
      "<p>a<p>b</div></span>c",
      "<<<>>><p>text</p",
      "<html><body><table><p>in table</td></tr>",
      "<!-- unterminated comment <p>x",
      "<script>never closed",
      "\x01\x02<p>\xD0</p>",  // broken UTF-8 inside: recovered, not thrown
      "plain text without tags",
  };
  for (const std::string& html : rows) {
    BOOST_TEST_CONTEXT(html) { BOOST_CHECK_NO_THROW(html_to_text(html)); }
  }
  BOOST_TEST(html_to_text("<p>a<p>b</div></span>c").text == "a\n\nbc\n");
  BOOST_TEST(html_to_text("plain text without tags").text == "plain text without tags\n");
}

// Issue 5: deeply nested HTML must not crash. libxml2 stops at 256 levels and drops the
// rest, so such a page is rejected with a reason instead of being indexed in part.
BOOST_AUTO_TEST_CASE(deep_nesting) {
  using lexkz::indexer::HtmlError;
  for (const char* tag : {"div", "b", "span"}) {
    std::string html;
    for (int i = 0; i < 100000; ++i) html += std::string("<") + tag + ">";
    html += "глубоко";
    for (int i = 0; i < 100000; ++i) html += std::string("</") + tag + ">";
    html += "<p>после</p>";
    BOOST_TEST_CONTEXT(tag) { BOOST_CHECK_THROW(html_to_text(html), HtmlError); }
  }
  std::string unclosed;
  for (int i = 0; i < 100000; ++i) unclosed += "<div><p>";
  BOOST_CHECK_THROW(html_to_text(unclosed), HtmlError);  // <div> nests in <div>, never closed
  std::string moderate;
  for (int i = 0; i < 200; ++i) moderate += "<div>";
  moderate += "глубоко";
  BOOST_TEST(html_to_text(moderate).text == "глубоко\n");
}

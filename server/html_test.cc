#define BOOST_TEST_MODULE server_html
#include <boost/test/unit_test.hpp>
// The escaping every page relies on: text, attributes, URL components, marked snippets.
#include "server/html.h"

using lexkz::server::html_escape;
using lexkz::server::marked_html;
using lexkz::server::url;
using lexkz::server::url_encode;

BOOST_AUTO_TEST_CASE(escapes_markup_and_both_quotes) {
  BOOST_TEST(html_escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  BOOST_TEST(html_escape("\" onmouseover=\"x") == "&quot; onmouseover=&quot;x");
  BOOST_TEST(html_escape("a'b&c") == "a&#39;b&amp;c");
  BOOST_TEST(html_escape("домогательство") == "домогательство");
}

BOOST_AUTO_TEST_CASE(url_components_keep_nothing_that_ends_them) {
  BOOST_TEST(url_encode("a b/c?d#e&f=g\"'<") == "a%20b%2Fc%3Fd%23e%26f%3Dg%22%27%3C");
  BOOST_TEST(url_encode("kk-1_2.3~") == "kk-1_2.3~");
  // UTF-8 bytes one by one, upper-case hex.
  BOOST_TEST(url_encode("ж") == "%D0%B6");
  BOOST_TEST(url_encode("../../etc/passwd") == "..%2F..%2Fetc%2Fpasswd");
}

BOOST_AUTO_TEST_CASE(url_joins_non_empty_params_in_order) {
  BOOST_TEST(url("/search", {{"q", "a b"}, {"lang", ""}, {"tag", "stalking"}}) == "/search?q=a%20b&tag=stalking");
  BOOST_TEST(url("/", {}) == "/");
  BOOST_TEST(url("/search", {{"q", "x&ui=kk"}}) == "/search?q=x%26ui%3Dkk");
}

BOOST_AUTO_TEST_CASE(marks_wrap_ranges_and_escape_the_rest) {
  BOOST_TEST(marked_html("a <b> c", {{2, 5}}) == "a <mark>&lt;b&gt;</mark> c");
  BOOST_TEST(marked_html("abc", {{0, 1}, {2, 3}}) == "<mark>a</mark>b<mark>c</mark>");
  // Bad ranges are skipped, never read out of bounds.
  BOOST_TEST(marked_html("abc", {{2, 9}, {1, 0}}) == "abc");
  BOOST_TEST(marked_html("abcd", {{1, 3}, {2, 4}}) == "a<mark>bc</mark>d");
}

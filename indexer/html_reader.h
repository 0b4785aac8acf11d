#pragma once
// HTML → text with libxml2's HTML parser: the visible text and the <title>, scripts and
// styles dropped, block elements turned into line breaks so the splitter sees paragraphs.
#include <stdexcept>
#include <string>
#include <string_view>

namespace lexkz::indexer {

/// The text of an HTML page.
struct HtmlText {
  std::string title;  ///< the first <title>, whitespace collapsed
  std::string text;   ///< visible text; blocks separated by blank lines, <br> by newlines
};

/// Raised when bytes cannot be parsed as HTML at all.
class HtmlError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Parses UTF-8 HTML (decode other charsets first) leniently: recovers from broken markup,
/// never touches the network, survives 100,000-deep nesting (walks the tree without
/// recursion).
HtmlText html_to_text(std::string_view utf8_html);

}  // namespace lexkz::indexer

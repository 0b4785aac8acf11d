#pragma once
// Pages of laid-out text (poppler's physical layout, or Tesseract's lines) → one text that
// reads like a .txt file: running headers, footers and page numbers removed, lines of a
// paragraph joined, words hyphenated at a line end mended, paragraphs separated by a blank
// line and continued across page breaks, so the splitter cites a PDF exactly as it cites
// the same text in a .txt file. Pure text work, no PDF library: tested on strings.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lexkz::indexer {

/// The text of a paginated document and where each page starts in it.
struct AssembledText {
  std::string text;                     ///< valid UTF-8 if the pages were
  std::vector<std::size_t> page_starts; ///< one per input page: byte offset of its first text
};

/// Joins `pages` (each the text of one page, lines separated by '\n', leading spaces
/// meaning indentation) into one text. A paragraph starts at a blank line, an indented
/// line, a line after a short one, or a numbered point/article line after a line that ends
/// a clause; other lines continue the paragraph, also across a page break.
AssembledText assemble_pages(const std::vector<std::string>& pages);

/// True for a line that is only a page number in one of its usual dresses: "4", "- 4 -",
/// "— 4 —", "стр. 4", "Страница 4 из 10", "4-бет", "Page 4 of 10", "4/10".
bool is_page_number_line(std::string_view line);

/// How two lines of one paragraph are glued: `left` is the text so far, `right` the next
/// line (both trimmed). Appends to `left`: a word broken with a hyphen at the line end is
/// mended ("дискрими-" + "нация"), a real compound keeps its hyphen ("сколько-" + "нибудь",
/// "108-" + "1"), anything else gets one space.
void join_line(std::string& left, std::string_view right);

}  // namespace lexkz::indexer

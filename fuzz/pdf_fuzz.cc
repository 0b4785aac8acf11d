// libFuzzer target: the PDF reader (no OCR) on arbitrary bytes, and the page assembler
// (pdf_text.h) on arbitrary UTF-8 pages. Input that starts with "%PDF-" goes to read_pdf:
// only PdfError may escape, the text must be valid UTF-8 and page starts in order and in
// range. Anything else is split into pages at form feeds and assembled, with the same checks.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/pdf_reader.h"
#include "indexer/pdf_text.h"
#include "text/utf8.h"

namespace {

void check(const std::string& text, const std::vector<std::size_t>& starts, std::size_t pages) {
  if (!lexkz::text::is_valid_utf8(text)) std::abort();
  if (starts.size() != pages) std::abort();
  for (std::size_t i = 0; i < starts.size(); ++i)
    if (starts[i] > text.size() || (i > 0 && starts[i] < starts[i - 1])) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (bytes.substr(0, 5) == "%PDF-") {
    try {
      lexkz::indexer::PdfText t = lexkz::indexer::read_pdf(bytes);
      std::vector<std::size_t> starts;
      for (const auto& p : t.pages) starts.push_back(p.start);
      check(t.text, starts, t.pages.size());
    } catch (const lexkz::indexer::PdfError&) {
    }
    return 0;
  }
  if (!lexkz::text::is_valid_utf8(bytes)) return 0;  // pages come from poppler or Tesseract as UTF-8
  std::vector<std::string> pages;
  std::size_t i = 0;
  for (std::size_t ff; (ff = bytes.find('\f', i)) != std::string_view::npos; i = ff + 1)
    pages.emplace_back(bytes.substr(i, ff - i));
  pages.emplace_back(bytes.substr(i));
  lexkz::indexer::AssembledText a = lexkz::indexer::assemble_pages(pages);
  check(a.text, a.page_starts, pages.size());
  return 0;
}

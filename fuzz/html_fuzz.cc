// libFuzzer target: the HTML reader on arbitrary UTF-8 markup; the output must be valid UTF-8
// and the only exception HtmlError.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "indexer/html_reader.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view html(reinterpret_cast<const char*>(data), size);
  if (!lexkz::text::is_valid_utf8(html)) return 0;  // readers decode before parsing
  try {
    lexkz::indexer::HtmlText t = lexkz::indexer::html_to_text(html);
    if (!lexkz::text::is_valid_utf8(t.text) || !lexkz::text::is_valid_utf8(t.title)) std::abort();
  } catch (const lexkz::indexer::HtmlError&) {
  }
  return 0;
}

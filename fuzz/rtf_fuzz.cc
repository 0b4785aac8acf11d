// libFuzzer target: the RTF reader on raw bytes; the text and title must be valid UTF-8 (every
// code page and \uN path goes through ICU) and the only exception FormatError.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "indexer/rtf_reader.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view rtf(reinterpret_cast<const char*>(data), size);
  try {
    lexkz::indexer::ExtractedText t = lexkz::indexer::read_rtf(rtf);
    if (!lexkz::text::is_valid_utf8(t.text) || !lexkz::text::is_valid_utf8(t.title)) std::abort();
  } catch (const lexkz::indexer::FormatError&) {
  }
  return 0;
}

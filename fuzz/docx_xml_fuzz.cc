// libFuzzer target: the DOCX and ODT XML → text path without the zip. The first byte picks
// the format (even: DOCX, odd: ODT); the rest is split at NUL bytes into the parts, in order
// (DOCX: document, numbering, styles, footnotes, endnotes, core; ODT: content, styles, meta),
// so numbering definitions, styles and notes are fuzzed together with the body that uses
// them. The text and title must be valid UTF-8 and the only exception FormatError.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "indexer/docx_reader.h"
#include "indexer/odt_reader.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const bool odt = data[0] & 1;
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::vector<std::string_view> parts;
  while (parts.size() < 5) {
    std::size_t nul = rest.find('\0');
    if (nul == std::string_view::npos) break;
    parts.push_back(rest.substr(0, nul));
    rest.remove_prefix(nul + 1);
  }
  parts.push_back(rest);
  parts.resize(6);
  try {
    lexkz::indexer::ExtractedText t =
        odt ? lexkz::indexer::odt_parts_to_text({parts[0], parts[1], parts[2]})
            : lexkz::indexer::docx_parts_to_text({parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]});
    if (!lexkz::text::is_valid_utf8(t.text) || !lexkz::text::is_valid_utf8(t.title)) std::abort();
  } catch (const lexkz::indexer::FormatError&) {
  }
  return 0;
}

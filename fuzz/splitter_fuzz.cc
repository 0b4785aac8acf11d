// libFuzzer target: the structure splitter with each document type, checking the contract
// of indexer/splitter.h: passages in order, in range, not overlapping, non-blank at both ends.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "indexer/splitter.h"
#include "text/utf8.h"

namespace {
bool blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const char* const kTypes[] = {"statute", "ruling", "transcript", "convention", "other"};
  if (size == 0) return 0;
  lexkz::indexer::Document doc;
  doc.id = "fuzz";
  doc.type = kTypes[data[0] % 5];
  doc.text.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (!lexkz::text::is_valid_utf8(doc.text)) return 0;
  lexkz::indexer::SplitOptions options;
  options.max_bytes = (data[0] & 0x80) ? 64 : 4096;  // small caps force sentence cuts
  std::size_t prev_end = 0;
  for (const lexkz::indexer::Passage& p : lexkz::indexer::split_document(doc, options)) {
    if (p.start >= p.end || p.end > doc.text.size() || p.start < prev_end) std::abort();
    if (blank(doc.text[p.start]) || blank(doc.text[p.end - 1])) std::abort();
    if (!lexkz::text::is_valid_utf8(std::string_view(doc.text).substr(p.start, p.end - p.start)))
      std::abort();
    prev_end = p.end;
  }
  lexkz::indexer::looks_like_statute(doc.text);
  lexkz::indexer::looks_like_transcript(doc.text);
  return 0;
}

// libFuzzer target: the analyzer on arbitrary valid UTF-8, in every language mode, checking
// the token invariants of text/token.h (offsets in range, surface == the bytes, positions rise).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "text/analyzer.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static lexkz::text::Analyzer analyzer;
  if (size == 0) return 0;
  // The first byte picks the mode, so one corpus exercises all three.
  auto mode = static_cast<lexkz::text::LangMode>(data[0] % 3);
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (!lexkz::text::is_valid_utf8(text)) return 0;  // the analyzer's contract: decode first
  lexkz::text::Analysis a = analyzer.analyze(text, mode);
  std::uint32_t last = 0;
  for (const lexkz::text::Token& t : a.tokens) {
    if (t.start > t.end || t.end > text.size()) std::abort();
    if (text.substr(t.start, t.end - t.start) != t.surface) std::abort();
    if (t.position <= last) std::abort();
    last = t.position;
    if (!lexkz::text::is_valid_utf8(t.norm) || !lexkz::text::is_valid_utf8(t.stem)) std::abort();
  }
  analyzer.normalize(text, lexkz::text::Lang::kk);
  return 0;
}

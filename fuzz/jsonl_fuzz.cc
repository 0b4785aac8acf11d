// libFuzzer target: one JSONL line → a document or a reason, never both, never a throw;
// an accepted document has a non-empty id and valid UTF-8 text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "indexer/jsonl_reader.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  static const std::optional<std::string> kType = "ruling", kLang = "kk", kNone;
  bool defaults = size > 0 && (data[0] & 1);
  lexkz::indexer::JsonlRecord r =
      lexkz::indexer::parse_jsonl_line(line, "fuzz.jsonl", defaults ? kType : kNone, defaults ? kLang : kNone);
  if (r.document && !r.error.empty()) std::abort();
  if (r.document) {
    if (r.document->id.empty() || r.document->text.empty()) std::abort();
    if (!lexkz::text::is_valid_utf8(r.document->text)) std::abort();
    if (!lexkz::indexer::is_known_type(r.document->type)) std::abort();
  }
  lexkz::indexer::is_iso_date(line);
  return 0;
}

// libFuzzer target: any bytes as the opening of a document (act_metadata.h) and as a
// sidecar (sidecar.h). Never a throw or a crash; dates come out as YYYY-MM-DD, statuses
// from the contract, numbers with their sign; a sidecar either parses or says why.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "indexer/act_metadata.h"
#include "indexer/jsonl_reader.h"
#include "indexer/sidecar.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string error;
  const auto sidecar = lexkz::indexer::parse_sidecar(bytes, &error);
  if (sidecar.has_value() == !error.empty()) std::abort();
  if (sidecar && sidecar->status && !sidecar->status->empty() && !lexkz::indexer::is_known_status(*sidecar->status))
    std::abort();
  // Readers hand over valid UTF-8 only (text/decode.h).
  if (!lexkz::text::is_valid_utf8(bytes)) return 0;
  for (bool statute : {false, true}) {
    const lexkz::indexer::ActMetadata m = lexkz::indexer::read_act_metadata(bytes, statute);
    for (const std::string* d : {&m.date, &m.version})
      if (!d->empty() && !lexkz::indexer::is_iso_date(*d)) std::abort();
    if (!m.status.empty() && !lexkz::indexer::is_known_status(m.status)) std::abort();
    if (!m.number.empty() && lexkz::indexer::number_key(m.number).empty()) std::abort();
    if (!lexkz::text::is_valid_utf8(m.title) || !lexkz::text::is_valid_utf8(m.number)) std::abort();
  }
  lexkz::indexer::number_key(bytes);
  return 0;
}

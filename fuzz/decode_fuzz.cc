// libFuzzer target: decode_to_utf8 on arbitrary bytes; whatever it returns must be
// valid UTF-8, and the only exception it may throw is DecodeError.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "text/decode.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    lexkz::text::Decoded d = lexkz::text::decode_to_utf8(bytes);
    if (!lexkz::text::is_valid_utf8(d.text)) std::abort();
    // A second BOM after the first decodes to U+FEFF at the start: legal text, not checked.
  } catch (const lexkz::text::DecodeError& e) {
    if (e.offset > size) std::abort();
  }
  return 0;
}

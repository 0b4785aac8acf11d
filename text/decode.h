#pragma once
// Decoding at the edge: whatever bytes arrive from outside become validated UTF-8 here,
// and nowhere else.
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace lexkz::text {

/// The encodings lexkz recognises in input files.
enum class Charset { utf8, utf16le, utf16be, cp1251, koi8r };

/// "utf-8", "utf-16le", "utf-16be", "windows-1251", "koi8-r".
std::string_view charset_name(Charset charset);

/// Raised when bytes cannot be decoded as text (binary data, a PDF, broken UTF-16).
/// `offset` is the byte offset of the first offending byte in the input.
class DecodeError : public std::runtime_error {
 public:
  DecodeError(const std::string& what, std::size_t offset)
      : std::runtime_error(what), offset(offset) {}
  std::size_t offset;
};

/// The result of decoding: UTF-8 text without a BOM, and what it was decoded from.
struct Decoded {
  std::string text;
  Charset charset = Charset::utf8;
};

/// Detects the encoding of `bytes` (BOM for UTF-16/UTF-8; valid UTF-8 is taken as is;
/// otherwise cp1251 vs KOI8-R by letter statistics) and converts to UTF-8 with ICU.
/// Throws DecodeError for binary content (NUL bytes outside UTF-16, PDF magic, control
/// characters) so callers can reject the file with a reason.
Decoded decode_to_utf8(std::string_view bytes);

}  // namespace lexkz::text

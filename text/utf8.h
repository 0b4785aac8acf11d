#pragma once
// Minimal UTF-8 primitives used on hot paths where ICU would allocate.
#include <cstddef>
#include <string>
#include <string_view>

namespace lexkz::text {

/// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, ≤ U+10FFFF).
/// On failure `*bad_offset` (if given) receives the byte offset of the first bad sequence.
bool is_valid_utf8(std::string_view s, std::size_t* bad_offset = nullptr);

/// Decodes the code point at `s[i]` and advances `i`. `s` must be valid UTF-8.
char32_t next_code_point(std::string_view s, std::size_t& i);

/// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

/// Number of code points in valid UTF-8.
std::size_t code_point_count(std::string_view s);

}  // namespace lexkz::text

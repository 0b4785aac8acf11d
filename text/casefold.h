#pragma once
// Normalisation of one word: NFKC case folding (utf8proc), ё→е, and the odd-character
// clean-up that makes two spellings of one word byte-identical.
#include <string>
#include <string_view>

namespace lexkz::text {

/// NFKC_Casefold of `word` (utf8proc), then ё→е (U+0451 CYRILLIC SMALL LETTER IO →
/// U+0435), soft hyphens and zero-width characters dropped. `word` must be valid UTF-8.
/// Fast path for text that is already lower-case Cyrillic/ASCII.
std::string fold_case(std::string_view word);

/// The fold_case of one letter of the Cyrillic block U+0400..U+04FF (lower case, ё→е),
/// which by the block's layout is one code point too; 0 outside the block and for the
/// combining marks U+0483..U+0489 (they may compose: only fold_case can tell).
char32_t fold_cyrillic(char32_t cp);

/// True for the dash characters that legal definitions use interchangeably:
/// U+002D, U+2010..U+2015, U+2212, U+FE58, U+FE63, U+FF0D.
bool is_dash(char32_t cp);

/// True for white space including U+00A0, U+2000..U+200A, U+202F, U+205F, U+3000.
bool is_space(char32_t cp);

}  // namespace lexkz::text

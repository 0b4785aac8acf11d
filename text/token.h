#pragma once
// The one token type every stage and every consumer (indexer, query, tagger) shares.
#include <cstddef>
#include <cstdint>
#include <string>

#include "text/lang.h"

namespace lexkz::text {

/// One word of the input. Offsets are bytes into the original UTF-8 text, half-open:
/// text.substr(start, end - start) == surface. Stop words are flagged, not dropped, so
/// positions stay honest for phrases.
struct Token {
  std::string surface;    ///< the bytes as written
  std::string norm;       ///< folded, homoglyphs repaired, Kazakh Latin → Cyrillic
  std::string stem;       ///< the lexeme key: inflections of one word share it
  Lang lang = Lang::none; ///< the token's language (after passage-level resolution)
  std::size_t start = 0;  ///< byte offset of the first byte
  std::size_t end = 0;    ///< byte offset one past the last byte
  std::uint32_t position = 0;  ///< 1-based word position within the analysed text
  bool stop = false;      ///< a function word of its language
};

}  // namespace lexkz::text

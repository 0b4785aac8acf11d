#pragma once
// Printers for `lexkz analyze`: a JSONL printer (one object per token) and a text
// printer for people. Both own their format entirely.
//
// JSONL schema, one line per token, fields in this order:
//   text      string  the token as written in the input
//   start     int     byte offset of its first byte in the input (UTF-8), half-open
//   end       int     byte offset one past its last byte
//   position  int     1-based word position (stop words count)
//   norm      string  the normalised form: the exact-form key
//   stem      string  the lexeme key: inflections of one word share it
//   lang      string|null  "ru", "kk", or null for numbers and non-Kazakh Latin words
//   stop      bool    a function word of its language
// New fields may be added; existing ones keep their meaning. Example:
//   {"text":"Кемсітушілікке","start":0,"end":28,"position":1,"norm":"кемсітушілікке",
//    "stem":"кемсітушілік","lang":"kk","stop":false}
#include <ostream>

#include "text/analyzer.h"

namespace lexkz::cli {

/// Writes each token of `analysis` as one JSON line.
void print_tokens_jsonl(std::ostream& out, const text::Analysis& analysis);

/// Writes a header line with the passage language, then one aligned line per token.
void print_tokens_text(std::ostream& out, const text::Analysis& analysis);

}  // namespace lexkz::cli

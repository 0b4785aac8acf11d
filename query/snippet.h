#pragma once
// Snippets from the stored passage text and the analyzer's offsets (not MSet::snippet,
// which returns HTML-escaped text): the best window of the passage, with the words the
// query matched marked by byte ranges.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "query/query_builder.h"
#include "text/analyzer.h"

namespace lexkz::query {

/// A piece of passage text with the matched words' byte ranges (half-open, relative to
/// `text`).
struct Snippet {
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> marks;
};

/// Picks the window of at most `max_bytes` with the most matches (whole words, "…"
/// where text was cut) and marks every match of `highlights` in it.
Snippet make_snippet(const std::string& passage, text::Lang lang, const Highlights& highlights,
                     text::Analyzer& analyzer, std::size_t max_bytes = 300);

/// The same from the passage's analysis (`analyzer.analyze(passage, mode)`, the mode of
/// its language), so a passage that several saved searches match is analysed once.
Snippet make_snippet(const std::string& passage, const text::Analysis& analysis, const Highlights& highlights,
                     std::size_t max_bytes = 300);

/// The analysis mode make_snippet uses for a passage in `lang`.
text::LangMode snippet_mode(text::Lang lang);

/// The snippet text with each mark wrapped in `open` … `close`.
std::string render_marked(const Snippet& snippet, std::string_view open, std::string_view close);

}  // namespace lexkz::query

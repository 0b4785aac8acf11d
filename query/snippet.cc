#include "query/snippet.h"

namespace lexkz::query {
namespace {

bool matches(const text::Token& t, const Highlights& h) {
  if (h.stems.count(t.stem) || h.exact.count(t.norm)) return true;
  for (const std::string& p : h.prefixes)
    if (t.norm.compare(0, p.size(), p) == 0) return true;
  return false;
}

}  // namespace

text::LangMode snippet_mode(text::Lang lang) {
  return lang == text::Lang::kk ? text::LangMode::kk : lang == text::Lang::ru ? text::LangMode::ru : text::LangMode::automatic;
}

Snippet make_snippet(const std::string& passage, text::Lang lang, const Highlights& highlights,
                     text::Analyzer& analyzer, std::size_t max_bytes) {
  return make_snippet(passage, analyzer.analyze(passage, snippet_mode(lang)), highlights, max_bytes);
}

Snippet make_snippet(const std::string& passage, const text::Analysis& a, const Highlights& highlights,
                     std::size_t max_bytes) {
  std::vector<std::size_t> hits;  // token indexes that match
  for (std::size_t i = 0; i < a.tokens.size(); ++i)
    if (matches(a.tokens[i], highlights)) hits.push_back(i);

  // The window start (a token index) that covers the most hits within max_bytes.
  std::size_t best_first = 0, best_count = 0;
  for (std::size_t h = 0, last = 0; h < hits.size(); ++h) {
    std::size_t begin = a.tokens[hits[h]].start;
    while (last < hits.size() && a.tokens[hits[last]].end - begin <= max_bytes) ++last;
    if (last - h > best_count) {
      best_count = last - h;
      best_first = hits[h];
    }
  }
  std::size_t start = 0, end = passage.size();
  if (passage.size() > max_bytes) {
    // Start a few words before the first hit, so the reader sees its context.
    std::size_t first = best_first >= 3 ? best_first - 3 : 0;
    if (best_count == 0) first = 0;
    start = a.tokens.empty() ? 0 : a.tokens[first].start;
    if (first == 0) start = 0;
    end = start;
    for (std::size_t i = first; i < a.tokens.size() && a.tokens[i].end - start <= max_bytes; ++i) end = a.tokens[i].end;
    if (end == start) {  // one giant word: cut on a UTF-8 boundary
      end = std::min(passage.size(), start + max_bytes);
      while (end > start && (static_cast<unsigned char>(passage[end]) & 0xC0) == 0x80) --end;
    }
  }
  Snippet s;
  const std::string ellipsis = "…";
  std::size_t shift = 0;
  if (start > 0) {
    s.text = ellipsis;
    shift = ellipsis.size();
  }
  s.text.append(passage, start, end - start);
  for (std::size_t i : hits) {
    const text::Token& t = a.tokens[i];
    if (t.start >= start && t.end <= end) s.marks.emplace_back(t.start - start + shift, t.end - start + shift);
  }
  if (end < passage.size()) s.text += ellipsis;
  return s;
}

std::string render_marked(const Snippet& snippet, std::string_view open, std::string_view close) {
  std::string out;
  std::size_t at = 0;
  for (auto [b, e] : snippet.marks) {
    out.append(snippet.text, at, b - at);
    out += open;
    out.append(snippet.text, b, e - b);
    out += close;
    at = e;
  }
  out.append(snippet.text, at, std::string::npos);
  return out;
}

}  // namespace lexkz::query

#include "indexer/passage_analysis.h"

#include <map>

namespace lexkz::indexer {

AnalysedPassages analyse_passages(const Document& doc, text::Analyzer& analyzer, text::LangMode lang_mode) {
  AnalysedPassages out;
  out.passages = split_document(doc);
  text::LangMode mode = lang_mode;
  if (doc.lang == "ru") mode = text::LangMode::ru;
  else if (doc.lang == "kk") mode = text::LangMode::kk;
  const std::size_t n = out.passages.size();
  out.analyses.resize(n);
  out.modes.assign(n, mode);
  // The document's language: the passage languages weighted by token count.
  std::map<text::Lang, std::size_t> weight;
  for (std::size_t i = 0; i < n; ++i) {
    const Passage& p = out.passages[i];
    analyzer.analyze(std::string_view(doc.text).substr(p.start, p.end - p.start), mode, out.analyses[i]);
    weight[out.analyses[i].lang] += out.analyses[i].tokens.size();
  }
  out.lang = weight[text::Lang::kk] > weight[text::Lang::ru] ? text::Lang::kk : text::Lang::ru;
  if (weight[text::Lang::kk] == 0 && weight[text::Lang::ru] == 0) out.lang = text::Lang::none;
  if (out.lang == text::Lang::none) return out;
  const text::LangMode doc_mode = out.lang == text::Lang::kk ? text::LangMode::kk : text::LangMode::ru;
  for (std::size_t i = 0; i < n; ++i) {
    if (out.analyses[i].lang != text::Lang::none) continue;
    const Passage& p = out.passages[i];
    out.modes[i] = doc_mode;
    analyzer.analyze(std::string_view(doc.text).substr(p.start, p.end - p.start), doc_mode, out.analyses[i]);
  }
  return out;
}

bool is_taggable(const Passage& passage) { return passage.kind != PassageKind::toc; }

}  // namespace lexkz::indexer

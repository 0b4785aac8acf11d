#include "indexer/page_cite.h"

#include <algorithm>
#include <string>

namespace lexkz::indexer {

const PageSpan* page_at(const std::vector<PageSpan>& pages, std::size_t offset) {
  if (pages.empty()) return nullptr;
  auto it = std::upper_bound(pages.begin(), pages.end(), offset,
                             [](std::size_t o, const PageSpan& p) { return o < p.start; });
  return it == pages.begin() ? &pages.front() : &*(it - 1);
}

std::vector<const PageSpan*> pages_of(const std::vector<PageSpan>& pages, std::size_t start, std::size_t end) {
  std::vector<const PageSpan*> out;
  const PageSpan* first = page_at(pages, start);
  if (!first) return out;
  out.push_back(first);
  for (const PageSpan* p = first + 1; p < pages.data() + pages.size() && p->start < end; ++p)
    if (p->start > start) out.push_back(p);
  return out;
}

void cite_pages(const Document& doc, std::vector<Passage>& passages) {
  if (doc.pages.empty()) return;
  int page = -1;
  int paragraph = 0;
  std::string previous_cite;  // the splitter's own cite: parts of a long paragraph share it
  for (Passage& p : passages) {
    if (p.kind != PassageKind::paragraph && p.kind != PassageKind::turn) continue;
    const int number = page_at(doc.pages, p.start)->number;
    const std::string n = std::to_string(number);
    const std::string page_cite = p.kk ? n + "-бет" : "стр. " + n;
    if (p.kind == PassageKind::turn) {
      p.cite = page_cite + ", " + p.cite;
      continue;
    }
    if (number != page) paragraph = 0;
    if (number != page || p.cite != previous_cite) ++paragraph;
    page = number;
    previous_cite = p.cite;
    const std::string k = std::to_string(paragraph);
    p.cite = page_cite + ", " + (p.kk ? k + "-абзац" : "абз. " + k);
  }
}

void fill_page(const std::vector<PageSpan>& pages, const Passage& passage, PassageRecord& record) {
  int ocr_pages = 0;
  float confidence = 0;
  for (const PageSpan* page : pages_of(pages, passage.start, passage.end)) {
    if (!record.page) record.page = page->number;
    if (page->ocr) confidence += page->confidence, ++ocr_pages;
  }
  if (ocr_pages == 0) return;
  record.ocr = true;
  record.ocr_confidence = confidence / static_cast<float>(ocr_pages);
}

}  // namespace lexkz::indexer

#include "indexer/document_metadata.h"

#include <algorithm>

#include "indexer/act_metadata.h"

namespace lexkz::indexer {

void fill_from_opening(Document& doc, bool title, bool keep_type) {
  const ActMetadata m = read_act_metadata(doc.text, doc.type == "statute");
  for (auto [from, to] : {std::pair{&m.number, &doc.number}, std::pair{&m.date, &doc.date},
                          std::pair{&m.status, &doc.status}, std::pair{&m.version, &doc.version}})
    if (to->empty()) *to = *from;
  if (title && doc.title.empty()) doc.title = m.title;
  if (m.ruling && !keep_type && doc.type == "other") doc.type = "ruling";
}

void fill_passage_metadata(const Document& doc, std::size_t start, std::size_t end, PassageRecord& r) {
  r.title = doc.title;
  r.type = doc.type;
  r.date = doc.date;
  r.number = doc.number;
  r.status = doc.status;
  r.version = doc.version;
  r.source = doc.source;
  r.page = 0;
  r.ocr = false;
  r.ocr_confidence = 0;
  float confidence = 0;
  int ocr_pages = 0;
  for (std::size_t k = 0; k < doc.pages.size(); ++k) {
    const PageSpan& p = doc.pages[k];
    const std::size_t page_end = k + 1 < doc.pages.size() ? doc.pages[k + 1].start : doc.text.size();
    if (p.start <= start) r.page = p.number;
    // The pages the passage spans: [start, end) overlaps [p.start, page_end).
    if (p.ocr && p.start < std::max(end, start + 1) && start < page_end) {
      r.ocr = true;
      confidence += p.confidence;
      ++ocr_pages;
    }
  }
  if (ocr_pages) r.ocr_confidence = confidence / static_cast<float>(ocr_pages);
}

}  // namespace lexkz::indexer

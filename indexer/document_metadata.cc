#include "indexer/document_metadata.h"

#include "indexer/act_metadata.h"
#include "indexer/page_cite.h"

namespace lexkz::indexer {

void fill_from_opening(Document& doc, bool title, bool keep_type) {
  const ActMetadata m = read_act_metadata(doc.text, doc.type == "statute");
  for (auto [from, to] : {std::pair{&m.number, &doc.number}, std::pair{&m.date, &doc.date},
                          std::pair{&m.status, &doc.status}, std::pair{&m.version, &doc.version}})
    if (to->empty()) *to = *from;
  if (title && doc.title.empty()) doc.title = m.title;
  if (m.ruling && !keep_type && doc.type == "other") doc.type = "ruling";
}

void fill_passage_metadata(const Document& doc, const Passage& passage, PassageRecord& r) {
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
  fill_page(doc.pages, passage, r);
}

}  // namespace lexkz::indexer

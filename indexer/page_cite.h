#pragma once
// Pages in cites and records: a passage of a paginated document (a PDF) belongs to the
// page it starts on. Prose cites name it ("стр. 4, абз. 2" / "4-бет, 2-абзац", paragraphs
// counted on their page, as a reader of the printed page counts them); statute cites keep
// article and point, which say more than a page.
#include <cstddef>
#include <vector>

#include "indexer/document.h"
#include "indexer/passage_record.h"
#include "indexer/splitter.h"

namespace lexkz::indexer {

/// The page holding byte `offset` of the text: the last page starting at or before it;
/// nullptr when `pages` is empty.
const PageSpan* page_at(const std::vector<PageSpan>& pages, std::size_t offset);

/// The pages a passage [start, end) spans, first to last (none when unpaginated).
std::vector<const PageSpan*> pages_of(const std::vector<PageSpan>& pages, std::size_t start, std::size_t end);

/// Rewrites the cites of prose passages (paragraphs, speaker turns) of a paginated
/// document to name their page. Does nothing when `doc.pages` is empty.
void cite_pages(const Document& doc, std::vector<Passage>& passages);

/// Sets `record.page` to the page `passage` starts on, and `record.ocr` /
/// `record.ocr_confidence` (the mean over its OCR'd pages) when any page it spans was read
/// by OCR. Leaves them alone when `pages` is empty.
void fill_page(const std::vector<PageSpan>& pages, const Passage& passage, PassageRecord& record);

}  // namespace lexkz::indexer

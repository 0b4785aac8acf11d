#pragma once
// The metadata of a document after its reader: fields the reader, the JSONL record or
// the document properties left empty are filled from the opening lines
// (act_metadata.h), and each passage gets the document's metadata and its page. Called
// by the reader (index, tag) and by the passage builder, so `index` and `tag` print the
// same metadata for the same passage.
#include <cstddef>

#include "indexer/document.h"
#include "indexer/passage_record.h"

namespace lexkz::indexer {

/// Fills the empty metadata fields of `doc` from its opening lines: number, date, status,
/// version, and the title when `title` (files; JSONL records give theirs or none). A
/// document of type "other" that opens like a court act ("Дело № …") becomes a "ruling"
/// unless `keep_type` (--type was given). Fields already set (document properties, JSONL
/// fields) are kept: they are the stronger source.
void fill_from_opening(Document& doc, bool title, bool keep_type);

/// Copies the document's metadata (title, type, date, number, status, version, source)
/// into `record`, and the page the passage [start, end) starts on: page number (0 when
/// the document has no pages), whether any page it spans was OCR'd, and the mean
/// confidence of those pages.
void fill_passage_metadata(const Document& doc, std::size_t start, std::size_t end, PassageRecord& record);

}  // namespace lexkz::indexer

#pragma once
// DOCX (Office Open XML word processing) → text: the body's paragraphs in order, Word's
// automatic numbering rendered ("1)", "2-1)", "а)", "Статья 5.") so point numbers and cites
// survive, tables as one row per line with cells joined by " | ", footnotes and endnotes
// appended after the body ("[1] …", the reference left as "[1]" in the text), headers and
// footers left out (they are separate parts, never read), deleted revisions, field codes and
// hidden text skipped. Title from docProps/core.xml dc:title.
#include <string_view>

#include "indexer/extracted_text.h"
#include "indexer/zip_archive.h"

namespace lexkz::indexer {

/// The XML parts a DOCX's text comes from, as bytes; empty when the part is absent.
struct DocxParts {
  std::string_view document;   ///< word/document.xml (required)
  std::string_view numbering;  ///< word/numbering.xml
  std::string_view styles;     ///< word/styles.xml (paragraph styles can carry numbering)
  std::string_view footnotes;  ///< word/footnotes.xml
  std::string_view endnotes;   ///< word/endnotes.xml
  std::string_view core;       ///< docProps/core.xml
};

/// Reads a DOCX file held in memory. Throws FormatError with a one-line reason (not a zip,
/// a zip bomb, no word/document.xml, a DTD or malformed XML in a part).
ExtractedText read_docx(std::string_view bytes, const ZipLimits& limits = {});

/// The XML → text half of read_docx, without the zip (tests, fuzzing).
ExtractedText docx_parts_to_text(const DocxParts& parts);

}  // namespace lexkz::indexer

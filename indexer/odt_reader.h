#pragma once
// ODT (OpenDocument text) → text, consistent with the DOCX reader: paragraphs and headings
// in order, list numbering rendered from the list styles (style:num-format, num-prefix,
// num-suffix, text:display-levels, start values, continued lists) so "1)", "1.2.", "а)"
// survive, tables as one row per line with cells joined by " | ", footnotes and endnotes
// appended after the body ("[1] …", "[1]" left at the reference), page headers and footers
// left out (they live in styles.xml's master pages, which give only list styles here),
// annotations, drawings and tracked deletions skipped. Title from meta.xml dc:title.
#include <string_view>

#include "indexer/extracted_text.h"
#include "indexer/zip_archive.h"

namespace lexkz::indexer {

/// The XML parts an ODT's text comes from; empty when absent.
struct OdtParts {
  std::string_view content;  ///< content.xml (required)
  std::string_view styles;   ///< styles.xml (named list styles)
  std::string_view meta;     ///< meta.xml
};

/// Reads an ODT file held in memory; throws FormatError with a one-line reason.
ExtractedText read_odt(std::string_view bytes, const ZipLimits& limits = {});

/// The XML → text half of read_odt, without the zip (tests, fuzzing).
ExtractedText odt_parts_to_text(const OdtParts& parts);

}  // namespace lexkz::indexer

#pragma once
// RTF → text, a reader of our own: Debian packages no RTF-to-text library (only programs:
// unrtf, catdoc), and the subset legal exports use is small — paragraphs, tables, \'hh bytes
// in the document's ANSI code page (cp1251 for Russian and Kazakh court exports), \uN
// Unicode escapes with their \ucN fallback characters, and destinations to skip.
// Groups live on an explicit stack capped at kMaxRtfDepth, so 100,000 nested groups are
// refused at once instead of overflowing anything.
#include <cstddef>
#include <string_view>

#include "indexer/extracted_text.h"

namespace lexkz::indexer {

/// The deepest group nesting accepted (Word's own files stay under 50).
inline constexpr std::size_t kMaxRtfDepth = 1000;

/// Reads an RTF document: text with \par/\line as line breaks, \tab as a tab, table cells
/// joined by " | " and one row per line (\cell, \row), footnotes appended after the body as
/// "[n] …" (consistent with the DOCX reader); \info\title as the title; font tables, colour
/// tables, style sheets, pictures, objects, headers, footers and {\*…} destinations skipped.
/// \'hh bytes decode in their font's charset (\fcharset) or the \ansicpg code page.
/// Throws FormatError for a file that is not RTF, unbalanced braces or excessive nesting.
ExtractedText read_rtf(std::string_view bytes);

}  // namespace lexkz::indexer

#pragma once
// Parsing the XML parts of DOCX and ODT files safely, and small helpers over libxml2's
// tree shared by the two readers. Office parts never carry a DTD, so any <!DOCTYPE> is
// refused before its declarations are read: that stops external entities (XXE) and
// entity-expansion bombs ("billion laughs") at the door. Network access is off
// (XML_PARSE_NONET), entities are never substituted (no XML_PARSE_NOENT), no DTD is loaded,
// and libxml2's default limits stay on (no XML_PARSE_HUGE: 256 levels of nesting, 10 MB text
// nodes), so the readers can walk the tree recursively.
#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

namespace lexkz::indexer {

/// Frees a libxml2 document.
struct XmlDocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
/// An owned libxml2 document.
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;

/// Parses one XML part (`part` names it in messages: "word/document.xml"). Throws
/// FormatError with a one-line reason for a DTD, malformed XML or excessive nesting.
XmlDocPtr parse_office_xml(std::string_view bytes, const std::string& part);

/// True when `n` is an element named `local` in namespace `ns_uri`.
bool is_element(const xmlNode* n, const char* ns_uri, const char* local);

/// The value of attribute `local` in namespace `ns_uri` (nullptr ns: no namespace), or "".
std::string attribute(const xmlNode* n, const char* ns_uri, const char* local);

/// The first child element of `n` named `local` in `ns_uri`, or nullptr.
const xmlNode* child_element(const xmlNode* n, const char* ns_uri, const char* local);

/// The concatenated text of every text node under `n`, whitespace runs collapsed to one
/// space and trimmed (for titles).
std::string collapsed_text(const xmlNode* n);

/// Adds one line of a table cell's text to `cell` (DOCX and ODT tables become one row per
/// line, cells joined by " | "): tabs and newlines become spaces, blank lines are dropped.
void append_cell_line(std::string& cell, std::string line);

/// Adds one line of a footnote's text to `note` (a note prints as one line): newlines
/// become spaces, leading blanks are dropped, blank lines are skipped.
void append_note_line(std::string& note, std::string line);

/// Adds a finished cell to `row`, " | " between cells.
void append_cell(std::string& row, bool& first, const std::string& cell);

/// Appends `n` (a non-negative counter) in a list-number format: "decimal", "lowerLetter",
/// "upperLetter", "lowerRoman", "upperRoman", "russianLower", "russianUpper", "decimalZero";
/// anything else (ordinal, chineseCounting, …) falls back to decimal.
std::string format_number(long n, std::string_view format);

}  // namespace lexkz::indexer

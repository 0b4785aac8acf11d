#pragma once
// The unit every reader produces and the splitter consumes: one input document,
// its UTF-8 text and the metadata given in the JSONL contract (DESIGN.md, `index`).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace lexkz::indexer {

/// One page of a paginated source (PDF): where its text starts in Document::text and how
/// it was read. Passages of prose cite the page they start on ("стр. 4" / "4-бет").
struct PageSpan {
  std::size_t start = 0;   ///< byte offset of the page's first byte in Document::text
  int number = 0;          ///< 1-based page number as printed (the PDF page index + 1)
  bool ocr = false;        ///< the text was recognised by Tesseract (no text layer)
  float confidence = 0;    ///< Tesseract's mean word confidence, 0..100 (0 unless ocr)
};

/// One input document. `text` is valid UTF-8; passages refer to it by byte offsets.
struct Document {
  /// Stable id: the JSONL "id", or the file's path relative to the input given.
  std::string id;
  /// Valid UTF-8 text, markup removed.
  std::string text;
  /// "title" from JSONL, <title> from HTML, the first short line of a .txt file.
  std::string title;
  /// statute, ruling, transcript, convention or other.
  std::string type = "other";
  /// "ru" or "kk" when given by the record or an option; empty means detect later.
  std::optional<std::string> lang;
  /// YYYY-MM-DD, or empty.
  std::string date;
  /// Free-form provenance: the JSONL "source" field, a sidecar's, else the file's path.
  std::string source;
  /// The act's number as printed, e.g. "№ 403-V" (JSONL/sidecar "number", or the opening
  /// lines of a law or ruling); empty when unknown.
  std::string number;
  /// "in_force", "lost_force", "not_in_force", or empty when unknown.
  std::string status;
  /// YYYY-MM-DD of the edition (several versions of one act share `number`), or empty.
  std::string version;
  /// Pages of a paginated source, in order, first page first; empty for unpaginated text.
  std::vector<PageSpan> pages;
  /// The file the document came from (for messages); "-" for standard input.
  std::string path;
};

/// True for the five document types of the contract.
bool is_known_type(const std::string& type);

}  // namespace lexkz::indexer

#pragma once
// The unit every reader produces and the splitter consumes: one input document,
// its UTF-8 text and the metadata given in the JSONL contract (DESIGN.md, `index`).
#include <optional>
#include <string>

namespace lexkz::indexer {

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
  /// Free-form provenance from the JSONL "source" field.
  std::string source;
  /// The file the document came from (for messages); "-" for standard input.
  std::string path;
};

/// True for the five document types of the contract.
bool is_known_type(const std::string& type);

}  // namespace lexkz::indexer

#pragma once
// What the index stores with each passage (the Xapian document data): enough to print a
// hit — cite, title, the passage text for snippets — without reading the source again.
#include <cstddef>
#include <string>
#include <vector>

#include "indexer/record_codec.h"

namespace lexkz::indexer {

/// A definition found in a passage: the tag whose concept it defines and the term as
/// written, with byte offsets into the document text (half-open).
struct DefinitionSpan {
  std::string tag;
  std::string term;
  std::size_t start = 0;
  std::size_t end = 0;
};

/// The stored form of one passage.
struct PassageRecord {
  std::string doc;       ///< document id
  std::size_t ordinal = 0;  ///< 0-based passage number within the document
  std::string cite;
  std::string title;
  std::string type;
  std::string lang;      ///< "ru", "kk" or ""
  std::string kind;      ///< splitter kind name
  std::string date;      ///< YYYY-MM-DD or ""
  std::string text;      ///< the passage text: document text [start, end)
  std::size_t start = 0; ///< byte offsets of the passage in the document text
  std::size_t end = 0;
  std::vector<std::string> tags;
  std::vector<DefinitionSpan> definitions;
  /// How the text was analysed: "ru", "kk", or "" (language per token): a shard rebuilt
  /// from its records (index_writer.cc) analyses each passage exactly as it was.
  std::string mode;
  // Document metadata (indexer/document.h), repeated on each passage so a hit prints
  // without a second lookup.
  std::string number;    ///< "№ 403-V" or ""
  std::string status;    ///< in_force, lost_force, not_in_force or ""
  std::string version;   ///< YYYY-MM-DD of the edition or ""
  std::string source;    ///< URL or path, or ""
  int page = 0;          ///< 1-based page the passage starts on, 0 when unpaginated
  bool ocr = false;      ///< the passage's text was recognised by OCR
  float ocr_confidence = 0;  ///< mean OCR word confidence 0..100 of its page(s)
};

/// The Xapian document data of a record: MessagePack, compressed by `codec`.
std::string encode_record(const PassageRecord& record, const RecordCodec& codec);

/// Inverse of encode_record; throws std::runtime_error on data that is not a record.
PassageRecord decode_record(const std::string& data, const RecordCodec& codec);

}  // namespace lexkz::indexer

#pragma once
// Turns one document into its index entries: split into passages, analyse each, and build
// one Xapian::Document per passage following schema.h. Pure computation, no database:
// runs on worker threads while one thread writes.
#include <functional>
#include <string>
#include <vector>

#include <xapian.h>

#include "indexer/document.h"
#include "indexer/passage_record.h"
#include "indexer/splitter.h"
#include "text/analyzer.h"

namespace lexkz::indexer {

/// Fills `record.tags` and `record.definitions` for one analysed passage (the tagger,
/// wired in by the caller so the indexer does not depend on it).
using Annotator = std::function<void(const Document&, const Passage&, const text::Analysis&, PassageRecord&)>;

/// A document ready to write.
struct BuiltDocument {
  std::string id;
  std::string doc_term;   ///< XDOC term shared by its passages
  std::string hash;       ///< content hash (hex), stored in kHashSlot of the first passage
  std::vector<Xapian::Document> passages;  ///< in passage order
  std::string lang;       ///< the document's main language
  std::size_t bytes = 0;  ///< text size
};

/// The content hash of a document: text and metadata (a changed title re-indexes too)
/// and `fingerprint`, which names how it is processed (rules, language data, options),
/// so a run with new rules re-tags documents whose text did not change.
std::string content_hash(const Document& doc, std::string_view fingerprint = {});

/// Builds the index entries of `doc`. `lang_mode` forces a language when the document
/// does not give one; `annotate` may be empty; records are compressed by `codec`; `hash`
/// is the document's content_hash (the writer has it already, to skip unchanged ones).
BuiltDocument build_document(const Document& doc, text::Analyzer& analyzer, text::LangMode lang_mode,
                             const Annotator& annotate, const RecordCodec& codec, std::string hash);

/// The Xapian document of one passage from its record and its analysis (schema.h);
/// `doc_term` is its document's XDOC term. `hash` goes on a document's first passage only
/// (the writer reads it there). Used for new documents and to rebuild a shard from its
/// stored records.
Xapian::Document passage_document(const PassageRecord& record, const std::string& doc_term,
                                  const text::Analysis& analysis, std::string_view hash, const RecordCodec& codec);

/// The record stored with a passage's Xapian document by passage_document; throws
/// std::runtime_error when the document holds none.
PassageRecord stored_record(const Xapian::Document& passage, const RecordCodec& codec);

/// The analysis mode a record was analysed in (PassageRecord::mode).
text::LangMode record_mode(const PassageRecord& record);

}  // namespace lexkz::indexer

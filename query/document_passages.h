#pragma once
// A whole document rebuilt from its stored passage records, in order: what the server's
// document page shows. Reads only the index, never the source file (it may be gone).
#include <string>
#include <vector>

#include "indexer/passage_record.h"

namespace lexkz::query {

/// The passages of document `doc_id` in `databases` (searched as one), in passage order;
/// empty when no such document is indexed. At most `max_passages` are returned (a bound
/// for the server; the largest code in the corpora has a few thousand).
/// Throws DatabaseError (searcher.h) when a database cannot be opened.
std::vector<indexer::PassageRecord> document_passages(const std::vector<std::string>& databases,
                                                      const std::string& doc_id,
                                                      std::size_t max_passages = 50000);

}  // namespace lexkz::query

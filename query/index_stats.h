#pragma once
// What an index holds: documents, passages, and counts per language, type, kind and tag.
#include <map>
#include <string>

#include <xapian.h>

namespace lexkz::query {

/// Counts read from the boolean terms (exact, no scan of documents).
struct IndexStats {
  std::size_t documents = 0;
  std::size_t passages = 0;
  std::map<std::string, std::size_t> langs, types, kinds, tags, defines;
};

/// Reads the counts of `db`.
IndexStats index_stats(const Xapian::Database& db);

}  // namespace lexkz::query

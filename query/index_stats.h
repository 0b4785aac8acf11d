#pragma once
// What an index holds: documents, passages, and counts per language, type, kind and tag;
// documents per status and with or without a date.
#include <map>
#include <string>

#include <xapian.h>

namespace lexkz::query {

/// Counts read from the boolean terms (exact, no scan of documents).
struct IndexStats {
  std::size_t documents = 0;
  std::size_t passages = 0;
  std::map<std::string, std::size_t> langs, types, kinds, tags, defines;
  /// Documents per status: in_force, lost_force, not_in_force, and "unknown" for none.
  std::map<std::string, std::size_t> statuses;
  /// Documents with a date, and without one (a date filter leaves those out).
  std::size_t dated = 0, undated = 0;
};

/// Reads the counts of `db`.
IndexStats index_stats(const Xapian::Database& db);

}  // namespace lexkz::query

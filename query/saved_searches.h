#pragma once
// A watch list (issue 13): the saved searches `lexkz watch --queries FILE` and
// `lexkz index --watch FILE` run over new documents. One search per line:
//
//   ID<TAB>QUERY
//
// QUERY is the full query language of `search` (query_builder.h), filters included. Lines
// whose first non-blank character is '#' and blank lines are ignored; a trailing CR is
// dropped (files edited on Windows). The whole file is checked before any input is read,
// so a typo in line 40 does not surface after an hour of indexing.
#include <cstddef>
#include <istream>
#include <stdexcept>
#include <string>
#include <vector>

#include "query/query_builder.h"
#include "text/analyzer.h"

namespace lexkz::query {

/// One saved search.
struct SavedSearch {
  std::string id;     ///< the ID column, printed as "query" with each match
  std::string query;  ///< the query text
  std::size_t line = 0;  ///< 1-based line in its file, for messages
};

/// Problems found in a watch list: one `FILE:LINE: message` per bad line, in file order.
class SavedSearchError : public std::runtime_error {
 public:
  explicit SavedSearchError(std::vector<std::string> problems);
  /// Every problem, each `FILE:LINE: message` (or `FILE: message` for the whole file).
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  std::vector<std::string> problems_;
};

/// Parses a watch list read from `in` (`path` names it in messages). A line without a tab,
/// with an empty ID, with an ID seen before, or with a query the query builder rejects is
/// a problem; so is a file without any search. Throws SavedSearchError listing them all.
std::vector<SavedSearch> parse_saved_searches(std::istream& in, const std::string& path, text::Analyzer& analyzer,
                                              const QueryOptions& options = {});

/// Reads and parses the watch list at `path`; an unreadable file is a SavedSearchError.
std::vector<SavedSearch> load_saved_searches(const std::string& path, text::Analyzer& analyzer,
                                             const QueryOptions& options = {});

}  // namespace lexkz::query

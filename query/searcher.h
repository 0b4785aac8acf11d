#pragma once
// The searcher: a request (query text, filters, paging) against one or more databases →
// ranked hits with cite, snippet and tags, plus facet counts. Never sees argv.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "indexer/passage_record.h"
#include "query/query_builder.h"
#include "query/snippet.h"
#include "text/analyzer.h"

namespace lexkz::query {

/// What to search for and where.
struct SearchRequest {
  std::vector<std::string> databases;  ///< paths (directories or stub files); searched as one
  std::string query;
  std::vector<std::string> langs, types, tags;  ///< filters; values of one field are ORed
  bool defines = false;        ///< only passages that define a concept (of `tags` if given)
  std::string date_from, date_to;  ///< YYYY-MM-DD, inclusive; empty = open
  std::vector<std::string> statuses;  ///< --status: in_force, lost_force, not_in_force (ORed)
  bool all_versions = false;   ///< --all-versions: every edition of an act, not only the newest
  std::size_t offset = 0, limit = 10;
  bool facets = false;
  QueryOptions options;
};

/// One hit.
struct Hit {
  std::size_t rank = 0;   ///< 1-based, counting from the first result (offset included)
  double score = 0;
  indexer::PassageRecord record;
  Snippet snippet;
};

/// Everything a search returns.
struct SearchResult {
  std::vector<Hit> hits;
  std::size_t estimated_total = 0;
  /// facet name ("lang", "type", "tag") → value → passage count over the whole match.
  std::map<std::string, std::map<std::string, std::size_t>> facets;
  std::vector<std::string> warnings;
};

/// The database cannot be opened (missing, not a Xapian database, locked for reading).
class DatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Opens the databases of `paths` as one (Xapian stub files name local and remote shards).
/// When `codec` is given, it learns each database's record dictionary (record_codec.h).
Xapian::Database open_databases(const std::vector<std::string>& paths, indexer::RecordCodec* codec = nullptr);

/// The boolean filter of a request's --lang/--type/--tag/--defines/date/--status options,
/// or nullopt when it has none. (Superseded editions are dropped by search() itself, see
/// metadata_filter.h: that needs the database.)
std::optional<Xapian::Query> request_filter(const SearchRequest& request);

/// Runs a search. Throws QueryError for a bad query, DatabaseError for a bad database.
SearchResult search(const SearchRequest& request, text::Analyzer& analyzer);

}  // namespace lexkz::query

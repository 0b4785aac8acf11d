#include "query/metadata_filter.h"

#include <map>

#include "indexer/schema.h"
#include "indexer/sidecar.h"
#include "query/query_builder.h"

namespace lexkz::query {
namespace schema = indexer::schema;
using Q = Xapian::Query;

std::vector<std::string> superseded_editions(const Xapian::Database& db) {
  const std::string prefix(schema::kVersionPrefix);
  // act key → its edition terms; the last 8 bytes of a term are the edition's YYYYMMDD.
  std::map<std::string, std::vector<std::string>> acts;
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    const std::string term = *t;
    const std::size_t at = term.rfind('@');
    if (at == std::string::npos || term.size() - at != 9) continue;
    acts[term.substr(0, at)].push_back(term);
  }
  std::vector<std::string> out;
  for (auto& [act, editions] : acts) {
    if (editions.size() < 2) continue;
    // Same act key, so the terms differ only in the date: the largest term is the newest.
    const std::string* newest = &editions.front();
    for (const std::string& e : editions)
      if (e > *newest) newest = &e;
    for (const std::string& e : editions)
      if (&e != newest) out.push_back(e);
  }
  return out;
}

Q without_superseded(const Q& query, const Xapian::Database& db) {
  const std::vector<std::string> old = superseded_editions(db);
  if (old.empty()) return query;
  return Q(Q::OP_AND_NOT, query, Q(Q::OP_OR, old.begin(), old.end()));
}

std::optional<Q> status_filter(const std::vector<std::string>& statuses) {
  if (statuses.empty()) return std::nullopt;
  std::vector<Q> terms;
  for (const std::string& s : statuses) {
    if (!indexer::is_known_status(s))
      throw QueryError("unknown status '" + s + "' — one of in_force, lost_force, not_in_force");
    terms.emplace_back(std::string(schema::kStatusPrefix) + s);
  }
  return Q(Q::OP_OR, terms.begin(), terms.end());
}

std::optional<std::string> undated_warning(const Xapian::Database& db) {
  const Xapian::doccount all = db.get_termfreq(std::string(schema::kHeadPrefix));
  const Xapian::doccount dated = db.get_termfreq(std::string(schema::kHeadDatedTerm));
  if (dated >= all) return std::nullopt;
  return std::to_string(all - dated) + " of " + std::to_string(all) +
         " documents have no date; a date filter leaves them out";
}

}  // namespace lexkz::query

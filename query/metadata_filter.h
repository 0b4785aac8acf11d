#pragma once
// Filters on document metadata (issue 10): status, the newest edition of an act, and the
// warning a date filter owes when some documents have no date. Shared by `search` and
// `define` (and by anything else that runs a SearchRequest: the server, saved searches).
//
// Editions: every passage of a numbered act with an edition date carries the boolean
// term XVER<act>@<YYYYMMDD> (indexer/schema.h). superseded_editions() lists those terms —
// one per edition, so a handful per act, read from the term dictionary of every shard
// and every --db at once, no document is opened — and keeps, per act, all but the newest
// date. The query then drops them with one AND_NOT: the cost is one term list walk per
// query, independent of the number of hits, and it works over remote shards too.
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

namespace lexkz::query {

/// The XVER terms of editions that a newer edition of the same act supersedes.
std::vector<std::string> superseded_editions(const Xapian::Database& db);

/// `query` without the passages of superseded editions (unchanged when there are none).
Xapian::Query without_superseded(const Xapian::Query& query, const Xapian::Database& db);

/// The OR of XSTATUS terms for `statuses`, or nullopt when empty. Throws QueryError for
/// a status other than in_force, lost_force, not_in_force.
std::optional<Xapian::Query> status_filter(const std::vector<std::string>& statuses);

/// "N of M documents have no date; a date filter leaves them out", or nullopt when every
/// document has a date. Exact: counted from the XHEAD/XHEADDATED term frequencies.
std::optional<std::string> undated_warning(const Xapian::Database& db);

}  // namespace lexkz::query

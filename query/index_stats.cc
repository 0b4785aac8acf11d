#include "query/index_stats.h"

#include "indexer/schema.h"

namespace lexkz::query {
namespace schema = indexer::schema;

namespace {

// Fills `out` with value → term frequency for every term under `prefix`. Prefixes that
// are prefixes of others (XDEF vs XDEFx…) are all distinct here: XTAG, XTYPE, XKIND.
void count_prefix(const Xapian::Database& db, std::string_view prefix, std::map<std::string, std::size_t>& out) {
  const std::string p(prefix);
  for (auto t = db.allterms_begin(p); t != db.allterms_end(p); ++t) {
    std::string value = (*t).substr(p.size());
    if (!value.empty()) out[value] = t.get_termfreq();
  }
}

}  // namespace

IndexStats index_stats(const Xapian::Database& db) {
  IndexStats s;
  s.passages = db.get_doccount();
  const std::string doc_prefix(schema::kDocPrefix);
  for (auto t = db.allterms_begin(doc_prefix); t != db.allterms_end(doc_prefix); ++t) ++s.documents;
  count_prefix(db, schema::kLangPrefix, s.langs);
  count_prefix(db, schema::kTypePrefix, s.types);
  count_prefix(db, schema::kKindPrefix, s.kinds);
  count_prefix(db, schema::kTagPrefix, s.tags);
  count_prefix(db, schema::kDefPrefix, s.defines);
  count_prefix(db, schema::kHeadStatusPrefix, s.statuses);
  s.dated = db.get_termfreq(std::string(schema::kHeadDatedTerm));
  const std::size_t heads = db.get_termfreq(std::string(schema::kHeadPrefix));
  s.undated = heads > s.dated ? heads - s.dated : 0;
  return s;
}

}  // namespace lexkz::query

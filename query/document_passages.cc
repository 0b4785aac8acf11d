#include "query/document_passages.h"

#include <algorithm>

#include "indexer/passage_builder.h"
#include "indexer/schema.h"
#include "query/searcher.h"

namespace lexkz::query {

std::vector<indexer::PassageRecord> document_passages(const std::vector<std::string>& databases,
                                                      const std::string& doc_id, std::size_t max_passages) {
  indexer::RecordCodec codec;
  Xapian::Database db = open_databases(databases, &codec);
  // XDOC names every passage of one document (schema.h); a boolean query returns them in
  // docid order, which is not always passage order after a replace, so sort by ordinal.
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(indexer::schema::unique_term(indexer::schema::kDocPrefix, doc_id)));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(max_passages));
  std::vector<indexer::PassageRecord> passages;
  passages.reserve(mset.size());
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    indexer::PassageRecord r = indexer::stored_record(it.get_document(), codec);
    // A hashed XDOC term (long ids) could in principle be shared: keep only this id.
    if (r.doc == doc_id) passages.push_back(std::move(r));
  }
  std::sort(passages.begin(), passages.end(),
            [](const indexer::PassageRecord& a, const indexer::PassageRecord& b) { return a.ordinal < b.ordinal; });
  return passages;
}

}  // namespace lexkz::query

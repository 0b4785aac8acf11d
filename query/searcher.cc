#include "query/searcher.h"

#include "indexer/passage_builder.h"
#include "indexer/schema.h"
#include "query/metadata_filter.h"

namespace lexkz::query {
namespace schema = indexer::schema;
using Q = Xapian::Query;

namespace {

text::Lang lang_of(const std::string& code) {
  if (code == "kk") return text::Lang::kk;
  if (code == "ru") return text::Lang::ru;
  return text::Lang::none;
}

// OR of one field's values, e.g. Lru OR Lkk.
std::optional<Q> any_of(std::string_view prefix, const std::vector<std::string>& values) {
  if (values.empty()) return std::nullopt;
  std::vector<Q> terms;
  for (const std::string& v : values) terms.emplace_back(std::string(prefix) + v);
  return Q(Q::OP_OR, terms.begin(), terms.end());
}

std::string date_or_throw(const std::string& iso, const char* option) {
  std::string v = schema::date_value(iso);
  if (v.empty()) throw QueryError(std::string(option) + " '" + iso + "': give a date as YYYY-MM-DD");
  return v;
}

}  // namespace

Xapian::Database open_databases(const std::vector<std::string>& paths, indexer::RecordCodec* codec) {
  Xapian::Database db;
  for (const std::string& p : paths) {
    try {
      Xapian::Database one(p);
      // A database of another schema would be misread: say so instead of failing on the
      // first record (get_metadata reads the first shard, local or remote).
      const std::string version = one.get_metadata(std::string(schema::kSchemaKey));
      if (version != schema::kSchemaVersion)
        throw DatabaseError(p + (version.empty() ? ": not a lexkz index"
                                                 : ": built by another lexkz version (index schema " + version + ")") +
                            " — rebuild it with 'lexkz index --db " + p + " INPUT...'");
      // Every shard of one index stores the same dictionary: the first shard's serves.
      if (codec) codec->add_dictionary(one.get_metadata(std::string(schema::kDictionaryKey)));
      db.add_database(one);
    } catch (const Xapian::DatabaseNotFoundError&) {
      throw DatabaseError(p + ": no lexkz index here — build one with 'lexkz index --db " + p + " INPUT...'");
    } catch (const Xapian::DatabaseOpeningError& e) {
      throw DatabaseError(p + ": cannot open the index: " + e.get_msg());
    } catch (const Xapian::NetworkError& e) {
      throw DatabaseError(p + ": a remote shard is unreachable: " + e.get_msg());
    }
  }
  return db;
}

std::optional<Q> request_filter(const SearchRequest& r) {
  std::vector<Q> parts;
  for (auto f : {any_of(schema::kLangPrefix, r.langs), any_of(schema::kTypePrefix, r.types),
                 any_of(r.defines ? schema::kDefPrefix : schema::kTagPrefix, r.tags)})
    if (f) parts.push_back(*f);
  if (r.defines && r.tags.empty()) parts.emplace_back(std::string(schema::kDefPrefix));
  if (std::optional<Q> statuses = status_filter(r.statuses)) parts.push_back(*statuses);
  if (!r.date_from.empty() || !r.date_to.empty()) {
    if (r.date_to.empty())
      parts.emplace_back(Q::OP_VALUE_GE, schema::kDateSlot, date_or_throw(r.date_from, "--from"));
    else if (r.date_from.empty())
      parts.emplace_back(Q::OP_VALUE_LE, schema::kDateSlot, date_or_throw(r.date_to, "--to"));
    else
      parts.emplace_back(Q::OP_VALUE_RANGE, schema::kDateSlot, date_or_throw(r.date_from, "--from"),
                         date_or_throw(r.date_to, "--to"));
  }
  if (parts.empty()) return std::nullopt;
  return Q(Q::OP_AND, parts.begin(), parts.end());
}

SearchResult search(const SearchRequest& request, text::Analyzer& analyzer) {
  indexer::RecordCodec codec;
  Xapian::Database db = open_databases(request.databases, &codec);
  // How a passage's record is read: for the hits, and for the =word and pref* filters,
  // which check the form in the passage text (exact_form_source.h).
  const RecordReader read_record = [codec](const Xapian::Document& d) {
    return indexer::stored_record(d, codec);
  };
  QueryOptions options = request.options;
  options.read_record = read_record;
  BuiltQuery built = build_query(request.query, analyzer, options, &db);
  Q query = built.query;
  if (std::optional<Q> filter = request_filter(request)) query = Q(Q::OP_FILTER, query, *filter);
  if (!request.all_versions) query = without_superseded(query, db);

  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  Xapian::ValueCountMatchSpy lang_spy(schema::kLangSlot), type_spy(schema::kTypeSlot), tag_spy(schema::kTagsSlot);
  if (request.facets) {
    enquire.add_matchspy(&lang_spy);
    enquire.add_matchspy(&type_spy);
    enquire.add_matchspy(&tag_spy);
  }
  // Facets count the whole match, not just the page: ask Xapian to look at everything.
  Xapian::doccount check_at_least = request.facets ? db.get_doccount() : 0;
  Xapian::MSet mset;
  try {
    mset = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                            static_cast<Xapian::doccount>(request.limit), check_at_least);
  } catch (const Xapian::UnimplementedError&) {
    // Xapian cannot send our posting source (exact_form_source.h) to xapian-tcpsrv.
    if (!built.verifies_passages) throw;
    throw QueryError("=exact and wildcards are verified against stored passages and are not available over remote shards");
  }

  SearchResult result;
  result.estimated_total = mset.get_matches_estimated();
  result.warnings = built.warnings;
  if (!request.date_from.empty() || !request.date_to.empty())
    if (std::optional<std::string> w = undated_warning(db)) result.warnings.push_back(*w);
  std::size_t rank = request.offset;
  for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) {
    Hit hit;
    hit.rank = ++rank;
    hit.score = it.get_weight();
    hit.record = read_record(it.get_document());
    hit.snippet = make_snippet(hit.record.text, lang_of(hit.record.lang), built.highlights, analyzer);
    result.hits.push_back(std::move(hit));
  }
  if (request.facets) {
    for (auto [name, spy] : {std::pair{"lang", &lang_spy}, std::pair{"type", &type_spy}})
      for (auto v = spy->values_begin(); v != spy->values_end(); ++v) result.facets[name][*v] = v.get_termfreq();
    auto& tags = result.facets["tag"];
    for (auto v = tag_spy.values_begin(); v != tag_spy.values_end(); ++v) {
      const std::string combo = *v;  // "discrimination,harassment": count each tag
      for (std::size_t start = 0; start <= combo.size();) {
        std::size_t comma = combo.find(',', start);
        if (comma == std::string::npos) comma = combo.size();
        if (comma > start) tags[combo.substr(start, comma - start)] += v.get_termfreq();
        start = comma + 1;
      }
    }
  }
  return result;
}

}  // namespace lexkz::query

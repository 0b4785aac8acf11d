#define BOOST_TEST_MODULE metadata_filter
#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "indexer/schema.h"
#include "query/metadata_filter.h"
#include "query/query_builder.h"

namespace schema = lexkz::indexer::schema;
using namespace lexkz::query;

namespace {

// One passage of an act's edition (or of an unversioned document when version is "").
void add(Xapian::WritableDatabase& db, const std::string& act, const std::string& version, bool dated) {
  Xapian::Document d;
  d.add_boolean_term("word");
  d.add_boolean_term(std::string(schema::kHeadPrefix));
  if (dated) d.add_boolean_term(std::string(schema::kHeadDatedTerm));
  if (!version.empty()) d.add_boolean_term(schema::version_term(act, version));
  db.add_document(d);
}

std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

}  // namespace

BOOST_AUTO_TEST_CASE(only_the_newest_edition_of_each_act_survives) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const std::string a = schema::act_key("401-v", "20151116"), b = schema::act_key("401-v", "20101116");
  add(db, a, "20200101", true);
  add(db, a, "20240101", true);
  add(db, a, "20220101", true);
  add(db, b, "20190101", true);  // same number, another adoption date: another act
  add(db, "", "", false);        // no number, no edition: never hidden
  BOOST_TEST(sorted(superseded_editions(db)) ==
             sorted({schema::version_term(a, "20200101"), schema::version_term(a, "20220101")}));
  Xapian::Enquire e(db);
  e.set_query(without_superseded(Xapian::Query("word"), db));
  BOOST_TEST(e.get_mset(0, 10).size() == 3u);  // a@2024, b@2019, the unversioned one
  BOOST_TEST(*undated_warning(db) == "1 of 5 documents have no date; a date filter leaves them out");
}

BOOST_AUTO_TEST_CASE(nothing_to_hide_leaves_the_query_alone) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  add(db, schema::act_key("1", ""), "20200101", true);
  BOOST_TEST(superseded_editions(db).empty());
  const Xapian::Query q("word");
  BOOST_TEST(without_superseded(q, db).get_description() == q.get_description());
  BOOST_TEST(!undated_warning(db).has_value());
}

BOOST_AUTO_TEST_CASE(statuses_are_checked) {
  BOOST_TEST(!status_filter({}).has_value());
  BOOST_TEST(status_filter({"in_force", "lost_force"})->get_description().find("XSTATUSlost_force") !=
             std::string::npos);
  BOOST_CHECK_THROW(status_filter({"valid"}), QueryError);
}

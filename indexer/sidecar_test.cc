#define BOOST_TEST_MODULE sidecar
#include <boost/test/unit_test.hpp>

#include "indexer/sidecar.h"

using namespace lexkz::indexer;

namespace {

// The error a sidecar gives, "" when it parses.
std::string error_of(const std::string& json) {
  std::string error;
  const bool ok = parse_sidecar(json, &error).has_value();
  BOOST_TEST(ok == error.empty(), json);
  return error;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_field_overrides_the_document) {
  std::string error;
  auto s = parse_sidecar(R"({"title":"Т","number":"№ 1","date":"2020-01-02","status":"lost_force",)"
                         R"("version":"2021-03-04","source":"https://x","lang":"kk","type":"ruling"})",
                         &error);
  BOOST_REQUIRE(s.has_value());
  Document d;
  d.title = "old";
  d.status = "in_force";
  d.type = "other";
  apply_sidecar(*s, d);
  BOOST_TEST(d.title == "Т");
  BOOST_TEST(d.number == "№ 1");
  BOOST_TEST(d.date == "2020-01-02");
  BOOST_TEST(d.status == "lost_force");
  BOOST_TEST(d.version == "2021-03-04");
  BOOST_TEST(d.source == "https://x");
  BOOST_TEST(*d.lang == "kk");
  BOOST_TEST(d.type == "ruling");
}

BOOST_AUTO_TEST_CASE(absent_and_null_fields_leave_the_document_alone) {
  std::string error;
  auto s = parse_sidecar(R"({"title": null, "status": "in_force"})", &error);
  BOOST_REQUIRE(s.has_value());
  Document d;
  d.title = "kept";
  apply_sidecar(*s, d);
  BOOST_TEST(d.title == "kept");
  BOOST_TEST(d.status == "in_force");
  BOOST_TEST(!d.lang.has_value());
}

BOOST_AUTO_TEST_CASE(bad_sidecars_say_why_in_one_line) {
  BOOST_TEST(error_of("{}") == "");
  BOOST_TEST(error_of("[1]") == "not a JSON object");
  BOOST_TEST(error_of("{\"title\": ") == "not a JSON object");
  BOOST_TEST(error_of(R"({"staus":"in_force"})").find("unknown field \"staus\"") == 0u);
  BOOST_TEST(error_of(R"({"title":5})") == "\"title\" must be a string");
  BOOST_TEST(error_of(R"({"date":"16.11.2015"})") == "\"date\" must be YYYY-MM-DD, not \"16.11.2015\"");
  BOOST_TEST(error_of(R"({"version":"2015-13-01"})").find("\"version\" must be YYYY-MM-DD") == 0u);
  BOOST_TEST(error_of(R"({"status":"valid"})").find("unknown \"status\" \"valid\"") == 0u);
  BOOST_TEST(error_of(R"({"lang":"en"})").find("unknown \"lang\"") == 0u);
  BOOST_TEST(error_of(R"({"type":"law"})").find("unknown \"type\"") == 0u);
  BOOST_TEST(error_of("{\"title\":\"\xff\"}").find("invalid UTF-8") == 0u);
  for (const std::string& e : {error_of(R"({"a":1})"), error_of("[")}) BOOST_TEST(e.find('\n') == std::string::npos);
}

BOOST_AUTO_TEST_CASE(where_sidecars_are_looked_for) {
  BOOST_TEST(sidecar_paths("dir/ruling.pdf") ==
             (std::vector<std::string>{"dir/ruling.pdf.meta.json", "dir/ruling.meta.json"}));
  BOOST_TEST(sidecar_paths("dir.v2/README") == std::vector<std::string>{"dir.v2/README.meta.json"});
  BOOST_TEST(sidecar_paths(".hidden") == std::vector<std::string>{".hidden.meta.json"});
  BOOST_TEST(is_sidecar_path("ruling.meta.json"));
  BOOST_TEST(!is_sidecar_path("ruling.json"));
  BOOST_TEST(!is_sidecar_path(".meta.json"));
}

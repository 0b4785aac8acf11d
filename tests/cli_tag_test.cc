#define BOOST_TEST_MODULE cli_tag
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "tests/support/process.h"

using lexkz::testing::run_process;
using nlohmann::json;

namespace {
const std::string kData = std::string(LEXKZ_SOURCE_DIR) + "/tests/data/tagger/";

// Parses every stdout line as JSON and checks the contract's fields and offsets.
std::vector<json> parse_lines(const std::string& out) {
  std::vector<json> rows;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) {
    json j = json::parse(line);
    for (const char* k : {"doc", "passage", "cite", "start", "end", "lang", "tags", "definitions"})
      BOOST_TEST(j.contains(k), k << " missing in " << line);
    BOOST_TEST(j["start"].get<std::size_t>() < j["end"].get<std::size_t>());
    for (const json& d : j["definitions"]) {
      BOOST_TEST(d["start"].get<std::size_t>() >= j["start"].get<std::size_t>());
      BOOST_TEST(d["end"].get<std::size_t>() <= j["end"].get<std::size_t>());
    }
    rows.push_back(std::move(j));
  }
  return rows;
}

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream b;
  b << in.rdbuf();
  return b.str();
}
}  // namespace

BOOST_AUTO_TEST_CASE(statute_file_definition_with_document_offsets) {
  auto r = run_process({LEXKZ_BINARY, "tag", kData + "equality.txt"});
  BOOST_TEST(r.exit_code == 0, r.err);
  std::vector<json> rows = parse_lines(r.out);
  BOOST_REQUIRE_EQUAL(rows.size(), 1u);
  BOOST_TEST(rows[0]["tags"] == json({"discrimination"}));
  BOOST_REQUIRE_EQUAL(rows[0]["definitions"].size(), 1u);
  const json& d = rows[0]["definitions"][0];
  BOOST_TEST(d["term"] == "прямая дискриминация");
  std::string doc = read(kData + "equality.txt");
  BOOST_TEST(doc.substr(d["start"], d["end"].get<std::size_t>() - d["start"].get<std::size_t>()) ==
             "прямая дискриминация");
}

BOOST_AUTO_TEST_CASE(all_prints_every_passage) {
  auto r = run_process({LEXKZ_BINARY, "tag", "--all", kData + "equality.txt"});
  BOOST_TEST(r.exit_code == 0, r.err);
  std::vector<json> rows = parse_lines(r.out);
  BOOST_TEST(rows.size() > 1u);
  for (std::size_t i = 0; i < rows.size(); ++i) BOOST_TEST(rows[i]["passage"] == i);
}

BOOST_AUTO_TEST_CASE(jsonl_stdin_rejection_exits_2_after_tagging_the_rest) {
  auto r = run_process({LEXKZ_BINARY, "tag", "-"}, read(kData + "records.jsonl"));
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find(":3:") != std::string::npos, r.err);
  std::vector<json> rows = parse_lines(r.out);
  std::map<std::string, json> by_doc;
  for (const json& j : rows) by_doc[j["doc"]] = j;
  BOOST_TEST(by_doc.count("r1") == 1u);
  BOOST_TEST(by_doc["r1"]["tags"] == json({"stalking"}));
  BOOST_TEST(by_doc.count("r2") == 0u);  // criminal prosecution is not stalking
  BOOST_REQUIRE(by_doc.count("r3") == 1u);
  BOOST_TEST(by_doc["r3"]["definitions"][0]["tag"] == "harassment");
}

BOOST_AUTO_TEST_CASE(text_format_marks_matches) {
  auto r = run_process({LEXKZ_BINARY, "tag", "--format", "text", kData + "equality.txt"});
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(r.out.find("[[дискриминация]]") != std::string::npos, r.out);
  BOOST_TEST(r.out.find("discrimination") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(nothing_tagged_still_exits_0) {
  auto r = run_process({LEXKZ_BINARY, "tag", "-"}, "{\"id\": \"x\", \"text\": \"Наследники наследуют в равных долях.\"}\n");
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(r.out.empty());
}

BOOST_AUTO_TEST_CASE(bad_rule_file_exits_2_with_file_and_line) {
  std::string path = "/tmp/lexkz_cli_tag_test_bad.rules";
  std::ofstream(path) << "[x]\nru: (а|б\n";
  auto r = run_process({LEXKZ_BINARY, "tag", "--rules", path, kData + "equality.txt"});
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find(path + ":2:") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(extra_rules_add_a_concept) {
  std::string path = "/tmp/lexkz_cli_tag_test_add.rules";
  std::ofstream(path) << "[stalking]\nru: докуча*\n";
  auto r = run_process({LEXKZ_BINARY, "tag", "--rules", path, "-"},
                       "{\"id\": \"y\", \"text\": \"Сосед месяцами докучал ей.\"}\n");
  BOOST_TEST(r.exit_code == 0, r.err);
  std::vector<json> rows = parse_lines(r.out);
  BOOST_REQUIRE_EQUAL(rows.size(), 1u);
  BOOST_TEST(rows[0]["tags"] == json({"stalking"}));
}

// `tag` and `index` give the same tags for the same passage (issue 12): both run
// indexer::analyse_passages and cli::tag_passage. Runs the real binary on a sample folder
// written for this test (tests/data/tagger/sample: a statute with a table of contents, a
// Kazakh statute, a ruling) and compares, tag by tag, the passages each one marks.
#define BOOST_TEST_MODULE cli_tag_agreement
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include <nlohmann/json.hpp>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

using lexkz::testing::run_process;
using lexkz::testing::TempDir;
using nlohmann::json;

namespace {
const std::string kSample = std::string(LEXKZ_SOURCE_DIR) + "/tests/data/tagger/sample";
const char* const kTags[] = {"discrimination", "harassment", "sexual_harassment", "stalking"};

using Key = std::tuple<std::string, std::string, std::size_t>;  // tag, doc, passage start

std::vector<json> lines(const std::string& out) {
  std::vector<json> rows;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) rows.push_back(json::parse(line));
  return rows;
}

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream b;
  b << in.rdbuf();
  return b.str();
}
}  // namespace

BOOST_AUTO_TEST_CASE(tag_and_index_give_the_same_tags) {
  auto tagged = run_process({LEXKZ_BINARY, "tag", "--format", "jsonl", kSample});
  BOOST_REQUIRE_MESSAGE(tagged.exit_code == 0, tagged.err);
  std::set<Key> by_tag;
  for (const json& j : lines(tagged.out))
    for (const json& t : j["tags"]) by_tag.emplace(t.get<std::string>(), j["doc"], j["start"].get<std::size_t>());

  TempDir dir("lexkz-tag-agree");
  const std::string db = dir / "db";
  auto indexed = run_process({LEXKZ_BINARY, "index", "--db", db, kSample});
  BOOST_REQUIRE_MESSAGE(indexed.exit_code == 0, indexed.err);
  std::set<Key> by_index;
  for (const char* tag : kTags) {
    auto found = run_process({LEXKZ_BINARY, "search", "--db", db, "--tag", tag, "--format", "jsonl", "-n", "1000"});
    BOOST_REQUIRE_MESSAGE(found.exit_code == 0 || found.exit_code == 1, found.err);
    for (const json& j : lines(found.out))
      if (j.contains("doc")) by_index.emplace(tag, j["doc"], j["start"].get<std::size_t>());
  }
  BOOST_TEST(by_tag.size() >= 10u);  // the sample exercises every tag
  for (const Key& k : by_tag)
    BOOST_TEST(by_index.count(k) == 1u, "tag only: " << std::get<0>(k) << " " << std::get<1>(k) << "@" << std::get<2>(k));
  for (const Key& k : by_index)
    BOOST_TEST(by_tag.count(k) == 1u, "index only: " << std::get<0>(k) << " " << std::get<1>(k) << "@" << std::get<2>(k));

  // The table of contents of equality_law.txt names "Дискриминация по признаку пола"
  // without being about it: neither gives a tag to a passage that starts inside it.
  const std::string law = read(kSample + "/equality_law.txt");
  const std::size_t body = law.find("В настоящем Законе");
  const std::size_t toc_end = law.rfind("Статья 1. Основные понятия", body);
  BOOST_REQUIRE(toc_end != std::string::npos);
  for (const Key& k : by_tag)
    BOOST_TEST(!(std::get<1>(k) == "equality_law.txt" && std::get<2>(k) < toc_end), "TOC tagged at " << std::get<2>(k));
}

BOOST_AUTO_TEST_CASE(explain_names_the_rule_line_and_the_words) {
  auto r = run_process({LEXKZ_BINARY, "tag", "--explain", "--format", "jsonl", "-"},
                       "{\"id\": \"e\", \"text\": \"Под травлей понимаются систематические унижения работника.\"}\n");
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  std::vector<json> rows = lines(r.out);
  BOOST_REQUIRE_EQUAL(rows.size(), 1u);
  BOOST_REQUIRE(rows[0].contains("explain"));
  const std::string rules = read(std::string(LEXKZ_SOURCE_DIR) + "/rules/tags.rules");
  bool term = false, definition = false;
  for (const json& e : rows[0]["explain"]) {
    BOOST_TEST(e["tag"] == "harassment");
    if (e["kind"] == "implied") continue;
    BOOST_TEST(e["file"] == "rules/tags.rules");
    // The line named holds the rule as written.
    std::istringstream in(rules);
    std::string line;
    for (std::size_t n = 0; n < e["line"].get<std::size_t>() && std::getline(in, line); ++n) {
    }
    BOOST_TEST(line.find(e["rule"].get<std::string>()) != std::string::npos, line << " vs " << e["rule"]);
    term |= e["kind"] == "term" && e["match"] == "травлей";
    definition |= e["kind"] == "definition" && e["match"].get<std::string>().find("Под травлей понимаются") == 0;
  }
  BOOST_TEST(term);
  BOOST_TEST(definition);

  // Without --explain the field is absent; the text form prints "why" lines.
  auto plain = run_process({LEXKZ_BINARY, "tag", "-"}, "{\"id\": \"e\", \"text\": \"Ученика подвергали травле.\"}\n");
  BOOST_TEST(plain.out.find("\"explain\"") == std::string::npos);
  auto text = run_process({LEXKZ_BINARY, "tag", "--explain", "--format", "text", "-"},
                          "{\"id\": \"e\", \"text\": \"Ученика подвергали травле.\"}\n");
  BOOST_TEST(text.out.find("why harassment: term  rules/tags.rules:") != std::string::npos, text.out);
  BOOST_TEST(text.out.find("«травле»") != std::string::npos, text.out);
}

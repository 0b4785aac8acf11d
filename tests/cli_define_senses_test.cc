// `define` (issue 12) on the sample folder tests/data/tagger/sample, written for this test:
// a word with several senses finds the concept it may name ("преследование" → the stalking
// article, not only criminal prosecution); a one-word Russian term puts Russian definitions
// first; the definition clause of an offence article stops before its sanction.
#define BOOST_TEST_MODULE cli_define_senses
#include <boost/test/unit_test.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

using lexkz::testing::run_process;
using nlohmann::json;

namespace {
struct Index {
  lexkz::testing::TempDir dir{"lexkz-define-senses"};
  std::string db = dir / "db";
  Index() {
    auto r = run_process({LEXKZ_BINARY, "index", "--db", db, LEXKZ_SOURCE_DIR "/tests/data/tagger/sample"});
    if (r.exit_code != 0) throw std::runtime_error("index failed: " + r.err);
  }
};

std::vector<json> define(const std::string& term) {
  static Index index;
  auto r = run_process({LEXKZ_BINARY, "define", "--db", index.db, "--format", "jsonl", term});
  BOOST_TEST(r.exit_code == 0, r.err);
  std::vector<json> hits;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) hits.push_back(json::parse(line));
  return hits;
}
}  // namespace

BOOST_AUTO_TEST_CASE(a_word_with_several_senses_finds_the_concept_first) {
  auto hits = define("преследование");
  BOOST_REQUIRE(hits.size() >= 2u);
  BOOST_TEST(hits[0]["tag"] == "stalking");
  BOOST_TEST(hits[0]["doc"] == "equality_law.txt");
  BOOST_TEST(hits[0]["lang"] == "ru");
  bool prosecution = false;
  for (const json& h : hits) prosecution |= h["term"] == "уголовное преследование";
  BOOST_TEST(prosecution);  // the other sense is still there, after it
}

BOOST_AUTO_TEST_CASE(a_russian_word_puts_russian_definitions_first) {
  auto hits = define("дискриминация");
  BOOST_REQUIRE(hits.size() >= 2u);
  BOOST_TEST(hits[0]["lang"] == "ru");
  bool kazakh = false;
  for (const json& h : hits) kazakh |= h["lang"] == "kk";
  BOOST_TEST(kazakh);
  auto kk = define("кемсітушілік");
  BOOST_REQUIRE(!kk.empty());
  BOOST_TEST(kk[0]["lang"] == "kk");
}

BOOST_AUTO_TEST_CASE(the_clause_of_an_offence_stops_before_the_sanction) {
  auto hits = define("сталкинг");
  BOOST_REQUIRE(!hits.empty());
  const std::string def = hits[0]["definition"];
  BOOST_TEST(def.find("то есть систематическое наблюдение") != std::string::npos, def);
  BOOST_TEST(def.find("наказывается") == std::string::npos, def);
  BOOST_TEST(def.back() != ',');
}

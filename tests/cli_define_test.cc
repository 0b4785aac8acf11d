#define BOOST_TEST_MODULE cli_define
#include <boost/test/unit_test.hpp>
// End to end for `lexkz define` (issue 4) on the sample corpus: the definition clauses
// come back with cites, the term's own definitions first, across languages, and exit 1
// when nothing defines the term.
#include <stdlib.h>

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

namespace {

using lexkz::testing::lines_of;
using lexkz::testing::run_lexkz;
using nlohmann::json;

struct Index {
  lexkz::testing::TempDir tmp{"lexkz-define"};
  std::filesystem::path dir = tmp.path;
  std::string db;
  Index() {
    db = (dir / "db").string();
    auto r = run_lexkz({"index", "--db", db, LEXKZ_SOURCE_DIR "/corpora"});
    if (r.exit_code != 0) throw std::runtime_error("index failed: " + r.err);
  }
};

Index& index() {
  static Index idx;
  return idx;
}

std::vector<json> define(const std::vector<std::string>& args, int expect_exit = 0) {
  std::vector<std::string> argv{"define", "--db", index().db, "--format", "jsonl"};
  argv.insert(argv.end(), args.begin(), args.end());
  auto r = run_lexkz(argv);
  BOOST_TEST(r.exit_code == expect_exit);
  std::vector<json> hits;
  for (const std::string& line : lines_of(r.out)) hits.push_back(json::parse(line));
  for (const json& h : hits) {
    // The term lies inside the definition passage, at the offsets given.
    BOOST_TEST(h["term_start"].get<std::size_t>() >= h["start"].get<std::size_t>());
    BOOST_TEST(h["term_end"].get<std::size_t>() <= h["end"].get<std::size_t>());
    const std::string def = h["definition"];
    std::size_t b = h["term_start"].get<std::size_t>() - h["start"].get<std::size_t>();
    std::size_t e = h["term_end"].get<std::size_t>() - h["start"].get<std::size_t>();
    BOOST_TEST(def.substr(b, e - b) == h["term"].get<std::string>());
  }
  return hits;
}

bool has(const std::vector<json>& hits, const std::string& doc, const std::string& cite) {
  for (const json& h : hits)
    if (h["doc"] == doc && h["cite"] == cite) return true;
  return false;
}

}  // namespace

BOOST_AUTO_TEST_CASE(kazakh_term_finds_its_definition_first_and_the_russian_one) {
  auto hits = define({"кемсітушілік"});
  BOOST_REQUIRE(!hits.empty());
  BOOST_TEST(hits[0]["doc"] == "statute-gender-equality.kk.txt");
  BOOST_TEST(hits[0]["cite"] == "1-бап, 1-тармақ");
  BOOST_TEST(hits[0]["term"] == "кемсітушілік");
  BOOST_TEST(hits[0]["tag"] == "discrimination");
  BOOST_TEST(hits[0]["defines_term"] == true);
  // The same concept defined in Russian, through the glossary.
  BOOST_TEST(has(hits, "statute-labour-equality.ru.txt", "Статья 1, п. 1"));
}

BOOST_AUTO_TEST_CASE(inflected_and_latin_terms_find_the_same_definition) {
  auto inflected = define({"кемсітушілікке"});
  auto latin = define({"kemsitushilik"});
  BOOST_REQUIRE(!inflected.empty());
  BOOST_REQUIRE(!latin.empty());
  BOOST_TEST(inflected[0]["cite"] == "1-бап, 1-тармақ");
  BOOST_TEST(latin[0]["cite"] == "1-бап, 1-тармақ");
}

BOOST_AUTO_TEST_CASE(russian_phrase_finds_its_definition_and_the_kazakh_one) {
  auto hits = define({"сексуальное", "домогательство"});
  BOOST_REQUIRE(hits.size() >= 2u);
  BOOST_TEST(hits[0]["doc"] == "statute-labour-equality.ru.txt");
  BOOST_TEST(hits[0]["cite"] == "Статья 1, п. 2");
  BOOST_TEST(hits[0]["tag"] == "sexual_harassment");
  BOOST_TEST(has(hits, "statute-gender-equality.kk.txt", "1-бап, 2-тармақ"));
}

BOOST_AUTO_TEST_CASE(language_filter_and_limit) {
  auto kk = define({"--lang", "kk", "сексуальное домогательство"});
  BOOST_REQUIRE(!kk.empty());
  for (const json& h : kk) BOOST_TEST(h["lang"] == "kk");
  auto one = define({"--limit", "1", "кемсітушілік"});
  BOOST_TEST(one.size() == 1u);
}

BOOST_AUTO_TEST_CASE(undefined_term_exits_1_and_prints_nothing) {
  auto hits = define({"абырвалг"}, 1);
  BOOST_TEST(hits.empty());
  // Mentioned but never defined in the corpus: still nothing.
  auto r = run_lexkz({"define", "--db", index().db, "суд"});
  BOOST_TEST(r.exit_code == 1);
  BOOST_TEST(r.err.find("nothing in the index defines") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(missing_index_is_a_clear_error) {
  auto r = run_lexkz({"define", "--db", (index().dir / "nope").string(), "кемсітушілік"});
  BOOST_TEST(r.exit_code == 3);
  BOOST_TEST(r.err.rfind("lexkz: error: ", 0) == 0);
  BOOST_TEST(lines_of(r.err).size() == 1u);
}

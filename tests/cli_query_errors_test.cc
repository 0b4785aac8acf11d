#define BOOST_TEST_MODULE cli_query_errors
#include <boost/test/unit_test.hpp>
// Hostile and broken queries (issue 5), with the real binary on a small generated index:
// each broken query exits 2 with exactly one stderr line `lexkz: error: …` naming the
// problem; a wildcard that matches too many words runs (exit 0) with a one-line warning that
// the expansion was capped. Nothing may crash (exit ≥ 128) or hang.
#include <stdlib.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using lexkz::testing::lines_of;
using lexkz::testing::ProcessResult;
using lexkz::testing::run_lexkz;

/// 1,500 distinct words starting with "аб" (more than the 1,000-word wildcard cap), plus
/// a few statute sentences, indexed once.
struct Index {
  lexkz::testing::TempDir tmp{"lexkz-qerr"};
  fs::path dir = tmp.path;
  std::string db;
  Index() {
    db = (dir / "db").string();
    const char* const letters[] = {"в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ф"};
    {
    std::ofstream f(dir / "in.jsonl");
    std::string text;
    for (int i = 0; i < 1500; ++i) {
      text += std::string("аб") + letters[i % 14] + "о" + letters[(i / 14) % 14] + "а" + letters[(i / 196) % 14] + "ус ";
      if (i % 100 == 99) {
        f << R"({"id":"w)" << i << R"(","text":")" << text << "\"}\n";
        text.clear();
      }
    }
    f << R"({"id":"s1","type":"statute","text":"Статья 1. Сексуальное домогательство запрещается."})" << '\n';
    }  // closed, so flushed, before lexkz reads it
    ProcessResult r = run_lexkz({"index", "--db", db, (dir / "in.jsonl").string()});
    if (r.exit_code != 0) throw std::runtime_error("index failed: " + r.err);
  }
};

Index& index() {
  static Index idx;
  return idx;
}

ProcessResult search(std::vector<std::string> query) {
  std::vector<std::string> args = {"search", "--db", index().db, "--"};
  args.insert(args.end(), query.begin(), query.end());
  return run_lexkz(args);
}

BOOST_AUTO_TEST_CASE(broken_queries_exit_2_with_one_line) {
  struct Row { std::string query; const char* says; };
  const Row rows[] = {
      {"", "empty"},
      {"   ", "empty"},
      {"\"сексуальное домогательство", "quote"},
      {"(домогательство OR преследование", "'('"},
      {"домогательство)", "')'"},
      {"foo:bar", "unknown field"},
      {"type:foo", "unknown type"},
      {"lang:xx", "unknown lang"},
      {"домогательство NEAR/x закон", "NEAR/x"},
      {"домогательство NEAR/99999999999 закон", "NEAR"},
      {"NEAR/5", "NEAR"},
      {"AND", "AND"},
      {"домогательство AND", "missing"},
      {"OR закон", "OR"},
      {"NOT", "NOT"},
      {"-закон", "exclusion"},
      {"\"\"", "empty phrase"},
      {"()", "missing"},
      {"домогательство ADJ/3 (закон OR право)", "brackets"},
      {"домогательство NEAR tag:stalking", "filters"},
      {std::string(10000, '(') + "закон" + std::string(10000, ')'), "nested"},
  };
  for (const Row& r : rows) {
    BOOST_TEST_CONTEXT("query: " << r.query.substr(0, 60)) {
      ProcessResult p = search({r.query});
      BOOST_TEST(p.exit_code == 2, p.err);
      std::vector<std::string> lines = lines_of(p.err);
      BOOST_TEST(lines.size() == 1u, p.err);
      BOOST_TEST(p.err.rfind("lexkz: error: ", 0) == 0u, p.err);
      BOOST_TEST(p.err.find(r.says) != std::string::npos, p.err);
      BOOST_TEST(p.out.empty());
    }
  }
}

BOOST_AUTO_TEST_CASE(ten_thousand_terms_get_a_quick_clear_answer) {
  // Each as its own argument: one 10,000-word argument would pass the kernel's 128 KB limit.
  struct Row { const char* what; std::vector<std::string> query; };
  std::vector<std::string> distinct, ored;
  for (int i = 0; i < 10000; ++i) {
    distinct.push_back("слово" + std::to_string(i));
    if (i) ored.push_back("OR");
    ored.push_back("домогательство");
  }
  for (const Row& r : {Row{"10,000 distinct words", distinct}, Row{"10,000 ORed words", ored}}) {
    BOOST_TEST_CONTEXT(r.what) {
      auto t0 = std::chrono::steady_clock::now();
      ProcessResult p = search(r.query);
      double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      BOOST_TEST(p.exit_code == 2, p.err);
      BOOST_TEST(lines_of(p.err).size() == 1u, p.err);
      BOOST_TEST(p.err.find("at most") != std::string::npos, p.err);
      BOOST_TEST(seconds < 10.0);
    }
  }
}

BOOST_AUTO_TEST_CASE(wildcard_explosion_is_capped_with_a_warning) {
  ProcessResult p = search({"аб*"});
  BOOST_TEST(p.exit_code == 0, p.err);
  std::vector<std::string> lines = lines_of(p.err);
  BOOST_REQUIRE(lines.size() == 1u);
  BOOST_TEST(lines[0].find("more than 1000") != std::string::npos, p.err);
  BOOST_TEST(!p.out.empty());
  // A narrow prefix is not capped and warns nothing.
  ProcessResult narrow = search({"домогат*"});
  BOOST_TEST(narrow.exit_code == 0, narrow.err);
  BOOST_TEST(narrow.err.empty(), narrow.err);
  BOOST_TEST(narrow.out.find("s1") != std::string::npos, narrow.out);
}

BOOST_AUTO_TEST_CASE(valid_edge_queries_still_work) {
  for (const std::string q : {"домогательство NEAR/0 запрещается", "((((домогательство))))", "tag:nonexistent",
                              "=домогательство", "type:statute домогательство", "*"}) {
    BOOST_TEST_CONTEXT(q) {
      ProcessResult p = search({q});
      BOOST_TEST(p.exit_code < 2, p.err);
    }
  }
}

}  // namespace

namespace {

BOOST_AUTO_TEST_CASE(a_stop_word_before_not_stands_for_every_passage) {
  // "после" is a stop word: not indexed, so it is left out with a warning, and NOT then
  // subtracts from every passage instead of failing for want of a left side.
  ProcessResult p = run_lexkz({"search", "--db", index().db, "--format", "jsonl", "--limit", "100", "после NOT абвовавус"});
  BOOST_TEST(p.exit_code == 0, p.err);
  BOOST_TEST(lines_of(p.err).size() == 1u, p.err);
  BOOST_TEST(p.err.find("stop word") != std::string::npos, p.err);
  BOOST_TEST(p.out.find("\"s1\"") != std::string::npos, p.out);   // holds no абвовавус
  BOOST_TEST(p.out.find("\"w99\"") == std::string::npos, p.out);  // the passage that has it
  ProcessResult plain = search({"NOT абвовавус"});
  BOOST_TEST(plain.exit_code == 2);  // without the stop word, still a broken query
}

}  // namespace

// The tagger scored through the real binary on labelled passages (issue 12, "Done means"):
// tests/data/tagger/issue12.jsonl, written for this project by the labels of
// ../shared/TAGS.md (never copied from ../shared/eval), and the dev set
// ../shared/eval/dev/passages.jsonl when ../shared is present. The labels are stripped,
// `lexkz tag --format jsonl -` tags the passages, and precision/recall/F1 of tags and of
// (tag, definition) pairs are counted the way ../shared/eval/score_tags.py counts them;
// when that script is present its figures must agree with ours.
#define BOOST_TEST_MODULE cli_tag_score
#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

using lexkz::testing::run_process;
using nlohmann::json;

namespace {
const std::string kSource = LEXKZ_SOURCE_DIR;
const std::string kOwn = kSource + "/tests/data/tagger/issue12.jsonl";
const std::string kDev = kSource + "/../shared/eval/dev/passages.jsonl";
const std::string kScorer = kSource + "/../shared/eval/score_tags.py";
const char* const kTags[] = {"discrimination", "harassment", "sexual_harassment", "stalking"};

struct Counts {
  std::size_t tp = 0, fp = 0, fn = 0;
  double f1() const {
    double p = tp + fp ? double(tp) / double(tp + fp) : 1.0, r = tp + fn ? double(tp) / double(tp + fn) : 1.0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct Score {
  std::map<std::string, Counts> tags, defs;  // by language, and "all"
  std::vector<std::string> errors;
};

std::vector<json> read_jsonl(const std::string& path) {
  std::ifstream in(path);
  std::vector<json> rows;
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) rows.push_back(json::parse(line));
  return rows;
}

// Tags the gold passages (labels stripped) with the real binary; scores the output.
Score score(const std::string& gold_path, const std::string& pred_path) {
  std::vector<json> gold = read_jsonl(gold_path);
  std::string input;
  for (const json& g : gold)
    input += json{{"id", g["id"]}, {"text", g["text"]}, {"type", g["type"]}}.dump() + "\n";
  auto r = run_process({LEXKZ_BINARY, "tag", "--format", "jsonl", "-"}, input);
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  std::ofstream(pred_path) << r.out;
  std::map<std::string, std::set<std::string>> got_tags, got_defs;
  for (const json& p : read_jsonl(pred_path)) {
    for (const json& t : p["tags"]) got_tags[p["doc"]].insert(t);
    for (const json& d : p["definitions"]) got_defs[p["doc"]].insert(d["tag"]);
  }
  Score s;
  for (const json& g : gold) {
    const std::string id = g["id"], lang = g["lang"];
    std::set<std::string> want_tags(g["tags"].begin(), g["tags"].end()), want_defs;
    for (const json& d : g["definitions"]) want_defs.insert(d["tag"]);
    for (auto [want, got, counts, kind] :
         {std::tuple{&want_tags, &got_tags[id], &s.tags, "tags"}, std::tuple{&want_defs, &got_defs[id], &s.defs, "defs"}})
      for (const char* t : kTags) {
        bool w = want->count(t), h = got->count(t);
        for (const std::string& key : {lang, std::string("all")}) {
          (*counts)[key].tp += w && h;
          (*counts)[key].fp += h && !w;
          (*counts)[key].fn += w && !h;
        }
        if (w != h) s.errors.push_back(id + " " + kind + ":" + t + (w ? " missed" : " false"));
      }
  }
  return s;
}

std::string report(const Score& s) {
  std::ostringstream out;
  for (const auto& [lang, c] : s.tags) out << "tags-F1[" << lang << "]=" << c.f1() << " ";
  for (const auto& [lang, c] : s.defs) out << "defs-F1[" << lang << "]=" << c.f1() << " ";
  for (const std::string& e : s.errors) out << "\n  " << e;
  return out.str();
}

// The last line of score_tags.py, "tags-F1 X defs-F1 Y", must agree with our counts.
void cross_check(const std::string& gold, const std::string& pred, const Score& s) {
  const std::string python = "/usr/bin/python3";
  if (!std::filesystem::exists(kScorer) || !std::filesystem::exists(python)) return;
  auto r = run_process({python, kScorer, gold, pred});
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  double tags = -1, defs = -1;
  std::size_t at = r.out.rfind("tags-F1");
  BOOST_REQUIRE(at != std::string::npos);
  BOOST_REQUIRE(std::sscanf(r.out.c_str() + at, "tags-F1 %lf defs-F1 %lf", &tags, &defs) == 2);
  BOOST_TEST(std::abs(tags - s.tags.at("all").f1()) < 0.001);
  BOOST_TEST(std::abs(defs - s.defs.at("all").f1()) < 0.001);
}
}  // namespace

BOOST_AUTO_TEST_CASE(own_labelled_passages_score_above_the_floor) {
  lexkz::testing::TempDir dir("lexkz-tag-score");
  const std::string pred = dir / "own.jsonl";
  Score s = score(kOwn, pred);
  BOOST_TEST_MESSAGE("issue12.jsonl: " << report(s));
  BOOST_REQUIRE(s.tags.count("ru") && s.tags.count("kk"));  // both languages are labelled
  for (const char* lang : {"ru", "kk", "all"}) {
    BOOST_TEST(s.tags[lang].f1() >= 0.9, lang << " " << report(s));
    BOOST_TEST(s.defs[lang].f1() >= 0.85, lang << " " << report(s));
  }
  cross_check(kOwn, pred, s);
}

BOOST_AUTO_TEST_CASE(dev_set_scores_above_the_floor) {
  if (!std::filesystem::exists(kDev)) {
    BOOST_TEST_MESSAGE("skipped: " << kDev << " is absent (needs ../shared)");
    return;
  }
  lexkz::testing::TempDir dir("lexkz-tag-score");
  const std::string pred = dir / "dev.jsonl";
  Score s = score(kDev, pred);
  BOOST_TEST_MESSAGE("dev: " << report(s));
  BOOST_TEST(s.tags["all"].f1() >= 0.95, report(s));
  BOOST_TEST(s.defs["all"].f1() >= 0.95, report(s));
  cross_check(kDev, pred, s);
}

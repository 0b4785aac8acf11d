#define BOOST_TEST_MODULE cli_reliability
#include <boost/test/unit_test.hpp>
// Crash safety, interruption, the single-writer lock and incremental re-indexing (issue 5),
// with the real binary: an index run is killed with SIGKILL / SIGINT / SIGTERM once it has
// committed something, the index must open, and a re-run must reach exactly the `stats` of a
// clean build. The corpus is generated here (~20 MB of synthetic statutes), so CI needs no data.
#include <signal.h>
#include <stdlib.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/support/background.h"
#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using lexkz::testing::Background;
using lexkz::testing::lines_of;
using lexkz::testing::ProcessResult;
using lexkz::testing::run_lexkz;
using nlohmann::json;
using namespace std::chrono_literals;

/// Temporary directories of this test, named for it.
struct TempDir : lexkz::testing::TempDir {
  TempDir() : lexkz::testing::TempDir("lexkz-rel") {}
};

/// Deterministic statute-like JSONL: `docs` records of 14 articles × 3 points each, words
/// drawn from a Russian and Kazakh vocabulary with inflection endings (so stems vary).
std::string synthetic_jsonl(int docs) {
  static const char* const kStems[] = {"дискриминаци", "домогательств", "работодател", "преследовани",
                                       "равенств",     "гражданин",     "прав",        "свобод",
                                       "закон",        "суд",           "решени",      "кемсітушілік",
                                       "жыныстық",     "қысым",         "құқық",       "азамат",
                                       "еңбек",        "теңдік",        "жұмыс",       "отбасы"};
  static const char* const kEnds[] = {"", "а", "у", "ом", "е", "ы", "ам", "ами", "ке", "тың", "ға", "да"};
  std::uint64_t state = 42;
  auto next = [&state](std::uint64_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % n;
  };
  auto words = [&](int n) {
    std::string s;
    for (int i = 0; i < n; ++i) {
      if (i) s += ' ';
      s += kStems[next(std::size(kStems))];
      s += kEnds[next(std::size(kEnds))];
    }
    return s;
  };
  std::string out;
  for (int d = 0; d < docs; ++d) {
    std::string text;
    for (int a = 1; a <= 14; ++a) {
      text += "Статья " + std::to_string(a) + ". " + words(6) + "\\n";
      for (int p = 1; p <= 3; ++p) text += std::to_string(p) + ". " + words(40) + ".\\n";
    }
    out += R"({"id":"doc)" + std::to_string(d) + R"(","type":"statute","text":")" + text + "\"}\n";
  }
  return out;
}

/// The shared corpus file and the `stats --format json` of a clean build of it.
struct Corpus {
  TempDir dir;
  std::string input = dir / "statutes.jsonl";
  json clean_stats;
  Corpus() {
    std::ofstream(input, std::ios::binary) << synthetic_jsonl(600);
    ProcessResult r = run_lexkz({"index", "--db", dir / "clean", "--jobs", "2", input});
    if (r.exit_code != 0) throw std::runtime_error("clean build failed: " + r.err);
    clean_stats = stats(dir / "clean");
  }
  static json stats(const std::string& db) {
    ProcessResult r = run_lexkz({"stats", "--db", db, "--format", "json"});
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, "stats failed: " << r.err);
    return json::parse(r.out);
  }
};

Corpus& corpus() {
  static Corpus c;
  return c;
}

/// Documents committed so far, or -1 while there is no readable index yet.
long committed_documents(const std::string& db) {
  ProcessResult r = run_lexkz({"stats", "--db", db, "--format", "json"});
  if (r.exit_code != 0) return -1;
  return json::parse(r.out).value("documents", -1L);
}

/// Starts indexing the corpus into `db` with a 1 MB commit window and waits until the first
/// commit is visible (so the signal lands mid-run, after a commit). Fails if it finished first.
std::unique_ptr<Background> start_and_wait_for_commit(const std::string& db, const std::string& log) {
  auto bg = std::make_unique<Background>(
      std::vector<std::string>{LEXKZ_BINARY, "index", "--db", db, "--jobs", "2", "--commit-mb", "1", corpus().input},
      log);
  auto deadline = std::chrono::steady_clock::now() + 60s;
  std::this_thread::sleep_for(200ms);
  while (committed_documents(db) <= 0 && std::chrono::steady_clock::now() < deadline) std::this_thread::sleep_for(100ms);
  BOOST_REQUIRE_MESSAGE(bg->running(), "the index run finished before it could be interrupted; grow the corpus");
  return bg;
}

/// Re-runs the same command to completion and checks the stats equal the clean build's.
void rerun_matches_clean(const std::string& db) {
  ProcessResult r = run_lexkz({"index", "--db", db, "--jobs", "2", "--commit-mb", "1", corpus().input});
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(r.err.find("0 removed, 0 rejected") != std::string::npos, r.err);
  json got = Corpus::stats(db);
  BOOST_TEST(got == corpus().clean_stats, "after re-run: " << got.dump() << "\nclean: " << corpus().clean_stats.dump());
}

BOOST_AUTO_TEST_CASE(clean_build_indexes_every_record) {
  BOOST_TEST(corpus().clean_stats.value("documents", 0) == 600);
}

BOOST_AUTO_TEST_CASE(kill_9_mid_run_leaves_a_readable_index_and_a_rerun_completes_it) {
  TempDir tmp;
  const std::string db = tmp / "db";
  auto bg = start_and_wait_for_commit(db, tmp / "run");
  bg->signal(SIGKILL);
  BOOST_TEST(bg->wait() == 128 + SIGKILL);
  // The index opens at its last commit: some, not all, documents.
  long docs = committed_documents(db);
  BOOST_TEST(docs > 0);
  BOOST_TEST(docs < 250);
  // A search on the half-built index works.
  ProcessResult s = run_lexkz({"search", "--db", db, "--limit", "1", "дискриминация"});
  BOOST_TEST(s.exit_code == 0, s.err);
  rerun_matches_clean(db);
}

BOOST_AUTO_TEST_CASE(kill_9_before_any_commit_leaves_nothing_or_a_readable_index) {
  TempDir tmp;
  const std::string db = tmp / "db";
  Background bg({LEXKZ_BINARY, "index", "--db", db, corpus().input}, tmp / "run");
  std::this_thread::sleep_for(300ms);
  bg.signal(SIGKILL);
  bg.wait();
  ProcessResult r = run_lexkz({"stats", "--db", db});
  // Either the database opens, or stats says clearly there is no index (exit 3, one line).
  BOOST_TEST((r.exit_code == 0 || r.exit_code == 3), r.err);
  if (r.exit_code == 3) {
    BOOST_TEST(lines_of(r.err).size() == 1u, r.err);
    BOOST_TEST(r.err.rfind("lexkz: error: ", 0) == 0u, r.err);
  }
  rerun_matches_clean(db);
}

/// SIGINT and SIGTERM: what was read is committed, the exit code is 128+signal.
void interrupted_run_commits_and_resumes(int sig) {
  TempDir tmp;
  const std::string db = tmp / "db";
  auto bg = start_and_wait_for_commit(db, tmp / "run");
  bg->signal(sig);
  BOOST_TEST(bg->wait(60s) == 128 + sig, bg->err());
  BOOST_TEST(bg->err().find("interrupted") != std::string::npos, bg->err());
  BOOST_TEST(committed_documents(db) > 0);
  rerun_matches_clean(db);
}

BOOST_AUTO_TEST_CASE(sigint_commits_and_exits_130) { interrupted_run_commits_and_resumes(SIGINT); }

BOOST_AUTO_TEST_CASE(sigterm_commits_and_exits_143) { interrupted_run_commits_and_resumes(SIGTERM); }

BOOST_AUTO_TEST_CASE(second_writer_fails_at_once_and_searches_keep_working) {
  TempDir tmp;
  const std::string db = tmp / "db";
  // A committed index to search while the long run writes.
  std::ofstream(tmp / "small.jsonl") << R"({"id":"s1","text":"Статья 1. Аэростаты запрещаются."})" << '\n';
  BOOST_REQUIRE_EQUAL(run_lexkz({"index", "--db", db, tmp / "small.jsonl"}).exit_code, 0);
  auto bg = start_and_wait_for_commit(db, tmp / "run");

  auto t0 = std::chrono::steady_clock::now();
  ProcessResult second = run_lexkz({"index", "--db", db, tmp / "small.jsonl"});
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  BOOST_TEST(second.exit_code == 3, second.err);
  BOOST_TEST(lines_of(second.err).size() == 1u, second.err);
  BOOST_TEST(second.err.find("locked") != std::string::npos, second.err);
  BOOST_TEST(seconds < 5.0, "the second writer waited " << seconds << " s");

  ProcessResult search = run_lexkz({"search", "--db", db, "аэростат"});
  BOOST_TEST(search.exit_code == 0, search.err);
  BOOST_TEST(search.out.find("s1") != std::string::npos, search.out);
  BOOST_TEST(bg->running());  // the first writer was not disturbed
  BOOST_TEST(bg->wait() == 0, bg->err());
}

/// A folder of small statutes for the incremental cases.
void write_statute(const std::string& path, const std::string& subject) {
  std::ofstream(path) << "Статья 1. Общие положения\n1. Настоящий закон регулирует " << subject
                      << ".\n2. Дискриминация запрещается.\nСтатья 2. Цели\nЦели закона — равенство.\n";
}

/// Index `dir` into a fresh database and return its stats.
json clean_stats_of(const std::string& dir, const std::string& db) {
  ProcessResult r = run_lexkz({"index", "--db", db, dir});
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  return Corpus::stats(db);
}

/// The shard directories of an index, and how many of them have a Xapian termlist.
struct Shards {
  std::set<std::string> names;
  int with_termlist = 0;
};
Shards shards_of(const std::string& db) {
  Shards s;
  for (const auto& e : fs::directory_iterator(db))
    if (e.path().filename().string().rfind("shard-", 0) == 0) {
      s.names.insert(e.path().filename().string());
      s.with_termlist += fs::exists(e.path() / "termlist.glass");
    }
  return s;
}

/// The ids of the documents a search hits.
std::set<std::string> docs_hit(const std::string& db, const std::string& query) {
  ProcessResult r = run_lexkz({"search", "--db", db, "--format", "jsonl", "--limit", "100", query});
  std::set<std::string> docs;
  for (const std::string& line : lines_of(r.out)) docs.insert(json::parse(line).at("doc").get<std::string>());
  return docs;
}

BOOST_AUTO_TEST_CASE(incremental_reruns_skip_replace_and_prune) {
  TempDir tmp;
  const std::string src = tmp / "src", db = tmp / "db";
  fs::create_directory(src);
  const std::vector<std::string> subjects = {"труд", "семью", "образование", "здоровье", "выборы"};
  for (std::size_t i = 0; i < subjects.size(); ++i) write_statute(src + "/law" + std::to_string(i) + ".txt", subjects[i]);

  struct Step {
    const char* what;
    std::function<void()> change;
    bool prune;
    const char* summary;
  };
  const std::vector<Step> steps = {
      {"first run", [] {}, false, "5 added, 0 replaced, 0 unchanged, 0 removed"},
      {"nothing changed", [] {}, false, "0 added, 0 replaced, 5 unchanged, 0 removed"},
      {"one file changed", [&] { write_statute(src + "/law2.txt", "науку и культуру"); }, false,
       "0 added, 1 replaced, 4 unchanged, 0 removed"},
      {"one file deleted, no --prune", [&] { fs::remove(src + "/law4.txt"); }, false,
       "0 added, 0 replaced, 4 unchanged, 0 removed"},
      {"--prune", [] {}, true, "0 added, 0 replaced, 4 unchanged, 1 removed"},
      {"one file added", [&] { write_statute(src + "/law9.txt", "печать"); }, true,
       "1 added, 0 replaced, 4 unchanged, 0 removed"},
  };
  int n = 0;
  for (const Step& step : steps) {
    BOOST_TEST_CONTEXT(step.what) {
      step.change();
      std::vector<std::string> args = {"index", "--db", db, src};
      if (step.prune) args.insert(args.begin() + 1, "--prune");
      ProcessResult r = run_lexkz(args);
      BOOST_TEST(r.exit_code == 0, r.err);
      BOOST_TEST(r.err.find(step.summary) != std::string::npos, r.err);
      // Without --prune the deleted file's document stays; otherwise equal to a clean build.
      if (std::string(step.what) != "one file deleted, no --prune") {
        json got = Corpus::stats(db);
        json clean = clean_stats_of(src, tmp / ("clean" + std::to_string(n++)));
        BOOST_TEST(got == clean, got.dump() << "\nclean: " << clean.dump());
      }
      // A new index has no termlist (faster, smaller); the first replacement rebuilds the
      // shard with one, in a new generation that replaces the old directory.
      const Shards shards = shards_of(db);
      BOOST_TEST(shards.names.size() == 1u);
      BOOST_TEST(shards.with_termlist == (std::string(step.what) == "first run" ||
                                                  std::string(step.what) == "nothing changed"
                                              ? 0
                                              : 1));
      if (std::string(step.what) == "one file changed") {
        BOOST_TEST(docs_hit(db, "культуру") == std::set<std::string>{"law2.txt"});
        BOOST_TEST(docs_hit(db, "образование").empty());  // law2's old text
        BOOST_TEST(docs_hit(db, "дискриминация").size() == 5u);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(termlists_option_builds_shards_that_replace_in_place) {
  TempDir tmp;
  const std::string src = tmp / "src", db = tmp / "db";
  fs::create_directory(src);
  write_statute(src + "/a.txt", "труд");
  write_statute(src + "/b.txt", "семью");
  ProcessResult r = run_lexkz({"index", "--db", db, "--shards", "2", "--termlists", src});
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const Shards built = shards_of(db);
  BOOST_TEST(built.with_termlist == 2);
  write_statute(src + "/a.txt", "науку");
  r = run_lexkz({"index", "--db", db, src});
  BOOST_TEST(r.err.find("1 replaced") != std::string::npos, r.err);
  BOOST_TEST(shards_of(db).names == built.names);  // replaced in place: no new generation
  BOOST_TEST(docs_hit(db, "науку") == std::set<std::string>{"a.txt"});
  BOOST_TEST(docs_hit(db, "труд").empty());
  // Passages added by a later run have termlist entries too: they can be replaced again.
  write_statute(src + "/a.txt", "культуру");
  r = run_lexkz({"index", "--db", db, src});
  BOOST_TEST(r.err.find("1 replaced") != std::string::npos, r.err);
  BOOST_TEST(docs_hit(db, "культуру") == std::set<std::string>{"a.txt"});
  BOOST_TEST(docs_hit(db, "науку").empty());
  BOOST_TEST(docs_hit(db, "дискриминация").size() == 2u);
}

}  // namespace

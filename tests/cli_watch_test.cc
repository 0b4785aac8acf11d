#define BOOST_TEST_MODULE cli_watch
#include <boost/test/unit_test.hpp>
// `lexkz watch` and `lexkz index --watch` (issue 13), end to end through the real binary.
// The contract under test: for any folder and watch list, the (ID, doc, passage) that
// `watch` prints are exactly what `index` of that folder followed by `search --limit ∞` of
// each saved query returns — checked over tests/data/watch/searches.tsv (words, phrases,
// =exact, wildcards, NEAR, ADJ, NOT, OR, groups and every in-query filter, status: too) on the sample
// corpus and on ../shared/corpora/kz_laws_parallel (skipped when absent); the fields of
// each match equal search's for the same passage; the output does not depend on the batch
// size or the number of workers. `index --watch` reports only added and changed documents.
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using lexkz::testing::lines_of;
using lexkz::testing::ProcessResult;
using lexkz::testing::run_lexkz;
using lexkz::testing::TempDir;
using nlohmann::json;

const std::string kSample = LEXKZ_SOURCE_DIR "/corpora";
const std::string kSearches = LEXKZ_SOURCE_DIR "/tests/data/watch/searches.tsv";
const std::string kLaws = LEXKZ_SOURCE_DIR "/../shared/corpora/kz_laws_parallel";

struct Saved {
  std::string id, query;
};

std::vector<Saved> saved_searches(const std::string& path) {
  std::vector<Saved> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    out.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  return out;
}

// (doc, passage) of a match.
using Passage = std::pair<std::string, std::size_t>;

// ID → passage → the line's object.
using Matches = std::map<std::string, std::map<Passage, json>>;

Matches parse_watch(const std::string& out) {
  Matches m;
  for (const std::string& line : lines_of(out)) {
    json j = json::parse(line);
    for (const char* k : {"query", "doc", "passage", "cite", "title", "lang", "type", "date", "snippet", "marks", "tags"})
      BOOST_TEST(j.contains(k), k << " missing in " << line);
    const Passage key{j["doc"], j["passage"]};
    BOOST_TEST(!m[j["query"]].count(key), "printed twice: " << line);
    m[j["query"]][key] = j;
  }
  return m;
}

// The passages `search` returns for `query` on `db`, all of them.
std::map<Passage, json> search_all(const std::string& db, const std::string& query) {
  ProcessResult r = run_lexkz({"search", "--db", db, "--format", "jsonl", "--limit", "100000", "--", query});
  BOOST_CHECK_MESSAGE(r.exit_code == 0, "search '" << query << "' exited " << r.exit_code << ": " << r.err);
  std::map<Passage, json> hits;
  for (const std::string& line : lines_of(r.out)) {
    json j = json::parse(line);
    hits[{j["doc"], j["passage"]}] = j;
  }
  return hits;
}

// Asserts that watch's matches equal search's answers on `db`, search by search, field by
// field; returns the number of matches compared.
std::size_t check_equal_to_search(const Matches& watched, const std::string& db, const std::vector<Saved>& searches,
                                  const std::set<std::string>* only_docs = nullptr) {
  std::size_t compared = 0;
  for (const Saved& s : searches) {
    std::map<Passage, json> expected = search_all(db, s.query);
    if (only_docs)
      std::erase_if(expected, [&](const auto& kv) { return !only_docs->count(kv.first.first); });
    const auto it = watched.find(s.id);
    const std::map<Passage, json> none;
    const std::map<Passage, json>& got = it == watched.end() ? none : it->second;
    std::set<Passage> want_keys, got_keys;
    for (const auto& [k, v] : expected) want_keys.insert(k);
    for (const auto& [k, v] : got) got_keys.insert(k);
    BOOST_TEST(got_keys == want_keys, s.id << " (" << s.query << "): watch " << got_keys.size() << " passages, search "
                                           << want_keys.size());
    for (const auto& [k, j] : got) {
      auto e = expected.find(k);
      if (e == expected.end()) continue;
      for (const char* f : {"cite", "title", "lang", "type", "date", "snippet", "marks", "tags", "start", "end"})
        BOOST_TEST(j[f] == e->second[f], s.id << " " << k.first << "#" << k.second << " field " << f << ": "
                                              << j[f].dump() << " vs " << e->second[f].dump());
      ++compared;
    }
  }
  return compared;
}

ProcessResult index_folder(const std::string& db, const std::string& folder) {
  ProcessResult r = run_lexkz({"index", "--db", db, folder});
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, "index exited " << r.exit_code << ": " << r.err);
  return r;
}

void check_folder(const std::string& folder, std::size_t min_matches) {
  TempDir tmp("lexkz-watch");
  const std::string db = tmp / "db";
  index_folder(db, folder);
  ProcessResult w = run_lexkz({"watch", "--queries", kSearches, folder});
  BOOST_REQUIRE_MESSAGE(w.exit_code == 0, "watch exited " << w.exit_code << ": " << w.err);
  const Matches watched = parse_watch(w.out);
  const std::vector<Saved> searches = saved_searches(kSearches);
  BOOST_TEST(searches.size() >= 40u);
  BOOST_TEST(check_equal_to_search(watched, db, searches) >= min_matches);
  // Many small batches on two workers: the same lines in the same order.
  ProcessResult small = run_lexkz({"watch", "--queries", kSearches, "--batch-kb", "8", "--jobs", "2", folder});
  BOOST_TEST(small.exit_code == 0, small.err);
  BOOST_TEST(small.out == w.out);
}

}  // namespace

BOOST_AUTO_TEST_CASE(sample_corpus_equals_index_then_search) { check_folder(kSample, 40); }

BOOST_AUTO_TEST_CASE(kz_laws_parallel_equals_index_then_search) {
  if (!fs::is_directory(kLaws)) {
    BOOST_TEST_MESSAGE("skipped: " << kLaws << " is absent (needs ../shared)");
    return;
  }
  check_folder(kLaws, 200);
}

BOOST_AUTO_TEST_CASE(bad_watch_list_is_reported_before_any_input_is_read) {
  TempDir tmp("lexkz-watch");
  {
    std::ofstream q(tmp / "bad.tsv");
    q << "# comment\n\nok\tдискриминация\nno tab here\n\tempty id\nok\tдубль\nbroken\t\"unclosed\nfield\tcolour:red\n";
  }
  const std::string missing = tmp / "not-there.txt";  // reading it would print a rejection
  ProcessResult r = run_lexkz({"watch", "--queries", tmp / "bad.tsv", missing});
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.out.empty());
  const std::string f = tmp / "bad.tsv";
  for (const std::string& want : {f + ":4: no tab", f + ":5: empty ID", f + ":6: duplicate ID 'ok' (first on line 3)",
                                  f + ":7: query: unbalanced quote", f + ":8: query: unknown field 'colour:'"})
    BOOST_TEST(r.err.find("lexkz: " + want) != std::string::npos, want << " not in: " << r.err);
  BOOST_TEST(r.err.find("not-there") == std::string::npos, r.err);
  // index --watch checks the list before it creates the index.
  ProcessResult i = run_lexkz({"index", "--db", tmp / "db", "--watch", tmp / "bad.tsv", kSample});
  BOOST_TEST(i.exit_code == 2);
  BOOST_TEST(!fs::exists(tmp / "db"));
  // A list with nothing in it, and a missing list.
  {
    std::ofstream q(tmp / "empty.tsv");
    q << "# nothing yet\n";
  }
  ProcessResult e = run_lexkz({"watch", "--queries", tmp / "empty.tsv", kSample});
  BOOST_TEST(e.exit_code == 2);
  BOOST_TEST(e.err.find("no saved searches") != std::string::npos, e.err);
  ProcessResult m = run_lexkz({"watch", "--queries", tmp / "nope.tsv", kSample});
  BOOST_TEST(m.exit_code == 2);
  BOOST_TEST(m.err.find("nope.tsv: cannot read") != std::string::npos, m.err);
}

BOOST_AUTO_TEST_CASE(rejected_input_exits_2_and_the_rest_is_watched) {
  TempDir tmp("lexkz-watch");
  fs::create_directories(tmp / "in");
  fs::copy_file(kSample + "/ruling-harassment.ru.txt", tmp / "in/good.txt");
  {
    std::ofstream bad(tmp / "in/bad.txt", std::ios::binary);
    bad << "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n";  // a PDF renamed to .txt
  }
  {
    std::ofstream q(tmp / "q.tsv");
    q << "h\tдомогательство\n";
  }
  ProcessResult r = run_lexkz({"watch", "--queries", tmp / "q.tsv", tmp / "in"});
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("lexkz: " + (tmp / "in/bad.txt")) != std::string::npos, r.err);
  const Matches m = parse_watch(r.out);
  BOOST_REQUIRE(m.count("h"));
  for (const auto& [k, j] : m.at("h")) BOOST_TEST(k.first == "good.txt");
  // JSONL on stdin, and the text format.
  ProcessResult s = run_lexkz({"watch", "--queries", tmp / "q.tsv", "--format", "text", "-"},
                              "{\"id\": \"r1\", \"text\": \"Он подвергал её домогательствам на работе.\"}\n");
  BOOST_TEST(s.exit_code == 0, s.err);
  BOOST_TEST(s.out.find("h  абз. 1  r1") == 0u, s.out);
  BOOST_TEST(s.out.find("[[домогательствам]]") != std::string::npos, s.out);
}

BOOST_AUTO_TEST_CASE(index_watch_reports_only_added_and_changed_documents) {
  TempDir tmp("lexkz-watch");
  const std::string folder = tmp / "in", db = tmp / "db";
  fs::copy(kSample, folder, fs::copy_options::recursive);
  const std::vector<Saved> searches = saved_searches(kSearches);
  // First run: every document is new, so everything search finds is reported.
  ProcessResult first = run_lexkz({"index", "--db", db, "--watch", kSearches, folder});
  BOOST_REQUIRE_MESSAGE(first.exit_code == 0, first.err);
  BOOST_TEST(check_equal_to_search(parse_watch(first.out), db, searches) >= 40u);
  // Unchanged: nothing.
  ProcessResult again = run_lexkz({"index", "--db", db, "--watch", kSearches, folder});
  BOOST_TEST(again.exit_code == 0, again.err);
  BOOST_TEST(again.out.empty(), again.out);
  // One new file, one changed, one removed (pruned): the new and the changed only.
  {
    std::ofstream add(folder + "/new-ruling.ru.txt");
    add << "Суд установил, что работодатель допустил дискриминацию и сексуальное домогательство в отношении "
           "работницы.\n\nТакое поведение является нарушением права на равенство.\n";
    std::ofstream change(folder + "/ruling-harassment.ru.txt", std::ios::app);
    change << "\nСуд также указал, что преследование работницы продолжалось после её жалобы.\n";
  }
  fs::remove(folder + "/transcript-roundtable.ru.txt");
  ProcessResult third = run_lexkz({"index", "--db", db, "--prune", "--watch", kSearches, folder});
  BOOST_REQUIRE_MESSAGE(third.exit_code == 0, third.err);
  const Matches watched = parse_watch(third.out);
  std::set<std::string> docs;
  for (const auto& [id, passages] : watched)
    for (const auto& [k, j] : passages) docs.insert(k.first);
  const std::set<std::string> changed = {"new-ruling.ru.txt", "ruling-harassment.ru.txt"};
  BOOST_TEST(docs == changed);
  BOOST_TEST(check_equal_to_search(watched, db, searches, &changed) >= 5u);
}

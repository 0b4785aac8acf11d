#define BOOST_TEST_MODULE cli_index_search
#include <boost/test/unit_test.hpp>
// End to end on the sample corpus (issue 3): the real `lexkz` binary indexes corpora/,
// then `search` and `stats` are checked for the exact passages (doc id + cite), snippet
// highlights, filters, facets, the query operators, errors and re-indexing. The corpus
// files are described in corpora/README.md; a change there must be mirrored here.
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

namespace {

using lexkz::testing::lines_of;
using lexkz::testing::ProcessResult;
using lexkz::testing::run_lexkz;
using nlohmann::json;

const std::string kCorpus = LEXKZ_SOURCE_DIR "/corpora/";

/// The corpus indexed once into a temporary directory, removed at exit.
struct Index {
  lexkz::testing::TempDir tmp{"lexkz-e2e"};
  std::filesystem::path dir = tmp.path;
  std::string db;
  ProcessResult first;
  Index() {
    db = (dir / "db").string();
    first = run_lexkz({"index", "--db", db, kCorpus});
  }
};

Index& index() {
  static Index idx;
  return idx;
}

/// One parsed search: hits in rank order and the facets line, if any.
struct Search {
  ProcessResult run;
  std::vector<json> hits;
  json facets;
  std::set<std::string> passages() const {  // "doc|cite"
    std::set<std::string> out;
    for (const json& h : hits) out.insert(h["doc"].get<std::string>() + "|" + h["cite"].get<std::string>());
    return out;
  }
  const json* find(const std::string& doc, const std::string& cite) const {
    for (const json& h : hits)
      if (h["doc"] == doc && h["cite"] == cite) return &h;
    return nullptr;
  }
};

Search search(std::vector<std::string> args, const std::string& db = index().db) {
  std::vector<std::string> argv = {"search", "--db", db, "--format", "jsonl", "--limit", "200"};
  argv.insert(argv.end(), args.begin(), args.end());
  Search s;
  s.run = run_lexkz(argv);
  for (const std::string& line : lines_of(s.run.out)) {
    json j = json::parse(line, nullptr, false);
    BOOST_REQUIRE_MESSAGE(!j.is_discarded(), "not JSON: " << line);
    if (j.contains("facets")) s.facets = j;
    else s.hits.push_back(j);
  }
  return s;
}

std::string show(const std::set<std::string>& s) {
  std::string out;
  for (const auto& x : s) out += "\n    " + x;
  return out;
}

/// A query, its options, and exactly the passages it must return, with the highlighted
/// text expected in one of them.
struct Row {
  std::vector<std::string> args;
  std::set<std::string> passages;   // "doc|cite", exactly
  std::string marked_doc, marked_cite, marked;  // the snippet of that hit contains `marked`
};

const std::string kRuStatute = "statute-labour-equality.ru.txt";
const std::string kKkStatute = "statute-gender-equality.kk.txt";
const std::string kRuRuling = "ruling-harassment.ru.txt";
const std::string kKkRuling = "ruling-discrimination.kk.txt";
const std::string kRuTranscript = "transcript-roundtable.ru.txt";
const std::string kKkTranscript = "transcript-session.kk.txt";
const std::string kHtml = "guide-harassment.ru.html";
const std::string kLatin = "news-latin.kk.txt";

const std::set<std::string> kHarassment = {
    kRuStatute + "|Статья 1, п. 2", kRuStatute + "|Статья 3", kRuStatute + "|Статья 3, п. 1",
    kRuStatute + "|Статья 3, п. 2", kRuRuling + "|абз. 2", kRuRuling + "|абз. 3", kRuRuling + "|абз. 4",
    kRuTranscript + "|абз. 1", kRuTranscript + "|Иванов А.Б., реплика 2", kHtml + "|абз. 1",
    kHtml + "|абз. 2", "convention-excerpt|Статья 1"};
const std::set<std::string> kDiscriminationKk = {
    kKkStatute + "|1-бап, 1-тармақ", kKkStatute + "|2-бап", kKkStatute + "|2-бап, 3-тармақ",
    kKkRuling + "|4-абзац", kKkTranscript + "|Сейітов Б.Қ., 2-реплика", "ruling-2024-018|1-абзац",
    kLatin + "|абз. 1"};

const std::vector<Row> kRows = {
    // Every inflected form of a word; the Kazakh word in both scripts.
    {{"домогательство"}, kHarassment, kRuRuling, "абз. 2", "подвергалась [[домогательствам]]"},
    {{"домогат*"}, kHarassment, kRuStatute, "Статья 3, п. 2", "о [[домогательстве]]"},
    {{"кемсітушілік"}, kDiscriminationKk, kKkStatute, "1-бап, 1-тармақ", "1) [[кемсітушілік]] –"},
    {{"kemsitushilik"}, kDiscriminationKk, kKkStatute, "2-бап, 3-тармақ", "[[Кемсітушілікке]] ұшыраған"},
    {{"kemsıtuşılık"}, kDiscriminationKk, kLatin, "абз. 1", "[[kemsıtuşılıkke]]"},
    {{"шағым"}, {kKkRuling + "|2-абзац", kKkRuling + "|4-абзац", kLatin + "|абз. 1"}, kLatin, "абз. 1", "[[şağym]]"},
    {{"сталкинг"}, {kRuStatute + "|Статья 1, п. 3", kRuTranscript + "|Иванов А.Б., реплика 4"}, kRuStatute,
     "Статья 1, п. 3", "([[сталкинг]])"},
    // Phrases: both words inflected; the traps stay apart.
    {{"\"сексуальное домогательство\""},
     {kRuStatute + "|Статья 1, п. 2", kRuStatute + "|Статья 3, п. 1", kRuRuling + "|абз. 3", kHtml + "|абз. 1"},
     kHtml, "абз. 1", "[[сексуальным]] [[домогательством]]"},
    {{"\"уголовное преследование\""},
     {kRuStatute + "|Статья 4, п. 2", kRuRuling + "|абз. 5", kRuTranscript + "|Иванов А.Б., реплика 4"}, kRuRuling,
     "абз. 5", "[[уголовного]] [[преследования]]"},
    {{"\"ценовая дискриминация\""},
     {kRuStatute + "|Статья 4, п. 2", "ruling-2024-017|абз. 2", "archive/ruling-price.ru.txt|абз. 2"},
     "archive/ruling-price.ru.txt", "абз. 2", "[[ценовую]] [[дискриминацию]]"},
    {{"\"қылмыстық қудалау\""}, {kKkRuling + "|5-абзац", kKkTranscript + "|Әбенова Г.Т., 3-реплика"}, kKkTranscript,
     "Әбенова Г.Т., 3-реплика", "[[қылмыстық]] [[қудалаудан]]"},
    {{"\"жыныстық қысым\""},
     {kKkStatute + "|1-бап, 2-тармақ", kKkStatute + "|2-бап, 2-тармақ", kKkRuling + "|2-абзац",
      kKkTranscript + "|Сейітов Б.Қ., 2-реплика", kLatin + "|абз. 1"},
     kKkStatute, "2-бап, 2-тармақ", "[[жыныстық]] [[қысымның]]"},
    // Operators.
    {{"дискриминация NOT ценовая"},
     {kRuStatute + "|Статья 1, п. 1", kRuStatute + "|Статья 2", kRuStatute + "|Статья 2, п. 1",
      kRuStatute + "|Статья 2, п. 2", kRuStatute + "|Статья 2, п. 3", kRuRuling + "|абз. 4",
      kRuTranscript + "|Петрова С.К., реплика 3", "ruling-2024-017|абз. 1"},
     kRuStatute, "Статья 2, п. 2", "Не являются [[дискриминацией]]"},
    {{"қудалау NOT қылмыстық"}, {"press-release-kk|1-абзац", kLatin + "|абз. 1"}, "press-release-kk", "1-абзац",
     "[[қудалау]] мен"},
    {{"=домогательстве"},
     {kRuStatute + "|Статья 3, п. 2", kRuRuling + "|абз. 3", kRuRuling + "|абз. 4", kHtml + "|абз. 2"}, kHtml,
     "абз. 2", "о [[домогательстве]] работодателю"},
    {{"дискриминация NEAR/3 труда"}, {kRuStatute + "|Статья 2", kRuRuling + "|абз. 4"}, kRuStatute, "Статья 2",
     "[[дискриминации]] в сфере [[труда]]"},
    {{"дискриминация NEAR/1 труда"}, {}, "", "", ""},
    {{"домогательство OR сталкинг", "--type", "transcript"},
     {kRuTranscript + "|абз. 1", kRuTranscript + "|Иванов А.Б., реплика 2", kRuTranscript + "|Иванов А.Б., реплика 4"},
     kRuTranscript, "Иванов А.Б., реплика 4", "[[сталкинг]]"},
    // Filters.
    {{"--type", "ruling", "дискриминация"}, {"ruling-2024-017|абз. 1", "ruling-2024-017|абз. 2"}, "ruling-2024-017",
     "абз. 2", "ценовой [[дискриминации]]"},
    {{"--lang", "kk", "қудалау"},
     {kKkRuling + "|5-абзац", kKkTranscript + "|Әбенова Г.Т., 3-реплика", "press-release-kk|1-абзац",
      kLatin + "|абз. 1"},
     kLatin, "абз. 1", "[[qudalaudy]]"},
    {{"--lang", "ru", "кемсітушілік"}, {}, "", "", ""},
    // Notes are passages of their own, cited to their article.
    {{"учебной редакцией"}, {kRuStatute + "|Статья 1, сноска", kRuStatute + "|Статья 2, сноска"}, kRuStatute,
     "Статья 1, сноска", "[[учебной]] [[редакцией]]"},
    // HTML: script and style text is never indexed.
    {{"скрипттекст"}, {}, "", "", ""},
    {{"стильтекст"}, {}, "", "", ""},
};

}  // namespace

BOOST_AUTO_TEST_CASE(index_reports_every_document) {
  const ProcessResult& r = index().first;
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, "index exited " << r.exit_code << ": " << r.err);
  BOOST_CHECK_MESSAGE(r.err.find("18 added, 0 replaced, 0 unchanged") != std::string::npos, r.err);
  BOOST_CHECK(r.out.empty());
}

BOOST_AUTO_TEST_CASE(stats_counts_documents_passages_languages_types) {
  auto r = run_lexkz({"stats", "--db", index().db, "--format", "json"});
  BOOST_REQUIRE_EQUAL(r.exit_code, 0);
  json s = json::parse(r.out);
  // 9 text files + 4 JSONL records + 2 PDFs (the scanned PDF needs --ocr: tests/cli_pdf_test.cc)
  // + a DOCX, an ODT and an RTF
  BOOST_CHECK_EQUAL(s["documents"], 18);
  BOOST_CHECK_EQUAL(s["passages"], 130);
  BOOST_CHECK_EQUAL(s["lang"], json::parse(R"({"kk":50,"ru":80})"));
  BOOST_CHECK_EQUAL(s["type"],
                    json::parse(R"({"convention":2,"other":33,"ruling":3,"statute":81,"transcript":11})"));
  BOOST_CHECK_EQUAL(s["kind"]["note"], 5);
  BOOST_CHECK_EQUAL(s["kind"]["turn"], 9);
}

BOOST_AUTO_TEST_CASE(searches_return_exact_passages_cites_and_highlights) {
  for (const Row& row : kRows) {
    std::string q;
    for (const auto& a : row.args) q += a + " ";
    BOOST_TEST_CONTEXT("search " << q) {
      Search s = search(row.args);
      BOOST_CHECK_EQUAL(s.run.exit_code, 0);
      std::set<std::string> got = s.passages();
      BOOST_CHECK_MESSAGE(got == row.passages, "got:" << show(got) << "\n  want:" << show(row.passages));
      BOOST_CHECK_EQUAL(got.size(), s.hits.size());  // no passage twice
      if (row.marked.empty()) continue;
      const json* hit = s.find(row.marked_doc, row.marked_cite);
      BOOST_REQUIRE_MESSAGE(hit, "no hit " << row.marked_doc << " " << row.marked_cite);
      std::string snippet = (*hit)["snippet"];
      BOOST_CHECK_MESSAGE(snippet.find(row.marked) != std::string::npos, "snippet: " << snippet);
    }
  }
}

BOOST_AUTO_TEST_CASE(hits_carry_the_contract_fields) {
  Search s = search({"--type", "ruling", "кемсітушілік"});
  BOOST_REQUIRE_EQUAL(s.hits.size(), 1u);
  const json& h = s.hits[0];
  BOOST_CHECK_EQUAL(h["rank"], 1);
  BOOST_CHECK_EQUAL(h["doc"], "ruling-2024-018");
  BOOST_CHECK_EQUAL(h["passage"], 0);
  BOOST_CHECK_EQUAL(h["lang"], "kk");
  BOOST_CHECK_EQUAL(h["type"], "ruling");
  BOOST_CHECK_EQUAL(h["date"], "2024-03-15");
  BOOST_CHECK_EQUAL(h["title"], "Жұмысқа қабылдаудағы кемсітушілік туралы іс бойынша апелляциялық алқаның қаулысы");
  BOOST_CHECK(h["score"].get<double>() > 0);
  BOOST_CHECK(h["tags"].is_array());
  // marks: byte ranges of the plain snippet (without brackets) that hold the match.
  std::string snippet = h["snippet"], plain;
  for (std::size_t i = 0; i < snippet.size(); ++i) {
    if (snippet.compare(i, 2, "[[") == 0 || snippet.compare(i, 2, "]]") == 0) ++i;
    else plain += snippet[i];
  }
  BOOST_REQUIRE_EQUAL(h["marks"].size(), 1u);
  std::size_t b = h["marks"][0][0], e = h["marks"][0][1];
  BOOST_REQUIRE_LE(e, plain.size());
  BOOST_CHECK_EQUAL(plain.substr(b, e - b), "кемсітушілік");
  // An HTML page's title comes from <title>.
  Search page = search({"памятка"});
  BOOST_REQUIRE(!page.hits.empty());
  BOOST_CHECK_EQUAL(page.hits[0]["title"], "Памятка работнику: что делать при домогательствах");
}

BOOST_AUTO_TEST_CASE(facets_count_languages_and_types) {
  Search s = search({"--facets", "дискриминация"});
  BOOST_REQUIRE_EQUAL(s.run.exit_code, 0);
  BOOST_REQUIRE(s.facets.is_object());
  BOOST_CHECK_EQUAL(s.facets["total"], 11);
  BOOST_CHECK_EQUAL(s.hits.size(), 11u);
  BOOST_CHECK_EQUAL(s.facets["facets"]["lang"], json::parse(R"({"ru":11})"));
  BOOST_CHECK_EQUAL(s.facets["facets"]["type"], json::parse(R"({"other":2,"ruling":2,"statute":6,"transcript":1})"));
  Search kk = search({"--facets", "--lang", "kk", "қудалау"});
  BOOST_CHECK_EQUAL(kk.facets["facets"]["lang"], json::parse(R"({"kk":4})"));
  BOOST_CHECK_EQUAL(kk.facets["facets"]["type"], json::parse(R"({"other":3,"transcript":1})"));
}

BOOST_AUTO_TEST_CASE(a_bad_query_is_one_line_and_exit_2) {
  for (const char* q : {"\"дискриминация", "дискриминация AND", "(дискриминация OR"}) {
    BOOST_TEST_CONTEXT(q) {
      auto r = run_lexkz({"search", "--db", index().db, q});
      BOOST_CHECK_EQUAL(r.exit_code, 2);
      BOOST_CHECK(r.out.empty());
      auto lines = lines_of(r.err);
      BOOST_CHECK_EQUAL(lines.size(), 1u);
      BOOST_CHECK(r.err.starts_with("lexkz: error: "));
    }
  }
}

BOOST_AUTO_TEST_CASE(a_phrase_inside_near_is_answered_or_rejected_never_a_crash) {
  // Xapian's OP_NEAR takes only single terms; a phrase operand must be rewritten or
  // refused with one line, not escape as an uncaught Xapian::UnimplementedError (abort).
  for (const char* q : {"\"сексуальное домогательство\" NEAR/5 работодатель",
                        "работодатель ADJ/3 \"сексуальное домогательство\""}) {
    BOOST_TEST_CONTEXT(q) {
      auto r = run_lexkz({"search", "--db", index().db, "--format", "jsonl", q});
      BOOST_CHECK_MESSAGE(r.exit_code == 0 || r.exit_code == 2, "exit " << r.exit_code << ": " << r.err);
      if (r.exit_code == 2) BOOST_CHECK_EQUAL(lines_of(r.err).size(), 1u);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_missing_database_is_a_clear_error) {
  std::string missing = (index().dir / "no-such-db").string();
  for (const char* cmd : {"search", "stats"}) {
    std::vector<std::string> args = {cmd, "--db", missing};
    if (std::string(cmd) == "search") args.push_back("дискриминация");
    auto r = run_lexkz(args);
    BOOST_CHECK_NE(r.exit_code, 0);
    BOOST_CHECK_EQUAL(lines_of(r.err).size(), 1u);
    BOOST_CHECK_MESSAGE(r.err.find(missing) != std::string::npos && r.err.find("lexkz index") != std::string::npos,
                        r.err);
    BOOST_CHECK(!std::filesystem::exists(missing));  // a search never creates a database
  }
}

BOOST_AUTO_TEST_CASE(reindexing_the_same_input_changes_nothing) {
  index();
  auto before = run_lexkz({"stats", "--db", index().db, "--format", "json"});
  auto r = run_lexkz({"index", "--db", index().db, kCorpus});
  BOOST_CHECK_EQUAL(r.exit_code, 0);
  BOOST_CHECK_MESSAGE(r.err.find("0 added, 0 replaced, 18 unchanged") != std::string::npos, r.err);
  auto after = run_lexkz({"stats", "--db", index().db, "--format", "json"});
  BOOST_CHECK_EQUAL(before.out, after.out);
  BOOST_CHECK_EQUAL(search({"домогательство"}).passages().size(), kHarassment.size());
}

BOOST_AUTO_TEST_CASE(jsonl_on_stdin_is_indexed_with_its_metadata) {
  std::ifstream in(kCorpus + "batch-2024.jsonl");
  std::string batch((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  BOOST_REQUIRE(!batch.empty());
  std::string db = (index().dir / "stdin-db").string();
  auto r = run_lexkz({"index", "--db", db, "-"}, batch);
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  BOOST_CHECK_MESSAGE(r.err.find("4 added") != std::string::npos, r.err);
  Search s = search({"домогательство"}, db);
  BOOST_CHECK_EQUAL(show(s.passages()), show({"convention-excerpt|Статья 1"}));
  Search kk = search({"--type", "other", "аңду"}, db);
  BOOST_CHECK_EQUAL(show(kk.passages()), show({"press-release-kk|1-абзац"}));
  if (!kk.hits.empty()) BOOST_CHECK_EQUAL(kk.hits[0]["lang"], "kk");  // detected: the record has no "lang"
}

#define BOOST_TEST_MODULE cli_metadata
// End to end through the real binary (issue 10, part 3): metadata from sidecars, JSONL
// and the opening lines of laws and rulings in both languages; the status filter in the
// query and as --status; the newest edition of an act by default and every edition with
// --all-versions, over one and over two --db; the date-filter warning; stats per status;
// the same metadata in search, define and tag output, every line parsed back.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

using lexkz::testing::run_process;
using lexkz::testing::TempDir;
using nlohmann::json;

namespace {

void write(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

// Two editions of one act: the number printed two ways (Latin V, then Cyrillic І in
// "VІ"-style), the same adoption date, different editions.
const std::string kEdition2020 =
    "О равных возможностях\n"
    "Закон Республики Казахстан от 16 ноября 2015 года № 401-V ЗРК.\n"
    "(с изменениями и дополнениями по состоянию на 01.01.2020 г.)\n\n"
    "Статья 1. Основные понятия\n\n"
    "1) дискриминация – любое различие, исключение или предпочтение по признаку пола.\n";
const std::string kEdition2024 =
    "О равных возможностях\n"
    "Закон Республики Казахстан от 16 ноября 2015 года №401-V\n"
    "(с изменениями и дополнениями по состоянию на 01.01.2024 г.)\n\n"
    "Статья 1. Основные понятия\n\n"
    "1) дискриминация – любое различие, исключение или предпочтение по признаку пола и возраста.\n";
const std::string kLostForce =
    "О профилактике правонарушений\n"
    "Закон Республики Казахстан от 4 декабря 2009 года № 214-IV. Утратил силу Законом Республики Казахстан от "
    "30 декабря 2025 года № 245-VIII.\n\n"
    "Статья 1. Понятия\n\n"
    "1) преследование – неоднократное нежелательное наблюдение и дискриминация лица.\n";
const std::string kKazakh =
    "Тең мүмкіндіктер туралы\n"
    "Қазақстан Республикасының 2019 жылғы 27 желтоқсандағы № 293-VІ Заңы.\n\n"
    "1-бап. Негізгі ұғымдар\n\n"
    "1) кемсітушілік – жынысы бойынша кез келген айырмашылық.\n";
const std::string kRuling =
    "Дело № 2-1234/2023\n\n"
    "РЕШЕНИЕ\n"
    "ИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН\n\n"
    "12 марта 2023 года                город Алматы\n\n"
    "Суд установил, что истица подверглась дискриминации по признаку пола при приёме на работу.\n";
const std::string kNews = "Жиналыста дискриминация мәселесі талқыланды.\nҚатысушылар пікір алмасты.\n";

// Every line parses as an object with the metadata fields of cli/json_line.h, typed.
std::vector<json> parse_lines(const std::string& out) {
  std::vector<json> rows;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) {
    json j = json::parse(line);
    BOOST_REQUIRE(j.is_object());
    if (j.contains("facets")) continue;
    for (const char* k : {"date", "number", "status", "version", "source"})
      BOOST_TEST((j.contains(k) && j[k].is_string()), k << " in " << line);
    BOOST_TEST((j.contains("page") && j["page"].is_number_integer()), line);
    BOOST_TEST((j.contains("ocr") && j["ocr"].is_boolean()), line);
    BOOST_TEST(j.contains("ocr_confidence") == j.value("ocr", false), line);
    const std::string status = j.value("status", "");
    BOOST_TEST((status.empty() || status == "in_force" || status == "lost_force" || status == "not_in_force"));
    rows.push_back(std::move(j));
  }
  return rows;
}

std::set<std::string> docs_of(const std::vector<json>& rows) {
  std::set<std::string> out;
  for (const json& j : rows) out.insert(j["doc"].get<std::string>());
  return out;
}

// The folder of the issue: a sidecar, a law in each language, a lost-force act, two
// editions of one act, an undated news item.
struct Corpus {
  TempDir dir{"lexkz-meta"};
  std::string in = dir / "in", db = dir / "db";
  Corpus() {
    std::filesystem::create_directories(in);
    write(in + "/act-2020.txt", kEdition2020);
    write(in + "/act-2024.txt", kEdition2024);
    write(in + "/lost.txt", kLostForce);
    write(in + "/kk-law.txt", kKazakh);
    write(in + "/ruling.txt", kRuling);
    write(in + "/ruling.meta.json",
          R"({"title": "Решение о дискриминации при найме", "status": "in_force", "source": "https://office.sud.kz/case/1234", "date": "2023-03-14"})");
    write(in + "/news.txt", kNews);
    auto r = run_process({LEXKZ_BINARY, "index", "--db", db, in});
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  }
  std::vector<json> search(std::vector<std::string> args, std::string* err = nullptr) {
    std::vector<std::string> argv = {LEXKZ_BINARY, "search", "--db", db, "--format", "jsonl", "--limit", "100"};
    argv.insert(argv.end(), args.begin(), args.end());
    auto r = run_process(argv);
    BOOST_TEST(r.exit_code == 0, r.err);
    if (err) *err = r.err;
    return parse_lines(r.out);
  }
};

std::map<std::string, json> first_hit_per_doc(const std::vector<json>& rows) {
  std::map<std::string, json> out;
  for (const json& j : rows) out.emplace(j["doc"].get<std::string>(), j);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(metadata_from_openings_and_sidecar_reach_every_hit) {
  Corpus c;
  std::vector<json> rows = c.search({"--all-versions", "дискриминация"});
  for (json& j : c.search({"кемсітушілік"})) rows.push_back(std::move(j));
  auto hits = first_hit_per_doc(rows);
  BOOST_REQUIRE(hits.count("act-2020.txt") && hits.count("kk-law.txt") && hits.count("ruling.txt") &&
                hits.count("lost.txt"));
  const json& a = hits["act-2020.txt"];
  BOOST_TEST(a["number"] == "№ 401-V ЗРК");
  BOOST_TEST(a["date"] == "2015-11-16");
  BOOST_TEST(a["version"] == "2020-01-01");
  BOOST_TEST(a["title"] == "О равных возможностях");
  BOOST_TEST(a["source"] == c.in + "/act-2020.txt");  // the path, when nothing names a source
  BOOST_TEST(a["page"] == 0);
  BOOST_TEST(a["ocr"] == false);
  const json& kk = hits["kk-law.txt"];
  BOOST_TEST(kk["number"] == "№ 293-VІ");  // as printed, Cyrillic І kept
  BOOST_TEST(kk["date"] == "2019-12-27");
  BOOST_TEST(kk["title"] == "Тең мүмкіндіктер туралы");
  BOOST_TEST(hits["lost.txt"]["status"] == "lost_force");
  BOOST_TEST(hits["lost.txt"]["number"] == "№ 214-IV");  // not the repealing act's № 245-VIII
  // The sidecar wins over the opening lines (date, title) and gives status and source.
  const json& ruling = hits["ruling.txt"];
  BOOST_TEST(ruling["type"] == "ruling");
  BOOST_TEST(ruling["number"] == "№ 2-1234/2023");
  BOOST_TEST(ruling["date"] == "2023-03-14");
  BOOST_TEST(ruling["title"] == "Решение о дискриминации при найме");
  BOOST_TEST(ruling["status"] == "in_force");
  BOOST_TEST(ruling["source"] == "https://office.sud.kz/case/1234");
  // The sidecar is not a document.
  for (const auto& [doc, j] : hits) BOOST_TEST(doc.find(".meta.json") == std::string::npos);
  // number: finds the act however its number is written.
  BOOST_TEST(docs_of(c.search({"--all-versions", "number:401-V"})) == (std::set<std::string>{"act-2020.txt", "act-2024.txt"}));
  BOOST_TEST(docs_of(c.search({"number:№293-VI"})) == std::set<std::string>{"kk-law.txt"});
}

BOOST_AUTO_TEST_CASE(newest_edition_by_default_every_edition_on_request) {
  Corpus c;
  std::set<std::string> shown = docs_of(c.search({"дискриминация"}));
  BOOST_TEST(shown.count("act-2024.txt") == 1u);
  BOOST_TEST(shown.count("act-2020.txt") == 0u);
  BOOST_TEST(shown.count("ruling.txt") == 1u);  // unversioned documents are never hidden
  std::set<std::string> all = docs_of(c.search({"--all-versions", "дискриминация"}));
  BOOST_TEST(all.count("act-2020.txt") == 1u);
  BOOST_TEST(all.count("act-2024.txt") == 1u);

  // define: the same rule.
  auto r = run_process({LEXKZ_BINARY, "define", "--db", c.db, "--format", "jsonl", "дискриминация"});
  BOOST_TEST(r.exit_code == 0, r.err);
  std::set<std::string> defined = docs_of(parse_lines(r.out));
  BOOST_TEST(defined.count("act-2024.txt") == 1u);
  BOOST_TEST(defined.count("act-2020.txt") == 0u);
  r = run_process({LEXKZ_BINARY, "define", "--db", c.db, "--format", "jsonl", "--all-versions", "дискриминация"});
  BOOST_TEST(r.exit_code == 0, r.err);
  defined = docs_of(parse_lines(r.out));
  BOOST_TEST(defined.count("act-2020.txt") == 1u);
  BOOST_TEST(defined.count("act-2024.txt") == 1u);
}

BOOST_AUTO_TEST_CASE(editions_in_two_databases_are_compared_across_them) {
  TempDir dir("lexkz-meta2");
  std::filesystem::create_directories(dir.path / "a");
  std::filesystem::create_directories(dir.path / "b");
  write(dir / "a/act.txt", kEdition2020);
  write(dir / "b/act.txt", kEdition2024);
  for (const char* part : {"a", "b"}) {
    auto r = run_process({LEXKZ_BINARY, "index", "--db", dir / (std::string(part) + "-db"), dir / part});
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  }
  std::vector<std::string> argv = {LEXKZ_BINARY, "search", "--db", dir / "a-db", "--db", dir / "b-db",
                                   "--format", "jsonl", "дискриминация"};
  auto r = run_process(argv);
  BOOST_TEST(r.exit_code == 0, r.err);
  std::vector<json> rows = parse_lines(r.out);
  BOOST_REQUIRE(!rows.empty());
  for (const json& j : rows) BOOST_TEST(j["version"] == "2024-01-01");
  argv.push_back("--all-versions");
  r = run_process(argv);
  std::set<std::string> versions;
  for (const json& j : parse_lines(r.out)) versions.insert(j["version"].get<std::string>());
  BOOST_TEST(versions == (std::set<std::string>{"2020-01-01", "2024-01-01"}));
}

BOOST_AUTO_TEST_CASE(status_filters_in_the_query_and_as_an_option) {
  Corpus c;
  BOOST_TEST(docs_of(c.search({"дискриминация status:lost_force"})) == std::set<std::string>{"lost.txt"});
  BOOST_TEST(docs_of(c.search({"--status", "lost_force", "дискриминация"})) == std::set<std::string>{"lost.txt"});
  BOOST_TEST(docs_of(c.search({"--status", "in_force", "дискриминация"})) == std::set<std::string>{"ruling.txt"});
  // A filter alone lists what it allows.
  BOOST_TEST(docs_of(c.search({"--status", "lost_force"})) == std::set<std::string>{"lost.txt"});
  // define --status
  auto r = run_process({LEXKZ_BINARY, "define", "--db", c.db, "--format", "jsonl", "--status", "lost_force",
                        "дискриминация"});
  for (const json& j : parse_lines(r.out)) BOOST_TEST(j["status"] == "lost_force");
  // Unknown values are usage errors, not silent empty answers.
  r = run_process({LEXKZ_BINARY, "search", "--db", c.db, "дискриминация status:valid"});
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("unknown status") != std::string::npos, r.err);
  r = run_process({LEXKZ_BINARY, "search", "--db", c.db, "--status", "valid", "дискриминация"});
  BOOST_TEST(r.exit_code == 2);
}

BOOST_AUTO_TEST_CASE(a_date_filter_says_how_many_documents_it_cannot_see) {
  Corpus c;
  std::string err;
  std::vector<json> rows = c.search({"--from", "2000-01-01", "дискриминация"}, &err);
  BOOST_TEST(err.find("1 of 6 documents have no date; a date filter leaves them out") != std::string::npos, err);
  BOOST_TEST(docs_of(rows).count("news.txt") == 0u);
  // No date filter, no warning.
  c.search({"дискриминация"}, &err);
  BOOST_TEST(err.find("have no date") == std::string::npos, err);
}

BOOST_AUTO_TEST_CASE(stats_count_documents_per_status_and_dates) {
  Corpus c;
  auto r = run_process({LEXKZ_BINARY, "stats", "--db", c.db, "--format", "json"});
  BOOST_REQUIRE(r.exit_code == 0);
  json s = json::parse(r.out);
  BOOST_TEST(s["status"]["lost_force"] == 1);
  BOOST_TEST(s["status"]["in_force"] == 1);
  BOOST_TEST(s["status"]["unknown"] == 4);
  BOOST_TEST(s["dated"] == 5);
  BOOST_TEST(s["undated"] == 1);
  r = run_process({LEXKZ_BINARY, "stats", "--db", c.db});
  BOOST_TEST(r.out.find("lost_force=1") != std::string::npos, r.out);
  BOOST_TEST(r.out.find("undated=1") != std::string::npos, r.out);
}

BOOST_AUTO_TEST_CASE(tag_prints_the_metadata_index_stores) {
  Corpus c;
  auto r = run_process({LEXKZ_BINARY, "tag", "--all", c.in});
  BOOST_TEST(r.exit_code == 0, r.err);
  std::vector<json> tagged = parse_lines(r.out);
  std::vector<json> hits = c.search({"--all-versions", "дискриминация"});
  for (json& j : c.search({"кемсітушілік"})) hits.push_back(std::move(j));
  BOOST_REQUIRE(!hits.empty());
  std::map<std::pair<std::string, int>, json> by_passage;
  for (const json& t : tagged) by_passage[{t["doc"], t["passage"]}] = t;
  for (const json& h : hits) {
    BOOST_TEST_CONTEXT(h.dump()) {
      auto it = by_passage.find({h["doc"], h["passage"]});
      BOOST_REQUIRE(it != by_passage.end());
      for (const char* k : {"title", "type", "date", "number", "status", "version", "source", "page", "ocr"})
        BOOST_TEST(it->second[k] == h[k], k);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_changed_sidecar_reindexes_its_document) {
  Corpus c;
  write(c.in + "/ruling.meta.json", R"({"status": "lost_force"})");
  auto r = run_process({LEXKZ_BINARY, "index", "--db", c.db, c.in});
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(r.err.find("0 added, 1 replaced, 5 unchanged") != std::string::npos, r.err);
  auto hits = first_hit_per_doc(c.search({"--status", "lost_force", "дискриминация"}));
  BOOST_REQUIRE(hits.count("ruling.txt") == 1u);
  BOOST_TEST(hits["ruling.txt"]["date"] == "2023-03-12");  // the opening line's, now the sidecar has none
  BOOST_TEST(hits["ruling.txt"]["source"] == c.in + "/ruling.txt");
}

BOOST_AUTO_TEST_CASE(bad_sidecars_and_jsonl_fields_are_rejected_one_line_each) {
  TempDir dir("lexkz-meta3");
  write(dir / "good.txt", kRuling);
  write(dir / "bad.txt", kRuling);
  write(dir / "bad.txt.meta.json", R"({"staus": "in_force"})");
  write(dir / "worse.txt", kRuling);
  write(dir / "worse.meta.json", R"({"status": "valid"})");
  write(dir / "batch.jsonl",
        "{\"id\":\"j1\",\"text\":\"Дискриминация запрещена.\",\"number\":\"№ 5\",\"status\":\"in_force\",\"version\":\"2024-01-01\"}\n"
        "{\"id\":\"j2\",\"text\":\"Дискриминация запрещена.\",\"status\":\"repealed\"}\n"
        "{\"id\":\"j3\",\"text\":\"Дискриминация запрещена.\",\"version\":\"1.1.2024\"}\n");
  auto r = run_process({LEXKZ_BINARY, "index", "--db", dir / "db", dir.path.string()});
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find(dir / "bad.txt.meta.json" + ": unknown field \"staus\"") != std::string::npos, r.err);
  BOOST_TEST(r.err.find(dir / "worse.meta.json" + ": unknown \"status\" \"valid\"") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("batch.jsonl:2: unknown \"status\" \"repealed\"") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("batch.jsonl:3: \"version\" must be YYYY-MM-DD") != std::string::npos, r.err);
  r = run_process({LEXKZ_BINARY, "search", "--db", dir / "db", "--format", "jsonl", "дискриминация"});
  std::vector<json> rows = parse_lines(r.out);
  BOOST_TEST(docs_of(rows) == (std::set<std::string>{"good.txt", "j1"}));
  for (const json& j : rows)
    if (j["doc"] == "j1") {
      BOOST_TEST(j["number"] == "№ 5");
      BOOST_TEST(j["status"] == "in_force");
      BOOST_TEST(j["version"] == "2024-01-01");
    }
}

#define BOOST_TEST_MODULE cli_office_formats
#include <boost/test/unit_test.hpp>
// DOCX, ODT and RTF end to end (issue 10): the real binary indexes a folder holding the
// samples of corpora/ (built by corpora/make/office_samples.py) next to a .txt statute, and
// a search for an inflected form found in each one's body returns the right document, the
// right cite — article and point for statutes, so Word's and LibreOffice's automatic
// numbering must survive — and the title from the document properties (which differs from
// each file's first line). Content decides the format: the same files renamed to .txt or
// without an extension are read the same way.
#include <filesystem>
#include <set>
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
using nlohmann::json;

const fs::path kCorpus = LEXKZ_SOURCE_DIR "/corpora";
const char* const kDocx = "statute-workplace-violence.ru.docx";
const char* const kOdt = "statute-stalking.kk.odt";
const char* const kRtf = "ruling-insult.kk.rtf";

struct Indexed {
  lexkz::testing::TempDir tmp{"lexkz-office"};
  std::string db = (tmp.path / "db").string();
  ProcessResult run;
  explicit Indexed(const std::vector<std::pair<std::string, std::string>>& files) {  // {source, name}
    fs::create_directory(tmp.path / "in");
    for (const auto& [src, name] : files) fs::copy_file(kCorpus / src, tmp.path / "in" / name);
    run = run_lexkz({"index", "--db", db, (tmp.path / "in").string()});
  }
  std::vector<json> search(const std::vector<std::string>& args) const {
    std::vector<std::string> argv = {"search", "--db", db, "--format", "jsonl", "--limit", "100"};
    argv.insert(argv.end(), args.begin(), args.end());
    ProcessResult r = run_lexkz(argv);
    BOOST_TEST(r.exit_code == 0, r.err);
    std::vector<json> hits;
    for (const std::string& line : lines_of(r.out)) hits.push_back(json::parse(line));
    return hits;
  }
};

const Indexed& samples() {
  static Indexed idx({{kDocx, kDocx}, {kOdt, kOdt}, {kRtf, kRtf}, {"statute-labour-equality.ru.txt", "labour.txt"}});
  return idx;
}

std::set<std::string> cites(const std::vector<json>& hits, const std::string& doc) {
  std::set<std::string> out;
  for (const json& h : hits)
    if (h["doc"] == doc) out.insert(h["cite"].get<std::string>());
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_format_is_indexed) {
  const Indexed& s = samples();
  BOOST_TEST(s.run.exit_code == 0, s.run.err);
  BOOST_TEST(s.run.err.find("4 added, 0 replaced, 0 unchanged, 0 removed, 0 rejected") != std::string::npos, s.run.err);
}

BOOST_AUTO_TEST_CASE(docx_numbering_table_footnote_title) {
  const Indexed& s = samples();
  // "травлей" finds травля / травли / травле; the points are numbered by Word, not in the text.
  auto hits = s.search({"травлей"});
  std::set<std::string> got = cites(hits, kDocx);
  for (const char* cite : {"Статья 1, п. 1", "Статья 2, п. 1", "Статья 2, п. 2-1"})
    BOOST_TEST(got.count(cite) == 1u, cite << " missing; got " << hits.size() << " hits");
  for (const json& h : hits) {
    BOOST_TEST(h["doc"] == kDocx);
    BOOST_TEST(h["title"] == "Примерный закон о защите работников от насилия и травли");  // docProps/core.xml
    BOOST_TEST(h["type"] == "statute");
    BOOST_TEST(h["lang"] == "ru");
  }
  for (const json& h : hits)
    if (h["cite"] == "Статья 2, п. 2-1") BOOST_TEST(h["snippet"].get<std::string>().find("2-1) сохранять") == 0u, h["snippet"]);
  // The table's rows and the footnote are text; the page header is not.
  auto table = s.search({"штрафом"});
  BOOST_TEST_REQUIRE(table.size() == 1u);
  BOOST_TEST(table[0]["cite"] == "Статья 3");
  BOOST_TEST(table[0]["snippet"].get<std::string>().find("Повторное непринятие мер | [[Штраф]]") != std::string::npos,
             table[0]["snippet"]);
  BOOST_TEST(s.search({"\"учебного примера\""}).size() == 1u);
  BOOST_TEST(s.search({"колонтитул"}).empty());
  BOOST_TEST(s.search({"экземпляр"}).empty());
}

BOOST_AUTO_TEST_CASE(odt_numbering_and_title) {
  const Indexed& s = samples();
  auto hits = s.search({"аңдуды"});
  BOOST_TEST(cites(hits, kOdt).count("1-бап, 1-тармақ") == 1u);
  auto order = s.search({"нұсқамалары"});  // нұсқамасын, нұсқамасы, нұсқама
  std::set<std::string> got = cites(order, kOdt);
  BOOST_TEST(got.count("2-бап, 1-тармақ") == 1u);
  BOOST_TEST(got.count("3-бап") == 1u);  // the table
  for (const json& h : order) {
    BOOST_TEST(h["title"] == "Аңдудан қорғау туралы үлгі заң");  // meta.xml
    BOOST_TEST(h["lang"] == "kk");
    BOOST_TEST(h["type"] == "statute");
  }
  BOOST_TEST(s.search({"қызметтік"}).empty());  // the header in styles.xml
}

BOOST_AUTO_TEST_CASE(rtf_cp1251_and_unicode_escapes) {
  const Indexed& s = samples();
  // "айғақтары": ғ and қ came as \uN escapes, the other letters as cp1251 \'hh bytes.
  auto hits = s.search({"айғақтары"});
  BOOST_TEST_REQUIRE(hits.size() == 1u);
  BOOST_TEST(hits[0]["doc"] == kRtf);
  BOOST_TEST(hits[0]["cite"] == "2-абзац");
  BOOST_TEST(hits[0]["title"] == "Қалалық соттың азаматтық іс бойынша шешімі");  // {\info{\title}}
  BOOST_TEST(hits[0]["lang"] == "kk");
  BOOST_TEST(hits[0]["snippet"].get<std::string>().find("куәлардың [[айғақтарымен]] анықтады") != std::string::npos,
             hits[0]["snippet"]);
  BOOST_TEST(cites(s.search({"фактілерін"}), kRtf) == std::set<std::string>{"3-абзац"});
  BOOST_TEST(s.search({"қызметтік"}).empty());  // {\header}
}

BOOST_AUTO_TEST_CASE(content_decides_the_format) {
  // The three samples renamed: .txt, no extension, and an RTF under .doc as court archives
  // have them. A directory walk sniffs the file without an extension.
  Indexed renamed({{kDocx, "law.txt"}, {kOdt, "stalking"}, {kRtf, "ruling.doc"}});
  BOOST_TEST(renamed.run.exit_code == 0, renamed.run.err);
  BOOST_TEST(renamed.run.err.find("3 added") != std::string::npos, renamed.run.err);
  BOOST_TEST(cites(renamed.search({"травлей"}), "law.txt").count("Статья 2, п. 2-1") == 1u);
  BOOST_TEST(cites(renamed.search({"аңдуды"}), "stalking").count("1-бап, 1-тармақ") == 1u);
  BOOST_TEST(cites(renamed.search({"айғақтары"}), "ruling.doc") == std::set<std::string>{"2-абзац"});
}

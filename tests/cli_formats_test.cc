#define BOOST_TEST_MODULE cli_formats
#include <boost/test/unit_test.hpp>
// Issue 10, "Done means": the real binary indexes ONE folder holding every format of the
// sample corpus (.txt, .html, .jsonl, a text PDF statute, a text PDF ruling, a scanned PDF, a
// DOCX, an ODT and an RTF), two of them with a NAME.meta.json sidecar; then a search for an
// inflected form found in each one's body returns the right document, the right cite (page
// for prose, article and point for statutes) and the metadata. The scanned page is found only
// when the folder is indexed with --ocr, and its hit is marked "ocr": true.
#include <filesystem>
#include <fstream>
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

// The sample corpus copied (files only) with two sidecars, indexed with or without --ocr.
struct Folder {
  lexkz::testing::TempDir tmp{"lexkz-formats"};
  std::string db = (tmp.path / "db").string();
  ProcessResult run;
  explicit Folder(bool ocr) {
    const fs::path in = tmp.path / "in";
    fs::create_directory(in);
    for (const auto& entry : fs::directory_iterator(kCorpus))
      if (entry.is_regular_file() && entry.path().filename() != "README.md")
        fs::copy_file(entry.path(), in / entry.path().filename());
    std::ofstream(in / "statute-dignity.ru.pdf.meta.json")
        << R"({"number": "№ 17-VIII", "date": "2026-03-02", "status": "in_force", "version": "2026-06-01"})";
    std::ofstream(in / "ruling-insult.kk.meta.json")
        << R"({"number": "№ 2-845/2026", "date": "2026-04-14", "type": "ruling", "status": "lost_force"})";
    std::vector<std::string> argv = {"index", "--db", db};
    if (ocr) argv.push_back("--ocr");
    argv.push_back(in.string());
    run = run_lexkz(argv);
  }
  std::vector<json> search(const std::vector<std::string>& args) const {
    std::vector<std::string> argv = {"search", "--db", db, "--format", "jsonl", "--limit", "200"};
    argv.insert(argv.end(), args.begin(), args.end());
    ProcessResult r = run_lexkz(argv);
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    std::vector<json> hits;
    for (const std::string& line : lines_of(r.out)) hits.push_back(json::parse(line));
    return hits;
  }
};

const Folder& plain() {
  static Folder f(/*ocr=*/false);
  return f;
}
const Folder& with_ocr() {
  static Folder f(/*ocr=*/true);
  return f;
}

// The hit of `doc` with `cite` among `hits`, or nullptr.
const json* find_hit(const std::vector<json>& hits, const std::string& doc, const std::string& cite) {
  for (const json& h : hits)
    if (h["doc"] == doc && h["cite"] == cite) return &h;
  return nullptr;
}

std::size_t hits_in(const std::vector<json>& hits, const std::string& doc) {
  std::size_t n = 0;
  for (const json& h : hits) n += h["doc"] == doc;
  return n;
}

}  // namespace

BOOST_AUTO_TEST_CASE(one_folder_of_every_format_indexes_with_one_warning_for_the_scan) {
  const ProcessResult& r = plain().run;
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(r.err.find("scan-appeal.ru.pdf: 1 page has no text; use --ocr") != std::string::npos, r.err);
  BOOST_TEST(r.err.find(" 0 rejected") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(pdf_statute_cites_article_and_prose_page_with_sidecar_metadata) {
  // "достоинства" is found as "достоинство", "достоинства", "достоинству" alike.
  auto hits = plain().search({"достоинству"});
  const json* preamble = find_hit(hits, "statute-dignity.ru.pdf", "стр. 1, абз. 2");
  BOOST_TEST_REQUIRE(preamble != nullptr);
  BOOST_TEST((*preamble)["page"] == 1);
  BOOST_TEST((*preamble)["ocr"] == false);
  BOOST_TEST((*preamble)["number"] == "№ 17-VIII");
  BOOST_TEST((*preamble)["date"] == "2026-03-02");
  BOOST_TEST((*preamble)["status"] == "in_force");
  BOOST_TEST((*preamble)["version"] == "2026-06-01");
  bool article = false;
  for (const json& h : hits)
    article |= h["doc"] == "statute-dignity.ru.pdf" && h["cite"].get<std::string>().rfind("Статья ", 0) == 0;
  BOOST_TEST(article, "no article cite among the PDF statute's hits");
}

BOOST_AUTO_TEST_CASE(pdf_ruling_prose_cites_its_page) {
  auto hits = plain().search({"талаптары"});  // талап 'claim', inflected
  const json* hit = find_hit(hits, "ruling-workplace.kk.pdf", "1-бет, 2-абзац");
  BOOST_TEST_REQUIRE(hit != nullptr);
  BOOST_TEST((*hit)["page"] == 1);
  BOOST_TEST((*hit)["lang"] == "kk");
}

BOOST_AUTO_TEST_CASE(docx_statute_keeps_word_numbering_in_its_cites) {
  auto hits = plain().search({"травлей"});
  const json* hit = find_hit(hits, "statute-workplace-violence.ru.docx", "Статья 1, п. 1");
  BOOST_TEST_REQUIRE(hit != nullptr);
  BOOST_TEST((*hit)["title"] == "Примерный закон о защите работников от насилия и травли");
  BOOST_TEST((*hit)["page"] == 0);
}

BOOST_AUTO_TEST_CASE(odt_statute_keeps_list_numbering_in_its_cites) {
  auto hits = plain().search({"аңдуды"});
  BOOST_TEST(find_hit(hits, "statute-stalking.kk.odt", "1-бап, 1-тармақ") != nullptr);
}

BOOST_AUTO_TEST_CASE(rtf_ruling_is_found_with_its_sidecar) {
  auto hits = plain().search({"қорлау"});
  BOOST_TEST_REQUIRE(hits_in(hits, "ruling-insult.kk.rtf") > 0u);
  for (const json& h : hits) {
    if (h["doc"] != "ruling-insult.kk.rtf") continue;
    BOOST_TEST(h["type"] == "ruling");
    BOOST_TEST(h["status"] == "lost_force");
    BOOST_TEST(h["number"] == "№ 2-845/2026");
    BOOST_TEST(h["cite"].get<std::string>().find("-абзац") != std::string::npos, h["cite"]);
  }
  // The status filter, in the query and as an option, keeps it apart from acts in force.
  BOOST_TEST(hits_in(plain().search({"қорлау", "status:in_force"}), "ruling-insult.kk.rtf") == 0u);
  BOOST_TEST(hits_in(plain().search({"--status", "lost_force", "қорлау"}), "ruling-insult.kk.rtf") > 0u);
}

BOOST_AUTO_TEST_CASE(the_scanned_page_is_found_only_with_ocr) {
  // "внешность" on the scan; the query asks for another form of the noun.
  BOOST_TEST(hits_in(plain().search({"внешности"}), "scan-appeal.ru.pdf") == 0u);
  const ProcessResult& r = with_ocr().run;
  BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
  BOOST_TEST(r.err.find("use --ocr") == std::string::npos, r.err);
  auto hits = with_ocr().search({"внешности"});
  BOOST_TEST_REQUIRE(hits_in(hits, "scan-appeal.ru.pdf") == 1u);
  for (const json& h : hits) {
    if (h["doc"] != "scan-appeal.ru.pdf") continue;
    BOOST_TEST(h["ocr"] == true);
    BOOST_TEST(h["ocr_confidence"].get<double>() > 50.0);
    BOOST_TEST(h["page"] == 1);
    BOOST_TEST(h["cite"].get<std::string>().rfind("стр. 1, абз. ", 0) == 0u, h["cite"]);
  }
  // Text PDFs are not OCR'd: their hits stay unmarked.
  for (const json& h : with_ocr().search({"достоинству"})) BOOST_TEST(h["ocr"] == false);
}

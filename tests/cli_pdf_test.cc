#define BOOST_TEST_MODULE cli_pdf
#include <boost/test/unit_test.hpp>
// PDFs end to end (issue 10), with the real binary: the sample PDFs of corpora/ (made by
// corpora/make/pdf_samples.py) and tests/data/pdf/mixed.pdf (a text page and a scanned
// page) are indexed without and with --ocr; words from their bodies, in other inflected
// forms, find the right document and cite (article and point for the statute, page and
// paragraph for prose); the scan is found only with --ocr, and without it is warned about
// once. Hostile PDFs (encrypted, truncated, damaged, 10,000 empty pages, a 20,000 × 20,000
// pixel page) each get a one-line reason, exit 2, and the good files beside them are indexed. OCR is kept to two small
// pages: under the sanitizers everything is slower.
#include <sys/resource.h>

#include <filesystem>
#include <fstream>
#include <map>
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

const fs::path kSource = LEXKZ_SOURCE_DIR;

#if defined(__SANITIZE_ADDRESS__)
constexpr long kRssLimitMb = 1500;
#else
constexpr long kRssLimitMb = 300;
#endif

// The folder of sample PDFs, indexed once without and once with --ocr.
struct Samples {
  lexkz::testing::TempDir tmp{"lexkz-pdf"};
  std::string in, plain_db, ocr_db;
  ProcessResult plain, ocr;
  Samples() {
    in = tmp / "in";
    fs::create_directories(in);
    for (const char* name : {"statute-dignity.ru.pdf", "ruling-workplace.kk.pdf", "scan-appeal.ru.pdf"})
      fs::copy_file(kSource / "corpora" / name, fs::path(in) / name);
    fs::copy_file(kSource / "tests/data/pdf/mixed.pdf", fs::path(in) / "mixed.pdf");
    plain_db = tmp / "plain";
    ocr_db = tmp / "ocr";
    plain = run_lexkz({"index", "--db", plain_db, in});
    ocr = run_lexkz({"index", "--db", ocr_db, "--ocr", "--jobs", "2", in});
  }
};

const Samples& samples() {
  static Samples s;
  return s;
}

// doc|cite of every hit of a JSONL search.
std::set<std::string> hits(const std::string& db, const std::string& query) {
  ProcessResult r = run_lexkz({"search", "--db", db, "--format", "jsonl", "--limit", "50", query});
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, "search " << query << ": " << r.err);
  std::set<std::string> out;
  for (const std::string& line : lines_of(r.out)) {
    json h = json::parse(line);
    out.insert(h["doc"].get<std::string>() + "|" + h["cite"].get<std::string>());
  }
  return out;
}

std::size_t count_lines(const std::string& err, const std::string& line) {
  std::size_t n = 0;
  for (const std::string& l : lines_of(err)) n += l == line;
  return n;
}

void write(const fs::path& p, const std::string& bytes) { std::ofstream(p, std::ios::binary) << bytes; }

// A PDF of `n` empty pages, written out by hand (a 10,000-page file is 1 MB of repetition,
// not worth keeping in the repository).
std::string empty_pages_pdf(int n) {
  std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>"};
  std::string kids;
  for (int i = 0; i < n; ++i) kids += std::to_string(i + 3) + " 0 R ";
  objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(n) + " >>");
  for (int i = 0; i < n; ++i) objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
  std::string out = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  char entry[32];
  for (std::size_t o : offsets) {
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", o);
    out += entry;
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(without_ocr_each_scan_is_warned_about_once) {
  const Samples& s = samples();
  BOOST_TEST(s.plain.exit_code == 0, s.plain.err);  // a scan is not bad input: it needs --ocr
  // A PDF with no text at all is not indexed as an empty document; one warning says why.
  BOOST_TEST(count_lines(s.plain.err, "lexkz: warning: " + s.in +
                                          "/scan-appeal.ru.pdf: 1 page has no text; use --ocr (nothing else to read: "
                                          "not indexed)") == 1u,
             s.plain.err);
  // A PDF with some text is indexed, with exactly one warning about the pages it lacks.
  BOOST_TEST(count_lines(s.plain.err, "lexkz: warning: " + s.in + "/mixed.pdf: 1 page has no text; use --ocr") == 1u,
             s.plain.err);
  BOOST_TEST(lines_of(s.plain.err).size() == 3u, s.plain.err);  // the two warnings and the summary
  BOOST_TEST(s.plain.err.find("3 added, 0 replaced, 0 unchanged, 0 removed, 0 rejected") != std::string::npos,
             s.plain.err);
}

BOOST_AUTO_TEST_CASE(statute_cites_article_and_point_across_the_page_break) {
  const Samples& s = samples();
  // "оскорбительного" is hyphenated across a line end in the PDF ("оскорби-" / "тельного").
  BOOST_TEST(hits(s.plain_db, "оскорбительное") == (std::set<std::string>{"statute-dignity.ru.pdf|Статья 3, п. 2"}));
  // Article 4 starts on page 1; its point 3 opens page 2.
  BOOST_TEST(hits(s.plain_db, "несогласия") == (std::set<std::string>{"statute-dignity.ru.pdf|Статья 4, п. 3"}));
  BOOST_TEST(hits(s.plain_db, "очевидцы") == (std::set<std::string>{"statute-dignity.ru.pdf|Статья 4, п. 2"}));
  // Compounds broken at their hyphen keep it.
  BOOST_TEST(hits(s.plain_db, "\"сколько-нибудь\"") ==
             (std::set<std::string>{"statute-dignity.ru.pdf|Статья 3, п. 3"}));
  // The running header and the page numbers are not text.
  BOOST_TEST(hits(s.plain_db, "lexkz").count("statute-dignity.ru.pdf|Статья 4, п. 3") == 0u);
}

BOOST_AUTO_TEST_CASE(prose_cites_page_and_paragraph) {
  const Samples& s = samples();
  BOOST_TEST(hits(s.plain_db, "куәлар") == (std::set<std::string>{"ruling-workplace.kk.pdf|1-бет, 4-абзац"}));
  BOOST_TEST(hits(s.plain_db, "өтемақы") ==
             (std::set<std::string>{"ruling-workplace.kk.pdf|2-бет, 3-абзац", "ruling-workplace.kk.pdf|2-бет, 4-абзац"}));
  BOOST_TEST(hits(s.plain_db, "служебная").count("mixed.pdf|стр. 1, абз. 1") == 1u);
}

BOOST_AUTO_TEST_CASE(the_scan_is_found_only_with_ocr) {
  const Samples& s = samples();
  BOOST_TEST(hits(s.plain_db, "высмеивала").empty());
  BOOST_TEST(s.ocr.exit_code == 0, s.ocr.err);
  BOOST_TEST(s.ocr.err.find("4 added, 0 replaced, 0 unchanged, 0 removed, 0 rejected") != std::string::npos, s.ocr.err);
  BOOST_TEST(count_lines(s.ocr.err, "lexkz: " + s.in + "/scan-appeal.ru.pdf: OCR page 1 of 1") == 1u, s.ocr.err);
  BOOST_TEST(count_lines(s.ocr.err, "lexkz: " + s.in + "/mixed.pdf: OCR page 1 of 1") == 1u, s.ocr.err);
  BOOST_TEST(s.ocr.err.find("warning") == std::string::npos, s.ocr.err);
  BOOST_TEST(hits(s.ocr_db, "высмеивала") ==
             (std::set<std::string>{"scan-appeal.ru.pdf|стр. 1, абз. 1", "mixed.pdf|стр. 2, абз. 1"}));
  BOOST_TEST(hits(s.ocr_db, "\"апелляционная жалоба\"") ==
             (std::set<std::string>{"scan-appeal.ru.pdf|стр. 1, абз. 2", "mixed.pdf|стр. 2, абз. 2"}));
}

BOOST_AUTO_TEST_CASE(tag_reads_pdfs_too) {
  ProcessResult r = run_lexkz({"tag", (kSource / "corpora/statute-dignity.ru.pdf").string()});
  BOOST_TEST(r.exit_code == 0, r.err);
  std::set<std::string> cites;
  for (const std::string& line : lines_of(r.out)) cites.insert(json::parse(line)["cite"].get<std::string>());
  BOOST_TEST(cites.count("Статья 1, п. 1") == 1u, r.out);  // "травля – систематические враждебные действия"
  ProcessResult scan = run_lexkz({"tag", (kSource / "corpora/scan-appeal.ru.pdf").string()});
  BOOST_TEST(scan.exit_code == 0);
  BOOST_TEST(scan.out.empty());
  BOOST_TEST(scan.err.find("scan-appeal.ru.pdf: 1 page has no text; use --ocr") != std::string::npos, scan.err);
}

BOOST_AUTO_TEST_CASE(hostile_pdfs_are_rejected_one_line_each_and_the_rest_indexed) {
  lexkz::testing::TempDir tmp{"lexkz-pdf-hostile"};
  const fs::path in = tmp / "in";
  fs::create_directories(in);
  fs::copy_file(kSource / "tests/data/pdf/encrypted.pdf", in / "encrypted.pdf");
  fs::copy_file(kSource / "tests/data/pdf/huge-image.pdf", in / "huge-image.pdf");
  fs::copy_file(kSource / "corpora/ruling-workplace.kk.pdf", in / "good.pdf");
  std::ifstream statute(kSource / "corpora/statute-dignity.ru.pdf", std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(statute)), std::istreambuf_iterator<char>());
  write(in / "truncated.pdf", bytes.substr(0, bytes.size() / 2));
  write(in / "damaged.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << >>\n%%EOF\n");
  write(in / "empty-pages.pdf", empty_pages_pdf(10000));
  write(in / "good.txt", "Сот шешімі: талап қанағаттандырылсын.\n");

  const std::string db = tmp / "db";
  ProcessResult r = run_lexkz({"index", "--db", db, in.string()});
  BOOST_TEST(r.exit_code == 2, r.err);
  const std::map<std::string, std::string> want = {
      {"encrypted.pdf", "encrypted PDF (a password is needed to read it)"},
      {"truncated.pdf", "truncated PDF (no %%EOF at its end)"},
      {"damaged.pdf", "damaged PDF (poppler cannot read its structure)"},
  };
  for (const auto& [file, reason] : want)
    BOOST_TEST(count_lines(r.err, "lexkz: " + (in / file).string() + ": " + reason) == 1u, file << "\n" << r.err);
  for (const char* scan : {"empty-pages.pdf: 10000 pages", "huge-image.pdf: 1 page"})
    BOOST_TEST(r.err.find(std::string("lexkz: warning: ") + (in / scan).string()) != std::string::npos, r.err);
  BOOST_TEST(r.err.find("2 added, 0 replaced, 0 unchanged, 0 removed, 3 rejected") != std::string::npos, r.err);
  BOOST_TEST(hits(db, "өтемақы").size() == 2u);
  BOOST_TEST(hits(db, "қанағаттандырылсын") == (std::set<std::string>{"good.txt|1-абзац"}));

  // With --ocr: the giant page is refused before it is rendered, naming the cap; the
  // 10,000 blank pages are each looked at (at 24 dpi) and found to hold nothing.
  ProcessResult o = run_lexkz({"index", "--db", db, "--ocr", "--jobs", "2", (in / "huge-image.pdf").string(),
                               (in / "empty-pages.pdf").string(), (in / "good.pdf").string()});
  BOOST_TEST(o.exit_code == 2, o.err);
  BOOST_TEST(count_lines(o.err, "lexkz: " + (in / "huge-image.pdf").string() +
                                    ": page 1 is too large to OCR (20000×20000 pixels at 300 dpi; the cap is 64 megapixels)") ==
                 1u,
             o.err);
  BOOST_TEST(count_lines(o.err, "lexkz: " + (in / "empty-pages.pdf").string() +
                                    ": no text in the PDF (its 10000 pages are blank)") == 1u,
             o.err);
  BOOST_TEST(o.err.find("0 added, 0 replaced, 1 unchanged, 0 removed, 2 rejected") != std::string::npos, o.err);

  // The index is intact and nothing took unbounded memory.
  ProcessResult stats = run_lexkz({"stats", "--db", db, "--format", "json"});
  BOOST_REQUIRE_EQUAL(stats.exit_code, 0);
  BOOST_TEST(json::parse(stats.out)["documents"] == 2);
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  BOOST_TEST(usage.ru_maxrss / 1024 < kRssLimitMb);
}

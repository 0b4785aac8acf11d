#define BOOST_TEST_MODULE pdf_reader
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "indexer/pdf_reader.h"
#include "indexer/reader.h"
#include "indexer/splitter.h"

using namespace lexkz::indexer;

namespace {

// The sample PDFs are made by corpora/make/pdf_samples.py from text written for lexkz.
std::string slurp(const std::string& name) {
  std::ifstream in(std::string(LEXKZ_SOURCE_DIR) + "/corpora/" + name, std::ios::binary);
  BOOST_REQUIRE_MESSAGE(in, "missing corpora/" << name);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

int page_at(const PdfText& pdf, std::size_t offset) {
  int page = 0;
  for (const PageSpan& p : pdf.pages)
    if (p.start <= offset) page = p.number;
  return page;
}

bool contains(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

}  // namespace

BOOST_AUTO_TEST_CASE(statute_reads_like_a_txt_file) {
  PdfText pdf = read_pdf(slurp("statute-dignity.ru.pdf"));
  BOOST_TEST_MESSAGE(pdf.text);
  BOOST_REQUIRE_EQUAL(pdf.pages.size(), 2u);
  BOOST_TEST(pdf.pages[0].number == 1);
  BOOST_TEST(pdf.pages[1].number == 2);
  BOOST_TEST(!pdf.pages[0].ocr);
  BOOST_TEST(pdf.textless_pages == 0);
  BOOST_TEST(pdf.info.title == "Закон о защите достоинства работников");
  // The running header and the page numbers are gone, the title page heading is not.
  BOOST_TEST(!contains(pdf.text, "учебный текст lexkz)"));
  BOOST_TEST(!contains(pdf.text, "— 1 —"));
  BOOST_TEST(!contains(pdf.text, "—1—"));
  BOOST_TEST(contains(pdf.text, "ЗАКОН О ЗАЩИТЕ ДОСТОИНСТВА РАБОТНИКОВ"));
  // Hyphenation mended, compounds kept, each point one paragraph of its own.
  BOOST_TEST(contains(pdf.text, "\n\n2. Не допускается распространение оскорбительного содержания в служебной "
                                "переписке, в том числе в групповых чатах работников.\n\n"));
  BOOST_TEST(contains(pdf.text, "причинила ему сколько-нибудь значительный"));
  BOOST_TEST(contains(pdf.text, "статьей 108-1 Кодекса"));
  BOOST_TEST(contains(pdf.text, "\n\nСтатья 4. Порядок рассмотрения обращений\n\nОбращение работника"));
  // Article 4 goes on over the page break: point 3 is on page 2, point 2 on page 1.
  std::size_t p2 = pdf.text.find("2. В течение десяти");
  std::size_t p3 = pdf.text.find("3. Заключение уполномоченного");
  BOOST_REQUIRE(p2 != std::string::npos);
  BOOST_REQUIRE(p3 != std::string::npos);
  BOOST_TEST(page_at(pdf, p2) == 1);
  BOOST_TEST(page_at(pdf, p3) == 2);
  BOOST_TEST(pdf.text.substr(pdf.pages[1].start, 15) == "3. Заключ");
}

BOOST_AUTO_TEST_CASE(statute_splits_as_from_a_txt_file) {
  // The text, written to a .txt file and read back, splits into the same cites.
  PdfText pdf = read_pdf(slurp("statute-dignity.ru.pdf"));
  Document doc;
  doc.id = "x";
  doc.type = "statute";
  doc.text = pdf.text;
  std::vector<Passage> ps = split_document(doc);
  std::vector<std::string> cites;
  for (const Passage& p : ps) cites.push_back(p.cite);
  for (const char* want : {"Статья 1, п. 3", "Статья 3, п. 2", "Статья 4, п. 3", "Статья 4, п. 4", "Статья 5, п. 2"})
    BOOST_TEST((std::find(cites.begin(), cites.end(), want) != cites.end()), want);
}

BOOST_AUTO_TEST_CASE(ruling_paragraphs_and_pages) {
  PdfText pdf = read_pdf(slurp("ruling-workplace.kk.pdf"));
  BOOST_TEST_MESSAGE(pdf.text);
  BOOST_REQUIRE_EQUAL(pdf.pages.size(), 2u);
  BOOST_TEST(!contains(pdf.text, "1-бет"));
  BOOST_TEST(!contains(pdf.text, "шешім (lexkz оқу мәтіні)"));
  BOOST_TEST(contains(pdf.text, "(lexkz үшін оқу мәтіні)"));  // the title page's own line stays
  std::size_t p = pdf.text.find("Жұмыс беруші талапкердің өтінішін тексермеген");
  BOOST_REQUIRE(p != std::string::npos);
  BOOST_TEST(page_at(pdf, p) == 2);
  BOOST_TEST(pdf.text.substr(p - 2, 2) == "\n\n");
}

BOOST_AUTO_TEST_CASE(scan_without_ocr_has_no_text) {
  PdfText pdf = read_pdf(slurp("scan-appeal.ru.pdf"));
  BOOST_TEST(pdf.textless_pages == 1);
  BOOST_TEST(pdf.text.empty());
  BOOST_TEST(pdf.info.title.empty());  // PIL names it after the file: not a title
}

BOOST_AUTO_TEST_CASE(hostile_bytes_are_refused_with_a_reason) {
  const std::string good = slurp("statute-dignity.ru.pdf");
  auto reason = [](std::string_view bytes) {
    try {
      read_pdf(bytes);
    } catch (const PdfError& e) {
      return std::string(e.what());
    }
    return std::string("read");
  };
  BOOST_TEST(reason("") == "not a PDF (no %PDF- header)");
  BOOST_TEST(reason("hello") == "not a PDF (no %PDF- header)");
  BOOST_TEST(reason(std::string_view(good).substr(0, good.size() / 2)) == "truncated PDF (no %%EOF at its end)");
  BOOST_TEST(reason("%PDF-1.4\ngarbage garbage\n%%EOF\n") == "damaged PDF (poppler cannot read its structure)");
  BOOST_TEST(reason(good) == "read");
}

BOOST_AUTO_TEST_CASE(titles) {
  BOOST_TEST(sensible_pdf_title("Закон о защите достоинства работников"));
  BOOST_TEST(sensible_pdf_title("Постановление"));
  for (const char* bad : {"", "scan_0001", "reshenie.docx", "Решение суда.pdf", "doc1", "untitled", "12345"})
    BOOST_TEST(!sensible_pdf_title(bad), bad);
}

BOOST_AUTO_TEST_CASE(magic) {
  BOOST_TEST(looks_like_pdf("%PDF-1.7\n"));
  BOOST_TEST(looks_like_pdf("\xEF\xBB\xBFjunk %PDF-1.4"));
  BOOST_TEST(!looks_like_pdf("%PDF"));
  BOOST_TEST(!looks_like_pdf("Статья 1."));
}

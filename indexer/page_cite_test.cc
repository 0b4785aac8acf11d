#define BOOST_TEST_MODULE page_cite
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "indexer/page_cite.h"
#include "indexer/splitter.h"

using namespace lexkz::indexer;

namespace {

// Page i+1 starts at the i-th "\f" marker's position; the markers are replaced by nothing.
Document paginated(std::string text, const std::string& type, const char* lang) {
  Document doc;
  doc.id = "d";
  doc.type = type;
  doc.lang = lang;
  doc.pages.push_back(PageSpan{0, 1, false, 0});
  for (std::size_t at; (at = text.find('\f')) != std::string::npos;) {
    text.erase(at, 1);
    doc.pages.push_back(PageSpan{at, static_cast<int>(doc.pages.size()) + 1, false, 0});
  }
  doc.text = std::move(text);
  return doc;
}

std::vector<std::string> cites(const Document& doc) {
  std::vector<std::string> out;
  for (const Passage& p : split_document(doc)) out.push_back(p.cite);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(prose_cites_its_page_and_counts_paragraphs_on_it) {
  Document ru = paginated(
      "Первый абзац решения суда, достаточно длинный, чтобы стоять отдельно от остальных.\n\n"
      "Второй абзац решения суда, тоже достаточно длинный, чтобы стоять отдельно.\n\n\f"
      "Третий абзац на второй странице, достаточно длинный, чтобы стоять отдельно.\n\n"
      "Четвертый абзац, который начинается на второй странице и продолжается \fна третьей.",
      "ruling", "ru");
  BOOST_TEST(cites(ru) == (std::vector<std::string>{"стр. 1, абз. 1", "стр. 1, абз. 2", "стр. 2, абз. 1",
                                                    "стр. 2, абз. 2"}),
             boost::test_tools::per_element());
  Document kk = paginated(
      "Сот талапкердің өтінішін қарады және іс материалдарын толық зерттеді, куәларды тыңдады.\n\n\f"
      "Сот талапты ішінара қанағаттандыруды шешті, өтемақы мөлшерін белгіледі және бұйрықты жойды.",
      "other", "kk");
  BOOST_TEST(cites(kk) == (std::vector<std::string>{"1-бет, 1-абзац", "2-бет, 1-абзац"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(statutes_keep_article_and_point_cites) {
  Document doc = paginated(
      "Статья 4. Порядок\n\n1. Первый пункт статьи о порядке.\n\n\f2. Второй пункт статьи о порядке.", "statute",
      "ru");
  BOOST_TEST(cites(doc) == (std::vector<std::string>{"Статья 4", "Статья 4, п. 1", "Статья 4, п. 2"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(unpaginated_text_is_untouched) {
  Document doc;
  doc.id = "d";
  doc.type = "other";
  doc.lang = "ru";
  doc.text = "Первый абзац решения суда, достаточно длинный, чтобы стоять отдельно от остальных.";
  BOOST_TEST(cites(doc) == (std::vector<std::string>{"абз. 1"}), boost::test_tools::per_element());
  PassageRecord rec;
  fill_page(doc.pages, split_document(doc)[0], rec);
  BOOST_TEST(rec.page == 0);
  BOOST_TEST(!rec.ocr);
}

BOOST_AUTO_TEST_CASE(records_get_the_start_page_and_ocr_of_any_page) {
  std::vector<PageSpan> pages = {{0, 1, false, 0}, {100, 2, true, 80}, {200, 3, true, 90}, {300, 4, false, 0}};
  auto record = [&](std::size_t start, std::size_t end) {
    Passage p;
    p.start = start;
    p.end = end;
    PassageRecord rec;
    fill_page(pages, p, rec);
    return rec;
  };
  PassageRecord a = record(10, 50);
  BOOST_TEST(a.page == 1);
  BOOST_TEST(!a.ocr);
  PassageRecord b = record(90, 150);  // starts on page 1, goes on over the OCR'd page 2
  BOOST_TEST(b.page == 1);
  BOOST_TEST(b.ocr);
  BOOST_TEST(b.ocr_confidence == 80.f);
  PassageRecord c = record(150, 250);
  BOOST_TEST(c.page == 2);
  BOOST_TEST(c.ocr_confidence == 85.f);
  PassageRecord d = record(300, 310);
  BOOST_TEST(d.page == 4);
  BOOST_TEST(!d.ocr);
  BOOST_TEST(page_at({}, 5) == nullptr);
}

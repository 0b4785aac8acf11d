#define BOOST_TEST_MODULE document_metadata
#include <boost/test/unit_test.hpp>

#include "indexer/document_metadata.h"

using namespace lexkz::indexer;

namespace {
Passage span(std::size_t start, std::size_t end) {
  Passage p;
  p.start = start;
  p.end = end;
  return p;
}
}  // namespace

BOOST_AUTO_TEST_CASE(opening_lines_fill_only_what_is_missing) {
  Document d;
  d.type = "statute";
  d.text = "О доступе к информации\nЗакон Республики Казахстан от 16 ноября 2015 года № 401-V ЗРК.\n\n"
           "Статья 1. Понятия\n";
  d.date = "2015-11-24";  // given by a stronger source (JSONL, document properties)
  fill_from_opening(d, /*title=*/true, /*keep_type=*/false);
  BOOST_TEST(d.date == "2015-11-24");
  BOOST_TEST(d.number == "№ 401-V ЗРК");
  BOOST_TEST(d.title == "О доступе к информации");

  Document j = d;
  j.title.clear();
  fill_from_opening(j, /*title=*/false, /*keep_type=*/true);
  BOOST_TEST(j.title.empty());  // JSONL records keep the title they give, or none
}

BOOST_AUTO_TEST_CASE(a_court_act_becomes_a_ruling_unless_the_type_was_given) {
  Document d;
  d.text = "Дело № 2-5/2024\n\nРЕШЕНИЕ\n\n5 мая 2024 года\n\nСуд установил.\n";
  Document given = d;
  fill_from_opening(d, true, /*keep_type=*/false);
  BOOST_TEST(d.type == "ruling");
  BOOST_TEST(d.date == "2024-05-05");
  fill_from_opening(given, true, /*keep_type=*/true);
  BOOST_TEST(given.type == "other");
}

BOOST_AUTO_TEST_CASE(passages_get_their_page_and_ocr) {
  Document d;
  d.text = std::string(300, 'a');
  d.number = "№ 1";
  d.status = "in_force";
  d.source = "s.pdf";
  d.pages = {{0, 1, false, 0}, {100, 2, true, 80}, {200, 3, true, 90}};
  PassageRecord r;
  fill_passage_metadata(d, span(10, 50), r);
  BOOST_TEST(r.page == 1);
  BOOST_TEST(!r.ocr);
  BOOST_TEST(r.ocr_confidence == 0.0f);
  BOOST_TEST(r.number == "№ 1");
  BOOST_TEST(r.status == "in_force");
  BOOST_TEST(r.source == "s.pdf");
  fill_passage_metadata(d, span(150, 250), r);  // starts on page 2, runs into page 3
  BOOST_TEST(r.page == 2);
  BOOST_TEST(r.ocr);
  BOOST_TEST(r.ocr_confidence == 85.0f);
  fill_passage_metadata(d, span(50, 150), r);  // a text page running into an OCR'd one
  BOOST_TEST(r.page == 1);
  BOOST_TEST(r.ocr);
  BOOST_TEST(r.ocr_confidence == 80.0f);
  Document plain;
  plain.text = "x";
  fill_passage_metadata(plain, span(0, 1), r);
  BOOST_TEST(r.page == 0);
  BOOST_TEST(!r.ocr);
}

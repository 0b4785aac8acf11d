#define BOOST_TEST_MODULE ocr
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "indexer/ocr.h"
#include "indexer/pdf_reader.h"

using namespace lexkz::indexer;

namespace {
std::string slurp(const std::string& name) {
  std::ifstream in(std::string(LEXKZ_SOURCE_DIR) + "/corpora/" + name, std::ios::binary);
  BOOST_REQUIRE_MESSAGE(in, "missing corpora/" << name);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

// The scanned sample (corpora/make/pdf_samples.py: a 300 dpi bilevel image, no text layer).
BOOST_AUTO_TEST_CASE(scanned_page_is_read_with_tesseract) {
  PdfOptions options;
  options.ocr = true;
  std::vector<std::pair<int, int>> progress;
  options.on_ocr_page = [&](int done, int total) { progress.emplace_back(done, total); };
  PdfText pdf = read_pdf(slurp("scan-appeal.ru.pdf"), options);
  BOOST_TEST_MESSAGE(pdf.text);
  BOOST_REQUIRE_EQUAL(pdf.pages.size(), 1u);
  BOOST_TEST(pdf.pages[0].ocr);
  BOOST_TEST(pdf.pages[0].confidence > 70.f);
  BOOST_TEST(pdf.pages[0].confidence <= 100.f);
  BOOST_TEST(pdf.textless_pages == 0);
  BOOST_TEST((progress == std::vector<std::pair<int, int>>{{1, 1}}));
  for (const char* word : {"апелляционной", "высмеивал", "работодатель", "унижения", "удовлетворения"})
    BOOST_TEST(pdf.text.find(word) != std::string::npos, word);
}

BOOST_AUTO_TEST_CASE(blank_images_are_not_read) {
  std::vector<unsigned char> white(100 * 50, 255);
  GrayImage img{white.data(), 100, 50, 100, 300};
  BOOST_TEST(blank_image(img));
  white[77] = 0;
  BOOST_TEST(!blank_image(img));
  OcrEngine engine;
  std::vector<unsigned char> empty(200 * 200, 255);
  OcrText t = engine.recognize(GrayImage{empty.data(), 200, 200, 200, 300});
  BOOST_TEST(t.text.find_first_not_of(" \n") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(missing_language_data_is_an_error) {
  BOOST_CHECK_THROW(OcrEngine("xx_no_such_language"), OcrError);
}

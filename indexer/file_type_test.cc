#define BOOST_TEST_MODULE file_type
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "indexer/file_type.h"
#include "tests/support/zip_writer.h"

using namespace lexkz::indexer;
using lexkz::testing::make_zip;

namespace {

const std::string kOle2("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
const std::string kWordStream("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", 24);

std::string decide(const std::string& bytes, InputFormat ext) {
  std::string why;
  InputFormat f = decide_format(bytes, ext, &why);
  static const char* const kNames[] = {"unsupported", "txt", "html", "jsonl", "pdf", "docx", "odt", "rtf", "doc"};
  return std::string(kNames[static_cast<int>(f)]) + (why.empty() ? "" : ": " + why);
}

}  // namespace

BOOST_AUTO_TEST_CASE(extensions) {
  BOOST_TEST((format_of("A.TXT") == InputFormat::txt));
  BOOST_TEST((format_of("x.Docx") == InputFormat::docx));
  BOOST_TEST((format_of("x.odt") == InputFormat::odt));
  BOOST_TEST((format_of("x.RTF") == InputFormat::rtf));
  BOOST_TEST((format_of("x.doc") == InputFormat::doc));
  BOOST_TEST((format_of("x.pdf") == InputFormat::pdf));
  BOOST_TEST((format_of("x.meta.json") == InputFormat::unsupported));
  BOOST_TEST((format_of("x.docm") == InputFormat::unsupported));
}

BOOST_AUTO_TEST_CASE(content_wins_over_the_extension) {
  const std::string docx = make_zip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w/>"}});
  const std::string odt = make_zip({{"mimetype", "application/vnd.oasis.opendocument.text", true}, {"content.xml", "<x/>"}});
  const std::string ods = make_zip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet", true}, {"content.xml", "<x/>"}});
  const std::string xlsx = make_zip({{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<w/>"}});
  struct Row {
    std::string bytes;
    InputFormat ext;
    std::string want;
  };
  const std::vector<Row> rows = {
      {"%PDF-1.7\n", InputFormat::txt, "pdf"},  // a PDF renamed .txt is read as a PDF
      {"%PDF-1.7\n", InputFormat::unsupported, "pdf"},
      {docx, InputFormat::txt, "docx"},
      {docx, InputFormat::doc, "docx"},  // Word 2007+ saved with the old extension
      {docx, InputFormat::unsupported, "docx"},
      {odt, InputFormat::docx, "odt"},
      {"{\\rtf1\\ansi x}", InputFormat::doc, "rtf"},  // court archives' ".doc" that is RTF
      {"\xEF\xBB\xBF \r\n{\\rtf1 x}", InputFormat::txt, "rtf"},
      {kOle2 + kWordStream, InputFormat::doc, "doc"},
      {kOle2 + kWordStream, InputFormat::txt, "doc"},
      {"<!DOCTYPE html><p>x", InputFormat::txt, "html"},
      {"  <HTML><body>x", InputFormat::unsupported, "html"},
      {"<html><body>x", InputFormat::doc, "html"},  // Word's "web page" saved as .doc
      {"<html>x", InputFormat::jsonl, "jsonl"},
      {"Статья 1.", InputFormat::txt, "txt"},
      {"Статья 1.", InputFormat::html, "html"},
      {"<p>x</p>", InputFormat::txt, "txt"},
      // What the extension promised and the content is not.
      {"Статья 1.", InputFormat::docx, "unsupported: not a DOCX file (not a zip archive)"},
      {"Статья 1.", InputFormat::odt, "unsupported: not an ODT file (not a zip archive)"},
      {"Статья 1.", InputFormat::pdf, "unsupported: not a PDF file (no %PDF- signature)"},
      {"Статья 1.", InputFormat::rtf, "unsupported: not an RTF file (no {\\rtf signature)"},
      {"Статья 1.", InputFormat::doc, "unsupported: not a Word 97 file (no OLE2 signature)"},
      {xlsx, InputFormat::docx, "unsupported: not a Word document: the zip holds no word/document.xml"},
      {ods, InputFormat::odt, "unsupported: not an OpenDocument text (the zip's mimetype is another)"},
      {xlsx, InputFormat::unsupported, "unsupported: a zip archive, not a DOCX or ODT document"},
  };
  for (const Row& r : rows) BOOST_TEST_CONTEXT(r.want) { BOOST_TEST(decide(r.bytes, r.ext) == r.want); }
}

BOOST_AUTO_TEST_CASE(word97_and_walk_sniffing) {
  BOOST_TEST(is_word97(kOle2 + std::string(100, '\0') + kWordStream));
  BOOST_TEST(!is_word97(kOle2 + std::string("W\0o\0r\0k\0b\0o\0o\0k\0", 16)));  // an .xls
  BOOST_TEST(!is_word97("WordDocument"));
  // A directory walk reads unknown extensions only when the head shows a document.
  const std::string docx = make_zip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w/>"}});
  BOOST_TEST(worth_sniffing(docx.substr(0, 64)));
  BOOST_TEST(worth_sniffing("%PDF-1.4"));
  BOOST_TEST(worth_sniffing("{\\rtf1"));
  BOOST_TEST(!worth_sniffing("{\"title\": \"Закон\", \"status\": \"in_force\"}"));  // a NAME.meta.json
  BOOST_TEST(!worth_sniffing("Статья 1."));
  BOOST_TEST(!worth_sniffing("<html>"));
  BOOST_TEST(!worth_sniffing(kOle2));
  BOOST_TEST(!worth_sniffing(make_zip({{"photo.jpg", "x"}})));
  BOOST_TEST(!worth_sniffing(std::string("\x89PNG\r\n\x1A\n", 8)));
}

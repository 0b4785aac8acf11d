#define BOOST_TEST_MODULE odt_reader
#include <boost/test/unit_test.hpp>

#include <string>

#include "indexer/odt_reader.h"
#include "tests/support/zip_writer.h"

using namespace lexkz::indexer;

namespace {

const std::string kNs =
    " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
    " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
    " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";

// L1: "1)" with sub-levels "1.1." (display-levels 2) and Russian letters "а)".
const std::string kStyles =
    "<office:automatic-styles><text:list-style style:name=\"L1\">"
    "<text:list-level-style-number text:level=\"1\" style:num-suffix=\")\" style:num-format=\"1\"/>"
    "<text:list-level-style-number text:level=\"2\" style:num-suffix=\".\" style:num-format=\"1\" text:display-levels=\"2\"/>"
    "<text:list-level-style-number text:level=\"3\" style:num-suffix=\")\" style:num-format=\"а, б, .., аа, аб, ...\"/>"
    "</text:list-style><text:list-style style:name=\"L2\">"
    "<text:list-level-style-number text:level=\"1\" style:num-prefix=\"Статья \" style:num-suffix=\".\" "
    "style:num-format=\"1\" text:start-value=\"5\"/></text:list-style>"
    "<text:list-style style:name=\"B\"><text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\"/>"
    "</text:list-style></office:automatic-styles>";

std::string content(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content" + kNs + ">" + kStyles +
         "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
}

std::string item(const std::string& text, const std::string& extra = "") {
  return "<text:list-item><text:p>" + text + "</text:p>" + extra + "</text:list-item>";
}

}  // namespace

BOOST_AUTO_TEST_CASE(paragraphs_spaces_and_breaks) {
  auto got = odt_parts_to_text({content(
      "<text:h text:outline-level=\"1\">Глава  1</text:h>"
      "<text:p>Бір<text:s text:c=\"3\"/>екі<text:tab/>үш<text:line-break/>төрт <text:span>бес</text:span>"
      "<office:annotation><text:p>комментарий</text:p></office:annotation>"
      "<draw:frame><draw:text-box><text:p>рамка</text:p></draw:text-box></draw:frame></text:p>"
      "<text:section><text:p>в разделе</text:p></text:section>"),
                                "", ""});
  BOOST_TEST(got.text == "Глава 1\nБір   екі\tүш\nтөрт бес\nв разделе\n");
}

BOOST_AUTO_TEST_CASE(list_numbering_is_rendered) {
  const std::string body =
      "<text:list text:style-name=\"L1\">" + item("первый") +
      item("второй", "<text:list>" + item("вложенный") + item("ещё", "<text:list>" + item("буква") + item("буква") +
                                                                   "</text:list>") + "</text:list>") +
      "</text:list>"
      "<text:p>между списками</text:p>"
      "<text:list text:style-name=\"L1\" text:continue-numbering=\"true\">" + item("третий") + "</text:list>"
      "<text:list text:style-name=\"L1\">" + item("снова первый") + "</text:list>"
      "<text:list text:style-name=\"L2\">" + item("Понятия") + item("Задачи") + "</text:list>"
      "<text:list text:style-name=\"B\">" + item("пункт списка") + "</text:list>";
  auto got = odt_parts_to_text({content(body), "", ""});
  BOOST_TEST(got.text ==
             "1) первый\n2) второй\n2.1. вложенный\n2.2. ещё\nа) буква\nб) буква\nмежду списками\n3) третий\n"
             "1) снова первый\nСтатья 5. Понятия\nСтатья 6. Задачи\n• пункт списка\n");
}

BOOST_AUTO_TEST_CASE(tables_notes_and_title) {
  const std::string body =
      "<table:table><table:table-header-rows><table:table-row><table:table-cell><text:p>Норма</text:p></table:table-cell>"
      "<table:table-cell><text:p>Санкция</text:p></table:table-cell></table:table-row></table:table-header-rows>"
      "<table:table-row><table:table-cell table:number-columns-spanned=\"2\"><text:p>штраф</text:p><text:p>арест</text:p>"
      "</table:table-cell><table:covered-table-cell/></table:table-row></table:table>"
      "<text:p>Текст<text:note text:id=\"n1\" text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
      "<text:note-body><text:p>Сноска один.</text:p></text:note-body></text:note> дальше.</text:p>";
  const std::string meta = "<office:document-meta" + kNs + "><office:meta><dc:title>Сот\n шешімі</dc:title></office:meta></office:document-meta>";
  auto got = odt_parts_to_text({content(body), "", meta});
  BOOST_TEST(got.text == "Норма | Санкция\nштраф арест\nТекст[1] дальше.\n\n[1] Сноска один.\n");
  BOOST_TEST(got.title == "Сот шешімі");
}

BOOST_AUTO_TEST_CASE(hostile_and_wrong_content) {
  BOOST_CHECK_THROW(odt_parts_to_text({"<!DOCTYPE x [<!ENTITY e SYSTEM \"http://example.com/\">]><x>&e;</x>", "", ""}), FormatError);
  BOOST_CHECK_THROW(odt_parts_to_text({"<office:document-content" + kNs + "/>", "", ""}), FormatError);
  BOOST_CHECK_THROW(read_odt("PK\x03\x04"), FormatError);
  using lexkz::testing::make_zip;
  const std::string odt = make_zip({{"mimetype", "application/vnd.oasis.opendocument.text", true},
                                    {"content.xml", content("<text:p>Қазақ тілі</text:p>")},
                                    {"meta.xml", "<office:document-meta" + kNs + "><office:meta><dc:title>Т</dc:title></office:meta></office:document-meta>"}});
  auto got = read_odt(odt);
  BOOST_TEST(got.text == "Қазақ тілі\n");
  BOOST_TEST(got.title == "Т");
}

#define BOOST_TEST_MODULE docx_reader
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "indexer/docx_reader.h"
#include "tests/support/zip_writer.h"

using namespace lexkz::indexer;

namespace {

const std::string kNs =
    " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

std::string document(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document" + kNs + "><w:body>" + body +
         "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId9\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/></w:sectPr>"
         "</w:body></w:document>";
}

std::string p(const std::string& text, const std::string& ppr = "") {
  return "<w:p>" + (ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") + "<w:r><w:t xml:space=\"preserve\">" + text +
         "</w:t></w:r></w:p>";
}

std::string num(int id, int lvl) {
  return "<w:numPr><w:ilvl w:val=\"" + std::to_string(lvl) + "\"/><w:numId w:val=\"" + std::to_string(id) +
         "\"/></w:numPr>";
}

std::string lvl(int ilvl, const std::string& fmt, const std::string& text, int start = 1) {
  return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\"><w:start w:val=\"" + std::to_string(start) +
         "\"/><w:numFmt w:val=\"" + fmt + "\"/><w:lvlText w:val=\"" + text + "\"/></w:lvl>";
}

// Two abstract lists: 1 = statute points "1." / "1)" / "а)", 2 = "%1-%2)" (inserted points).
const std::string kNumbering =
    "<w:numbering" + kNs + ">"
    "<w:abstractNum w:abstractNumId=\"10\">" + lvl(0, "decimal", "%1.") + lvl(1, "decimal", "%2)") +
    lvl(2, "russianLower", "%3)") + "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"20\">" + lvl(0, "decimal", "%1)", 2) + lvl(1, "decimal", "%1-%2)") +
    "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"30\">" + lvl(0, "upperRoman", "Раздел %1.") + "</w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"10\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"20\"/></w:num>"
    "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"10\"/>"
    "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
    "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"30\"/></w:num>"
    "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"10\"/></w:num>"
    "</w:numbering>";

ExtractedText body_text(const std::string& body, const std::string& numbering = kNumbering) {
  return docx_parts_to_text({document(body), numbering, "", "", "", ""});
}

}  // namespace

BOOST_AUTO_TEST_CASE(paragraphs_runs_tabs_breaks) {
  struct Row {
    std::string body, text;
  };
  const std::vector<Row> rows = {
      {p("Статья 1. Понятия"), "Статья 1. Понятия\n"},
      {"<w:p><w:r><w:t>Бір</w:t></w:r><w:r><w:tab/><w:t>екі</w:t><w:br/><w:t>үш</w:t></w:r></w:p>", "Бір\tекі\nүш\n"},
      // Deleted revisions, field codes and hidden text are no text; inserted ones are.
      {"<w:p><w:del><w:r><w:delText>старое</w:delText></w:r></w:del><w:ins><w:r><w:t>новое</w:t></w:r></w:ins>"
       "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
       "<w:r><w:rPr><w:vanish/></w:rPr><w:t>скрытое</w:t></w:r>"
       "<w:hyperlink><w:r><w:t> ссылка</w:t></w:r></w:hyperlink></w:p>",
       "новое ссылка\n"},
      // Empty paragraphs (Word's spacing) become one blank line, none at the start.
      {"<w:p/>" + p("а") + "<w:p/><w:p/>" + p("б"), "а\n\nб\n"},
      {"<w:p><w:r><w:t>a</w:t><w:noBreakHyphen/><w:t>b</w:t><w:softHyphen/><w:t>c</w:t></w:r></w:p>", "a-bc\n"},
      {"<w:sdt><w:sdtContent>" + p("в элементе управления") + "</w:sdtContent></w:sdt>", "в элементе управления\n"},
  };
  for (const Row& r : rows) BOOST_TEST_CONTEXT(r.body) { BOOST_TEST(body_text(r.body, "").text == r.text); }
}

BOOST_AUTO_TEST_CASE(automatic_numbering_is_rendered) {
  const std::string body =
      p("Статья 1. Понятия") +
      p("дискриминация – различие;", num(1, 1)) +  // 1)
      p("домогательство – поведение;", num(1, 1)) +  // 2)
      p("Общие положения", num(1, 0)) +           // 1.
      p("первый подпункт", num(1, 1)) +            // 1) — restarted under a new level 0
      p("вид", num(1, 2)) +                        // а)
      p("вид", num(1, 2)) +                        // б)
      p("пункт второй", num(1, 0)) +               // 2.
      p("продолжение", num(5, 0)) +                // 3. — numId 5 shares abstract 10's counters
      p("заново", num(3, 0)) +                     // 1. — numId 3 restarts with a start override
      p("вставлено", num(2, 1)) +                  // 2-1) — level 0 not begun shows its start (2)
      p("вставлено", num(2, 1)) +                  // 2-2)
      p("Раздел", num(4, 0)) +                     // Раздел I.
      p("без номера", num(0, 0));                  // numId 0: no numbering
  const std::string want =
      "Статья 1. Понятия\n1) дискриминация – различие;\n2) домогательство – поведение;\n1. Общие положения\n"
      "1) первый подпункт\nа) вид\nб) вид\n2. пункт второй\n3. продолжение\n1. заново\n2-1) вставлено\n"
      "2-2) вставлено\nРаздел I. Раздел\nбез номера\n";
  BOOST_TEST(body_text(body).text == want);
}

BOOST_AUTO_TEST_CASE(numbering_through_paragraph_styles) {
  const std::string styles =
      "<w:styles" + kNs + "><w:style w:type=\"paragraph\" w:styleId=\"Base\"><w:pPr>" + num(1, 1) +
      "</w:pPr></w:style><w:style w:type=\"paragraph\" w:styleId=\"Point\"><w:basedOn w:val=\"Base\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Loop\"><w:basedOn w:val=\"Loop\"/></w:style></w:styles>";
  const std::string body = "<w:p><w:pPr><w:pStyle w:val=\"Point\"/></w:pPr><w:r><w:t>первый</w:t></w:r></w:p>"
                           "<w:p><w:pPr><w:pStyle w:val=\"Point\"/></w:pPr><w:r><w:t>второй</w:t></w:r></w:p>"
                           "<w:p><w:pPr><w:pStyle w:val=\"Loop\"/></w:pPr><w:r><w:t>цикл</w:t></w:r></w:p>";
  auto got = docx_parts_to_text({document(body), kNumbering, styles, "", "", ""});
  BOOST_TEST(got.text == "1) первый\n2) второй\nцикл\n");
}

BOOST_AUTO_TEST_CASE(tables_footnotes_and_title) {
  const std::string body =
      p("До таблицы") +
      "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Статья</w:t></w:r></w:p></w:tc><w:tc>" + p("Санкция") + p("штраф") +
      "</w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>" + p("") + "</w:tc><w:tc>" + p("арест") +
      "</w:tc></w:tr></w:tbl>" +
      "<w:p><w:r><w:t>Текст со сноской</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r>"
      "<w:r><w:t> и ещё</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>";
  const std::string footnotes =
      "<w:footnotes" + kNs + "><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
      "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>Вторая сноска.</w:t></w:r></w:p></w:footnote>"
      "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t> Первая</w:t></w:r></w:p>" + p("сноска.") +
      "</w:footnote></w:footnotes>";
  const std::string core =
      "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title> Закон  о равенстве </dc:title></cp:coreProperties>";
  auto got = docx_parts_to_text({document(body), "", "", footnotes, "", core});
  BOOST_TEST(got.text ==
             "До таблицы\nСтатья | Санкция штраф\nарест\nТекст со сноской[1] и ещё[2]\n\n[1] Первая сноска.\n"
             "[2] Вторая сноска.\n");
  BOOST_TEST(got.title == "Закон о равенстве");
}

BOOST_AUTO_TEST_CASE(hostile_xml_is_refused_with_a_reason) {
  struct Row {
    std::string xml, reason_part;
  };
  const std::vector<Row> rows = {
      {"<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document" + kNs +
           "><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>",
       "has a DTD"},
      {"<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
       "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
       "<w:document" + kNs + "><w:body><w:p><w:r><w:t>&d;&d;&d;</w:t></w:r></w:p></w:body></w:document>",
       "has a DTD"},
      {"<w:document" + kNs + "><w:body><w:p><w:r><w:t>&undeclared;</w:t></w:r></w:p></w:body></w:document>",
       "not well-formed"},
      {"<w:document" + kNs + "><w:body><w:p>", "not well-formed"},
      {"<w:document" + kNs + "/>", "no w:document/w:body"},
  };
  for (const Row& r : rows) {
    BOOST_TEST_CONTEXT(r.xml.substr(0, 80)) {
      try {
        docx_parts_to_text({r.xml, "", "", "", "", ""});
        BOOST_TEST(false, "accepted");
      } catch (const FormatError& e) {
        std::string what = e.what();
        BOOST_TEST(what.find(r.reason_part) != std::string::npos, what);
        BOOST_TEST((what.find("word/document.xml") != std::string::npos), what);
        BOOST_TEST(what.find('\n') == std::string::npos);
      }
    }
  }
  // 300 nested elements: libxml2's depth limit, reported, never a stack overflow.
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "<w:sdt><w:sdtContent>";
  BOOST_CHECK_THROW(docx_parts_to_text({document(deep), "", "", "", "", ""}), FormatError);
}

BOOST_AUTO_TEST_CASE(read_from_a_zip) {
  using lexkz::testing::make_zip;
  const std::string docx = make_zip({{"[Content_Types].xml", "<Types/>"},
                                     {"word/document.xml", document(p("Сот шешімі", num(1, 1)))},
                                     {"word/numbering.xml", kNumbering},
                                     {"word/header1.xml", document(p("КОЛОНТИТУЛ"))}});
  auto got = read_docx(docx);
  BOOST_TEST(got.text == "1) Сот шешімі\n");  // the header part is never read
  BOOST_CHECK_THROW(read_docx("not a zip at all"), FormatError);
  BOOST_CHECK_THROW(read_docx(make_zip({{"content.xml", "<x/>"}})), FormatError);
}

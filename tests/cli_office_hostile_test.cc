#define BOOST_TEST_MODULE cli_office_hostile
#include <boost/test/unit_test.hpp>
// Hostile office files through the real binary (issue 10): a DOCX that is not a zip, a
// truncated DOCX, a zip bomb, XML with an external entity (XXE), XML with entity expansion
// (billion laughs), RTF with unbalanced braces and with 100,000 nested groups, a Word 97
// file. All fixtures are generated here (tests/support/zip_writer.h), none committed. One
// `index` run must print exactly one `lexkz: path: reason` line per bad file, exit 2, index
// every good file beside them, and leave an index that searches find them in.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"
#include "tests/support/zip_writer.h"

namespace {

namespace fs = std::filesystem;
using lexkz::testing::lines_of;
using lexkz::testing::make_zip;
using lexkz::testing::ProcessResult;
using lexkz::testing::run_lexkz;

const std::string kW = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

std::string document_xml(const std::string& prolog, const std::string& text) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog + "<w:document " + kW + "><w:body><w:p><w:r><w:t>" +
         text + "</w:t></w:r></w:p></w:body></w:document>";
}

std::string docx(const std::string& document) {
  return make_zip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", document}});
}

void write(const fs::path& p, const std::string& bytes) { std::ofstream(p, std::ios::binary) << bytes; }

struct Hostile {
  lexkz::testing::TempDir tmp{"lexkz-office-hostile"};
  fs::path in = tmp.path / "in";
  std::string db = (tmp.path / "db").string();
  ProcessResult run;
  double seconds = 0;
  Hostile() {
    fs::create_directory(in);
    write(in / "good.docx", docx(document_xml("", "Статья 1. Аэростат запрещается.")));
    write(in / "good.rtf", "{\\rtf1\\ansi\\ansicpg1251 \\'c4\\'e8\\'f0\\'e8\\'e6\\'e0\\'e1\\'eb\\'fc \\u1179?\\par}");  // Дирижабль қ
    write(in / "good.txt", "Статья 1. Гидроплан запрещается.\n");
    write(in / "not_zip.docx", "Это обычный текст, сохранённый с расширением .docx\n");
    const std::string whole = docx(document_xml("", "Статья 1. Батискаф."));
    write(in / "truncated.docx", whole.substr(0, whole.size() - 40));
    // 16 MB of zeros deflate to ~16 KB: a 1000:1 entry (a real bomb nests or repeats this).
    write(in / "bomb.docx", docx(std::string(16 << 20, '0')));
    write(in / "xxe.docx", docx(document_xml("<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;")));
    std::string laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">";
    std::string prev = "lol";
    for (int i = 1; i <= 9; ++i) {
      std::string name = "lol" + std::to_string(i);
      laughs += "<!ENTITY " + name + " \"";
      for (int k = 0; k < 10; ++k) laughs += "&" + prev + ";";
      laughs += "\">";
      prev = name;
    }
    laughs += "]>";
    write(in / "laughs.odt",
          make_zip({{"mimetype", "application/vnd.oasis.opendocument.text", true},
                    {"content.xml", "<?xml version=\"1.0\"?>" + laughs +
                                        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">"
                                        "<office:body><office:text>&lol9;</office:text></office:body></office:document-content>"}}));
    write(in / "unbalanced.rtf", "{\\rtf1\\ansi Text}}\n");
    write(in / "deep.rtf", "{\\rtf1 " + std::string(100000, '{') + "x" + std::string(100000, '}') + "}");
    write(in / "old.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0') +
                              std::string("R\0o\0o\0t\0 \0E\0n\0t\0r\0y\0\0\0W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", 46));
    const auto t0 = std::chrono::steady_clock::now();
    run = run_lexkz({"index", "--db", db, in.string()});
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  }
  std::map<std::string, std::string> rejections() const {
    std::map<std::string, std::string> out;
    const std::string prefix = "lexkz: " + in.string() + "/";
    for (const std::string& l : lines_of(run.err)) {
      if (l.rfind(prefix, 0) != 0) continue;
      std::string rest = l.substr(prefix.size());
      std::size_t colon = rest.find(": ");
      BOOST_TEST(out.count(rest.substr(0, colon)) == 0u, "two lines for " << rest);
      out[rest.substr(0, colon)] = colon == std::string::npos ? "" : rest.substr(colon + 2);
    }
    return out;
  }
};

Hostile& hostile() {
  static Hostile h;
  return h;
}

}  // namespace

BOOST_AUTO_TEST_CASE(each_bad_file_is_one_line_and_the_run_exits_2) {
  const Hostile& h = hostile();
  BOOST_TEST(h.run.exit_code == 2, h.run.err);
  std::map<std::string, std::string> rej = h.rejections();
  const std::map<std::string, std::string> want = {
      {"not_zip.docx", "not a DOCX file (not a zip archive)"},
      {"truncated.docx", "zip"},
      {"bomb.docx", "possible zip bomb"},
      {"xxe.docx", "word/document.xml has a DTD"},
      {"laughs.odt", "content.xml has a DTD"},
      {"unbalanced.rtf", "unbalanced braces"},
      {"deep.rtf", "nested deeper than 1000"},
      {"old.doc", "Word 97 .doc is not supported; convert it to .docx"},
  };
  BOOST_TEST(rej.size() == want.size(), h.run.err);
  for (const auto& [file, part] : want) {
    BOOST_TEST_CONTEXT(file) {
      BOOST_TEST(rej.count(file) == 1u, h.run.err);
      BOOST_TEST(rej[file].find(part) != std::string::npos, rej[file]);
    }
  }
  BOOST_TEST(h.run.err.find("3 added") != std::string::npos, h.run.err);
  BOOST_TEST(h.run.err.find("8 rejected") != std::string::npos, h.run.err);
  // Nothing was expanded or inflated whole: the bombs are refused before the work.
  BOOST_TEST(h.seconds < 20.0);
}

BOOST_AUTO_TEST_CASE(good_files_beside_them_are_found) {
  const Hostile& h = hostile();
  struct Row {
    const char* query;
    const char* doc;
  };
  for (const Row& r : {Row{"аэростаты", "good.docx"}, Row{"дирижабля", "good.rtf"}, Row{"гидроплана", "good.txt"}}) {
    BOOST_TEST_CONTEXT(r.query) {
      ProcessResult s = run_lexkz({"search", "--db", h.db, "--format", "jsonl", r.query});
      BOOST_TEST(s.exit_code == 0, s.err);
      auto lines = lines_of(s.out);
      BOOST_TEST_REQUIRE(lines.size() == 1u, s.out);
      BOOST_TEST(nlohmann::json::parse(lines[0])["doc"] == r.doc);
    }
  }
  // The entity's target was never read into the index.
  ProcessResult s = run_lexkz({"search", "--db", h.db, "root"});
  BOOST_TEST(s.out.find("root") == std::string::npos);
  ProcessResult stats = run_lexkz({"stats", "--db", h.db, "--format", "json"});
  BOOST_TEST(stats.exit_code == 0, stats.err);
  BOOST_TEST(nlohmann::json::parse(stats.out)["documents"] == 3);
}

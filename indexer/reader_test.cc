#define BOOST_TEST_MODULE reader
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "indexer/reader.h"
#include "tests/support/zip_writer.h"

using namespace lexkz::indexer;

namespace {

struct Collected {
  std::vector<Document> docs;
  std::vector<std::string> rejections;  // "path[:line]: reason"
};

Collected run(FileSystem& fs, const std::vector<std::string>& inputs, ReaderOptions options = {}) {
  Collected c;
  read_inputs(
      inputs, fs, options, [&c](Document&& d) { c.docs.push_back(std::move(d)); },
      [&c](const Rejection& r) { c.rejections.push_back(to_string(r)); });
  return c;
}

std::vector<std::string> ids(const Collected& c) {
  std::vector<std::string> out;
  for (const Document& d : c.docs) out.push_back(d.id);
  return out;
}

const std::string kStatute =
    "О профилактике бытового насилия\n\nСтатья 1. Понятия\n\n1) текст;\n\nСтатья 2. Задачи\n";

}  // namespace

BOOST_AUTO_TEST_CASE(directory_walk_is_sorted_and_ids_are_relative) {
  MemoryFileSystem fs;
  fs.add_file("in/b.txt", "Второй документ.\n");
  fs.add_file("in/a.txt", kStatute);
  fs.add_file("in/sub/c.html", "<title>Решение</title><p>Суд решил.</p>");
  fs.add_file("in/sub/d.htm", "<p>Текст</p>");
  fs.add_file("in/a.png", "\x89PNG\r\n");  // unsupported inside a directory: skipped silently
  fs.add_file("in/.hidden.txt", "скрыт");
  fs.add_file("in/z.jsonl", "{\"id\": \"r1\", \"text\": \"Запись\"}\n");
  auto c = run(fs, {"in"});
  BOOST_TEST(c.rejections.empty());
  BOOST_TEST(ids(c) == (std::vector<std::string>{"a.txt", "b.txt", "r1", "sub/c.html", "sub/d.htm"}),
             boost::test_tools::per_element());
  BOOST_TEST(c.docs[0].type == "statute");
  BOOST_TEST(c.docs[0].title == "О профилактике бытового насилия");
  BOOST_TEST(c.docs[0].path == "in/a.txt");
  BOOST_TEST(c.docs[1].type == "other");
  BOOST_TEST(c.docs[3].title == "Решение");
  BOOST_TEST(c.docs[3].text == "Суд решил.\n");
  // A file given by name: its id is the file name.
  auto one = run(fs, {"in/sub/c.html"});
  BOOST_TEST(ids(one) == std::vector<std::string>{"c.html"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(options_override_type_and_lang) {
  MemoryFileSystem fs;
  fs.add_file("a.txt", kStatute);
  fs.add_file("b.jsonl",
              "{\"id\": \"x\", \"text\": \"t\"}\n{\"id\": \"y\", \"text\": \"t\", \"type\": \"ruling\"}\n");
  ReaderOptions o;
  o.type = "convention";
  o.lang = "kk";
  auto c = run(fs, {"a.txt", "b.jsonl"}, o);
  BOOST_TEST_REQUIRE(c.docs.size() == 3u);
  BOOST_TEST(c.docs[0].type == "convention");
  BOOST_TEST(*c.docs[0].lang == "kk");
  BOOST_TEST(c.docs[1].type == "convention");
  BOOST_TEST(c.docs[2].type == "ruling");
}

BOOST_AUTO_TEST_CASE(transcripts_detected) {
  MemoryFileSystem fs;
  fs.add_file("t.txt", "ТӨРАҒА: Ашамын.\nИванов А.Б.: Сөз.\nТӨРАҒА: Рақмет.\nПетров: Иә.\n");
  auto c = run(fs, {"t.txt"});
  BOOST_TEST_REQUIRE(c.docs.size() == 1u);
  BOOST_TEST(c.docs[0].type == "transcript");
}

// Issue 5: every hostile input gets a `path[:line]: reason` and the rest is still read.
BOOST_AUTO_TEST_CASE(hostile_inputs_are_rejected_and_the_run_goes_on) {
  MemoryFileSystem fs;
  fs.add_file("d/empty.txt", "");
  fs.add_file("d/blank.txt", " \n\r\n");
  static const char kPdf[] = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\0\0";
  static const char kElf[] = "\x7F" "ELF\x02\x01\x01\0\0\0\0";
  fs.add_file("d/fake.txt", std::string(kPdf, sizeof kPdf - 1));
  fs.add_file("d/binary.txt", std::string(kElf, sizeof kElf - 1));
  fs.add_file("d/good.txt", "Хороший текст.\n");
  fs.add_dangling_link("d/link.txt");
  fs.add_unreadable("d/secret.txt");
  fs.add_file("d/empty.html", "<html><script>x()</script></html>");
  fs.add_file("d/batch.jsonl",
              "{\"id\": \"j1\", \"text\": \"один\"}\n"
              "{\"id\": \"j2\", \"text\": \"два\"\n"
              "{\"text\": \"без id\"}\n"
              "{\"id\": \"j3\", \"text\": 42}\n"
              "\n"
              "{\"id\": \"j1\", \"text\": \"повтор\"}\n"
              "{\"id\": \"j4\", \"text\": \"четыре\"}");
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  fs.add_file("d/deep.html", deep + "текст");
  fs.add_file("x.pdf", "%PDF");
  auto c = run(fs, {"d", "x.pdf", "missing.txt"});
  BOOST_TEST(ids(c) == (std::vector<std::string>{"j1", "j4", "good.txt"}),
             boost::test_tools::per_element());
  const std::vector<std::string> want = {
      "d/batch.jsonl:2: not a JSON object (broken line)",
      "d/batch.jsonl:3: missing \"id\"",
      "d/batch.jsonl:4: \"text\" must be a string",
      "d/batch.jsonl:6: duplicate id \"j1\" (first seen at d/batch.jsonl:1)",
      "d/blank.txt: empty file",
      "d/deep.html: HTML nested deeper than 256 elements (libxml2's limit); not read",
      "d/empty.html: no text in the HTML page",
      "d/empty.txt: empty file",
      "d/link.txt: dangling symbolic link",
      "d/secret.txt: cannot read: Permission denied",
      "x.pdf: not a PDF file (no %PDF- signature)",
      "missing.txt: no such file or directory",
  };
  // The decoder's wording is its own; check that both binaries were rejected, binary.txt as
  // not text and fake.txt as the truncated PDF its magic says it is, whatever its name.
  std::vector<std::string> others;
  int not_text = 0;
  for (const std::string& r : c.rejections) {
    // fake.txt is a (broken) PDF named .txt: read as a PDF by its content, refused as one.
    if ((r.rfind("d/fake.txt: ", 0) == 0 && r.find("PDF") != std::string::npos) ||
        r.rfind("d/binary.txt: not text: ", 0) == 0)
      ++not_text;
    else
      others.push_back(r);
  }
  BOOST_TEST(not_text == 2);
  BOOST_TEST(others == want, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(charsets_are_decoded) {
  MemoryFileSystem fs;
  // "Статья 1. Закон" in cp1251, and "Сот" in UTF-16LE with a BOM.
  fs.add_file("cp.txt", "\xD1\xF2\xE0\xF2\xFC\xFF 1. \xC7\xE0\xEA\xEE\xED \xEE \xF1\xF3\xE4\xE5\n");
  fs.add_file("u16.txt", std::string("\xFF\xFE\x21\x04\x3E\x04\x42\x04\n\0", 10));
  auto c = run(fs, {"cp.txt", "u16.txt"});
  BOOST_TEST(c.rejections.empty(), c.rejections.size());
  BOOST_TEST_REQUIRE(c.docs.size() == 2u);
  BOOST_TEST(c.docs[0].text == "Статья 1. Закон о суде\n");
  BOOST_TEST(c.docs[1].text == "Сот\n");
}

BOOST_AUTO_TEST_CASE(stdin_jsonl) {
  MemoryFileSystem fs;
  std::istringstream in("{\"id\": \"s1\", \"text\": \"а\"}\nbroken\n{\"id\": \"s2\", \"text\": \"б\"}\n");
  ReaderOptions o;
  o.stdin_stream = &in;
  auto c = run(fs, {"-"}, o);
  BOOST_TEST(ids(c) == (std::vector<std::string>{"s1", "s2"}), boost::test_tools::per_element());
  BOOST_TEST(c.rejections == std::vector<std::string>{"-:2: not a JSON object (broken line)"},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(jsonl_files_stream_with_a_bom_and_a_long_line) {
  MemoryFileSystem fs;
  std::string big(10 << 20, 'x');
  fs.add_file("b.jsonl", "\xEF\xBB\xBF{\"id\": \"1\", \"text\": \"а\"}\r\n{\"id\": \"2\", \"text\": \"" +
                             big + "\"}\n");
  fs.add_file("e.jsonl", "\n\n");
  auto c = run(fs, {"b.jsonl", "e.jsonl"});
  BOOST_TEST(ids(c) == (std::vector<std::string>{"1", "2"}), boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(c.docs.size() == 2u);
  BOOST_TEST(c.docs[1].text.size() == big.size());
  BOOST_TEST(c.rejections == std::vector<std::string>{"e.jsonl: empty file (no JSONL records)"},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(ids_and_formats) {
  BOOST_TEST(document_id("in/sub/a.txt", "in") == "sub/a.txt");
  BOOST_TEST(document_id("in/sub/a.txt", "in/") == "sub/a.txt");
  BOOST_TEST(document_id("/abs/path/a.txt", "") == "a.txt");
  BOOST_TEST((format_of("A.TXT") == InputFormat::txt));
  BOOST_TEST((format_of("a.HtM") == InputFormat::html));
  BOOST_TEST((format_of("a.jsonl") == InputFormat::jsonl));
  BOOST_TEST((format_of("a.json") == InputFormat::unsupported));
  BOOST_TEST(to_string(Rejection{"f.jsonl", 3, "why"}) == "f.jsonl:3: why");
  BOOST_TEST(to_string(Rejection{"f.txt", 0, "why"}) == "f.txt: why");
}

// Office formats by content (issue 10): a DOCX named .txt, RTF named .doc, a DOCX without an
// extension found in a walk; Word 97, a non-zip .docx refused; sidecars, spreadsheets and
// images passed over.
BOOST_AUTO_TEST_CASE(office_formats_by_content) {
  const std::string w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  auto docx = [&](const std::string& text, const std::string& title) {
    return lexkz::testing::make_zip(
        {{"[Content_Types].xml", "<Types/>"},
         {"word/document.xml", "<w:document " + w + "><w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>"},
         {"docProps/core.xml", "<cp:coreProperties xmlns:cp=\"urn:x\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" +
                                   title + "</dc:title></cp:coreProperties>"}});
  };
  MemoryFileSystem fs;
  fs.add_file("d/law.txt", docx("Статья 1. Равенство.", "Закон о равенстве"));
  fs.add_file("d/noext", docx("Сот шешімі.", ""));
  fs.add_file("d/ruling.doc", "{\\rtf1\\ansi\\ansicpg1251 \\'d1\\'f3\\'e4.\\par}");
  fs.add_file("d/old.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", 24));
  fs.add_file("d/notzip.docx", "просто текст");
  fs.add_file("d/law.meta.json", "{\"status\": \"in_force\"}");
  fs.add_file("d/sheet.xlsx", lexkz::testing::make_zip({{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<x/>"}}));
  fs.add_file("d/photo.jpg", "\xFF\xD8\xFF\xE0 JFIF");
  fs.add_file("plain.dat", "Статья 1.");
  auto c = run(fs, {"d", "plain.dat"});
  BOOST_TEST(ids(c) == (std::vector<std::string>{"law.txt", "noext", "ruling.doc"}), boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(c.docs.size() == 3u);
  BOOST_TEST(c.docs[0].text == "Статья 1. Равенство.\n");
  BOOST_TEST(c.docs[0].title == "Закон о равенстве");  // the document property, not the first line
  BOOST_TEST(c.docs[0].type == "statute");
  BOOST_TEST(c.docs[1].title == "");  // no property, and a sentence is not a title line (act_metadata.h)
  BOOST_TEST(c.docs[2].text == "Суд.\n");
  const std::vector<std::string> want = {
      "d/notzip.docx: not a DOCX file (not a zip archive)",
      "d/old.doc: Word 97 .doc is not supported; convert it to .docx, e.g. libreoffice --headless --convert-to docx FILE",
      "plain.dat: unsupported file type (expected .txt, .html, .htm, .jsonl, .pdf, .docx, .odt or .rtf)",
  };
  BOOST_TEST(c.rejections == want, boost::test_tools::per_element());
}

// The real file system: sorted walk, dangling links, unreadable files, a 10 MB line.
BOOST_AUTO_TEST_CASE(real_file_system) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("lexkz_reader_test_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  auto write = [](const fs::path& p, const std::string& s) {
    std::ofstream(p, std::ios::binary) << s;
  };
  write(dir / "b.txt", "Второй.\n");
  write(dir / "a.txt", kStatute);
  write(dir / "sub" / "c.txt", "Третий.\n");
  write(dir / "big.txt", std::string(10 << 20, 'x') + "\n");
  fs::create_symlink(dir / "nowhere.txt", dir / "dangling.txt");
  fs::create_directory_symlink(dir, dir / "sub" / "loop");  // not followed: no endless walk
  write(dir / "secret.txt", "тайна\n");
  fs::permissions(dir / "secret.txt", fs::perms::none);
  bool root = ::geteuid() == 0;  // root reads anything

  RealFileSystem real;
  auto c = run(real, {dir.string()});
  std::vector<std::string> want_ids = {"a.txt", "b.txt", "big.txt"};
  if (root) want_ids.push_back("secret.txt");
  want_ids.push_back("sub/c.txt");
  BOOST_TEST(ids(c) == want_ids, boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(c.docs.size() >= 3u);
  BOOST_TEST(c.docs[2].text.size() == (10u << 20) + 1);
  std::vector<std::string> want = {(dir / "dangling.txt").string() + ": dangling symbolic link"};
  if (!root) want.push_back((dir / "secret.txt").string() + ": cannot read: Permission denied");
  BOOST_TEST(c.rejections == want, boost::test_tools::per_element());
  fs::permissions(dir / "secret.txt", fs::perms::owner_all);
  fs::remove_all(dir);
}

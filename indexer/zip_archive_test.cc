#define BOOST_TEST_MODULE zip_archive
#include <boost/test/unit_test.hpp>

#include <string>

#include "indexer/extracted_text.h"
#include "indexer/zip_archive.h"
#include "tests/support/zip_writer.h"

using namespace lexkz::indexer;
using lexkz::testing::make_zip;

namespace {

std::string refusal(std::string_view bytes, const std::string& entry, ZipLimits limits = {}) {
  try {
    ZipArchive zip(bytes, limits);
    zip.read(entry);
  } catch (const FormatError& e) {
    return e.what();
  }
  return "";
}

// Bytes that deflate hardly at all (a linear congruential sequence).
std::string noise(std::size_t n) {
  std::string s(n, '\0');
  unsigned x = 12345;
  for (char& c : s) c = static_cast<char>((x = x * 1103515245u + 12345u) >> 24);
  return s;
}

}  // namespace

BOOST_AUTO_TEST_CASE(reads_entries_by_name) {
  const std::string bytes = make_zip({{"mimetype", "application/vnd.oasis.opendocument.text", true},
                                      {"content.xml", "<текст/>"}});
  ZipArchive zip(bytes);
  BOOST_TEST(zip.has("content.xml"));
  BOOST_TEST(!zip.has("styles.xml"));
  BOOST_TEST(zip.read("content.xml").value() == "<текст/>");
  BOOST_TEST(!zip.read("styles.xml").has_value());
}

BOOST_AUTO_TEST_CASE(bombs_and_junk_are_refused) {
  // 16 MB of zeros deflate about 1000:1: over the ratio cap.
  const std::string bomb = make_zip({{"word/document.xml", std::string(16 << 20, '\0')}});
  BOOST_TEST(bomb.size() < 100000u);
  BOOST_TEST(refusal(bomb, "word/document.xml").find("possible zip bomb") != std::string::npos);
  // The total cap, with incompressible data so the ratio check cannot be what refuses it.
  ZipLimits small;
  small.max_total_bytes = 1 << 20;
  const std::string big = make_zip({{"a", noise(600 << 10)}, {"b", noise(600 << 10)}});
  ZipArchive zip(big, small);
  BOOST_TEST(zip.read("a").has_value());
  BOOST_CHECK_THROW(zip.read("b"), FormatError);
  // Too many entries.
  ZipLimits few;
  few.max_entries = 3;
  BOOST_TEST(refusal(make_zip({{"1", "a"}, {"2", "b"}, {"3", "c"}, {"4", "d"}}), "1", few).find("entries") != std::string::npos);
  // Not a zip, a truncated zip.
  BOOST_TEST(refusal("PK\x03\x04 junk", "x").find("not a valid zip") != std::string::npos);
  const std::string whole = make_zip({{"word/document.xml", noise(10000)}});
  BOOST_TEST(!refusal(whole.substr(0, whole.size() / 2), "word/document.xml").empty());
  // A flipped byte in the deflated data: the CRC (or inflate) fails, reported.
  std::string flipped = whole;
  flipped[100] = static_cast<char>(flipped[100] ^ 0xFF);
  BOOST_TEST(!refusal(flipped, "word/document.xml").empty());
}

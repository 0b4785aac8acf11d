#define BOOST_TEST_MODULE decode_test
#include <boost/test/unit_test.hpp>

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>

#include "text/decode.h"
#include "text/utf8.h"

using namespace lexkz::text;

namespace {

// Sentences written for these tests (not taken from any corpus).
const std::string kRussian =
    "Статья 5. Основные понятия, используемые в настоящем Законе. Каждый имеет право на "
    "защиту своих прав и свобод всеми способами, не запрещёнными законом.";
const std::string kRussianShort = "Суд рассмотрел дело";
const std::string kKazakh =
    "Әркімнің өз құқықтары мен бостандықтарын заңға қайшы келмейтін барлық тәсілдермен "
    "қорғауға құқығы бар. Кемсітушілікке жол берілмейді.";

// Encodes UTF-8 `text` into `charset` with ICU, the way another program would have.
std::string encode(const std::string& text, const char* charset) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  UErrorCode err = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(charset, &err);
  BOOST_REQUIRE(U_SUCCESS(err));
  std::string out(static_cast<std::size_t>(u.length()) * 4 + 8, '\0');
  int32_t n = ucnv_fromUChars(cnv, out.data(), static_cast<int32_t>(out.size()), u.getBuffer(),
                              u.length(), &err);
  ucnv_close(cnv);
  BOOST_REQUIRE(U_SUCCESS(err));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

// Like encode(), but nullopt when `text` has a character `charset` cannot represent.
std::optional<std::string> try_encode(const std::string& text, const char* charset) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  UErrorCode err = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(charset, &err);
  ucnv_setFromUCallBack(cnv, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  std::string out(static_cast<std::size_t>(u.length()) * 4 + 8, '\0');
  int32_t n = ucnv_fromUChars(cnv, out.data(), static_cast<int32_t>(out.size()), u.getBuffer(),
                              u.length(), &err);
  ucnv_close(cnv);
  if (U_FAILURE(err)) return std::nullopt;
  out.resize(static_cast<std::size_t>(n));
  return out;
}

std::size_t error_offset(std::string_view bytes) {
  try {
    decode_to_utf8(bytes);
  } catch (const DecodeError& e) {
    return e.offset;
  }
  BOOST_FAIL("expected DecodeError");
  return 0;
}

}  // namespace

BOOST_AUTO_TEST_CASE(charset_names) {
  BOOST_TEST(charset_name(Charset::utf8) == "utf-8");
  BOOST_TEST(charset_name(Charset::utf16le) == "utf-16le");
  BOOST_TEST(charset_name(Charset::utf16be) == "utf-16be");
  BOOST_TEST(charset_name(Charset::cp1251) == "windows-1251");
  BOOST_TEST(charset_name(Charset::koi8r) == "koi8-r");
}

BOOST_AUTO_TEST_CASE(round_trips_from_each_charset) {
  struct Row { std::string text; const char* icu; bool bom; Charset expect; };
  const std::string bom16le = "\xFF\xFE", bom16be = "\xFE\xFF";
  const Row rows[] = {
      {kRussian, "UTF-8", false, Charset::utf8},
      {kKazakh, "UTF-8", false, Charset::utf8},
      {kRussian, "windows-1251", false, Charset::cp1251},
      {kRussianShort, "windows-1251", false, Charset::cp1251},
      {kRussian, "KOI8-R", false, Charset::koi8r},
      {kRussianShort, "KOI8-R", false, Charset::koi8r},
      {kRussian, "UTF-16LE", true, Charset::utf16le},
      {kKazakh, "UTF-16LE", true, Charset::utf16le},
      {kRussian, "UTF-16BE", true, Charset::utf16be},
      {kKazakh, "UTF-16BE", true, Charset::utf16be},
      {kRussian, "UTF-16LE", false, Charset::utf16le},  // BOM-less, by NUL pattern
      {kKazakh, "UTF-16BE", false, Charset::utf16be},
  };
  for (const auto& r : rows) {
    std::string bytes = encode(r.text, r.icu);
    if (r.bom) bytes = (r.expect == Charset::utf16le ? bom16le : bom16be) + bytes;
    Decoded d = decode_to_utf8(bytes);
    BOOST_TEST_INFO(r.icu << (r.bom ? " with BOM" : ""));
    BOOST_TEST(d.text == r.text);
    BOOST_TEST(charset_name(d.charset) == charset_name(r.expect));
  }
}

BOOST_AUTO_TEST_CASE(all_caps_single_byte_text_is_still_recognised) {
  const std::string caps = "ЗАКОН О ПРАВАХ РЕБЁНКА В РЕСПУБЛИКЕ КАЗАХСТАН";
  BOOST_TEST(decode_to_utf8(encode(caps, "windows-1251")).text == caps);
  BOOST_TEST(decode_to_utf8(encode(caps, "KOI8-R")).text == caps);
}

BOOST_AUTO_TEST_CASE(utf8_bom_is_stripped_and_ascii_passes) {
  BOOST_TEST(decode_to_utf8("\xEF\xBB\xBF" + kKazakh).text == kKazakh);
  BOOST_TEST(decode_to_utf8("").text == "");
  BOOST_TEST(decode_to_utf8("\xEF\xBB\xBF").text == "");
  BOOST_TEST(decode_to_utf8("plain ascii\r\n\ttext\f").text == "plain ascii\r\n\ttext\f");
  BOOST_TEST(decode_to_utf8(std::string("\xFF\xFE")).text == "");
}

BOOST_AUTO_TEST_CASE(binary_inputs_are_rejected_with_offsets) {
  struct Row { std::string bytes; std::size_t offset; };
  const Row rows[] = {
      {"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", 0},          // PDF renamed to .txt
      {"\n%PDF-1.4\n", 1},
      {std::string("PK\x03\x04\x14\0\0\0", 8), 0},         // docx
      {std::string("text\0more text here", 19), 4},         // NUL in 8-bit text
      {"\xEF\xBB\xBF" + std::string("ab\0", 3), 5},         // NUL after a UTF-8 BOM
      {"ok\x01\x02\x03\x04\x05 rest", 2},                   // many C0 controls
      {std::string("\xFF\xFE" "a\0b", 5), 4},               // odd-length UTF-16
      {std::string("\xFF\xFE" "\x00\xD8" "a\0", 6), 2},     // unpaired high surrogate
      {std::string("\xFE\xFF" "\xDC\x00", 4), 2},           // lone low surrogate
      {std::string("\xFF\xFE\0\0", 4), 0},                  // UTF-32
      {"\xEF\xBB\xBF" "ok\xC0\xAF", 5},                     // bad UTF-8 after a UTF-8 BOM
  };
  for (const auto& r : rows) {
    BOOST_TEST_INFO("row with " << r.bytes.size() << " bytes");
    BOOST_TEST(error_offset(r.bytes) == r.offset);
  }
}

BOOST_AUTO_TEST_CASE(a_stray_control_character_is_tolerated) {
  // Old DOS files end with SUB; a single BEL or ESC in a long text is not binary.
  std::string text = kRussian + "\x1A";
  BOOST_TEST(decode_to_utf8(text).text == text);
  std::string bel = kRussian + "\x07" + kRussian;
  BOOST_TEST(decode_to_utf8(bel).text == bel);
}

BOOST_AUTO_TEST_CASE(random_bytes_either_decode_to_valid_utf8_or_throw) {
  std::mt19937 rng(42);
  int rejected = 0;
  for (int round = 0; round < 2000; ++round) {
    std::string bytes(rng() % 300, '\0');
    for (auto& c : bytes) c = static_cast<char>(rng());
    if (round % 3 == 0 && bytes.size() >= 2) bytes[0] = '\xFF', bytes[1] = '\xFE';
    try {
      Decoded d = decode_to_utf8(bytes);
      BOOST_TEST(is_valid_utf8(d.text));
    } catch (const DecodeError& e) {
      ++rejected;
      BOOST_TEST(e.offset <= bytes.size());
    }
  }
  BOOST_TEST(rejected > 1000);  // random bytes are mostly binary
}

BOOST_AUTO_TEST_CASE(large_inputs_decode_fast) {
  std::string utf8;
  while (utf8.size() < (5u << 20)) utf8 += kKazakh;
  std::string nospace(5u << 20, 'a');
  BOOST_TEST(decode_to_utf8(nospace).text.size() == nospace.size());
  std::string russian;
  while (russian.size() < (5u << 20)) russian += kRussian + "\n";
  std::string cp1251 = encode(russian, "windows-1251");
  auto t0 = std::chrono::steady_clock::now();
  Decoded a = decode_to_utf8(utf8);
  auto t1 = std::chrono::steady_clock::now();
  Decoded b = decode_to_utf8(cp1251);
  auto t2 = std::chrono::steady_clock::now();
  BOOST_TEST(a.text.size() == utf8.size());
  BOOST_TEST(charset_name(b.charset) == "windows-1251");
  BOOST_TEST(b.text == russian);
  double mb = utf8.size() / 1e6;
  BOOST_TEST_MESSAGE("utf-8: " << mb / std::chrono::duration<double>(t1 - t0).count()
                               << " MB/s; cp1251: "
                               << cp1251.size() / 1e6 / std::chrono::duration<double>(t2 - t1).count()
                               << " MB/s");
}

// Real Russian statute lines, re-encoded: detection must hold for single lines too.
// Reads /work/shared/corpora (never copied into the repository); skipped when absent.
BOOST_AUTO_TEST_CASE(detects_single_byte_charsets_on_corpus_lines) {
  const std::filesystem::path dir = "/work/shared/corpora/kz_laws_parallel";
  if (!std::filesystem::exists(dir)) {
    BOOST_TEST_MESSAGE("skipped: " << dir << " is absent");
    return;
  }
  std::size_t lines = 0, right = 0, files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (name.size() < 7 || name.substr(name.size() - 7) != ".ru.txt" || ++files > 30) continue;
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line);) {
      if (line.size() < 40) continue;  // 20+ Cyrillic letters
      for (const char* cs : {"windows-1251", "KOI8-R"}) {
        auto bytes = try_encode(line, cs);
        if (!bytes) continue;
        ++lines;
        try {
          right += decode_to_utf8(*bytes).text == line;
        } catch (const DecodeError&) {
        }
      }
    }
  }
  BOOST_TEST_MESSAGE(right << " of " << lines << " corpus lines decoded exactly");
  BOOST_TEST(lines > 100u);
  BOOST_TEST(right >= lines * 995 / 1000);
}

#include "text/decode.h"

#include <unicode/ucnv.h>

#include <array>
#include <cstring>

#include "text/utf8.h"

namespace lexkz::text {
namespace {

// A single-byte charset as a 256-entry table built once from ICU's converter, so the
// per-byte conversion and the detection score need no ICU call on the hot path.
struct ByteTable {
  std::array<char32_t, 256> cp{};
  std::array<int, 256> score{};
};

// Approximate Russian letter frequencies per mille (о е а и н т с р в л …), from the
// standard frequency table of the Russian National Corpus; index = U+0430..U+044F.
constexpr std::array<int, 32> kRuFreq = {
    80, 16, 45, 17, 30, 85, 9,  16, 74, 12, 35, 44, 32, 67, 110, 28,  // а..п
    47, 55, 63, 26, 3,  10, 5,  14, 7,  4,  1,  19, 17, 3,  6,   20}; // р..я

// A wrong reading permutes the letters (KOI8-R is ordered by Latin sound, cp1251 by
// alphabet) and swaps case, so frequent letters score high and lower case gets a small
// bonus; frequency alone must decide for all-capital headings.
int letter_score(char32_t cp) {
  if (cp >= 0x430 && cp <= 0x44F) return kRuFreq[cp - 0x430] + 4;
  if (cp >= 0x410 && cp <= 0x42F) return kRuFreq[cp - 0x410];
  if (cp == 0x451 || cp == 0x456) return 5;                          // ё, і
  if (cp == 0x401 || cp == 0x406) return 1;
  if (cp == 0xAB || cp == 0xBB || cp == 0x2013 || cp == 0x2014 || cp == 0x2116) return 5;
  if (cp >= 0x2500 && cp <= 0x25FF) return -20;  // box drawing: KOI8-R read wrongly
  if (cp == 0xFFFD) return -20;                  // unmapped byte
  return 0;
}

ByteTable make_table(const char* icu_name) {
  ByteTable t;
  UErrorCode err = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(icu_name, &err);
  for (int b = 0; b < 256; ++b) {
    char32_t cp = b < 0x80 ? static_cast<char32_t>(b) : 0xFFFD;
    if (b >= 0x80 && U_SUCCESS(err)) {
      char in = static_cast<char>(b);
      UChar out[4];
      UErrorCode e = U_ZERO_ERROR;
      int32_t n = ucnv_toUChars(cnv, out, 4, &in, 1, &e);
      if (U_SUCCESS(e) && n == 1 && out[0] != 0x1A) cp = out[0];
    }
    t.cp[b] = cp;
    t.score[b] = b < 0x80 ? 0 : letter_score(cp);
  }
  if (cnv) ucnv_close(cnv);
  return t;
}

const ByteTable& table(Charset cs) {
  static const ByteTable cp1251 = make_table("windows-1251");
  static const ByteTable koi8r = make_table("KOI8-R");
  return cs == Charset::koi8r ? koi8r : cp1251;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// Magic numbers of formats people rename to .txt; checked before anything else so the
// error names the real format.
void reject_known_binary(std::string_view b) {
  std::size_t i = 0;
  while (i < b.size() && i < 16 && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r')) ++i;
  std::string_view s = b.substr(i);
  struct Magic { std::string_view bytes; const char* name; };
  static constexpr Magic kMagic[] = {
      {"%PDF-", "PDF document"},
      {std::string_view("PK\x03\x04", 4), "ZIP archive (docx/xlsx/odt?)"},
      {"\xD0\xCF\x11\xE0", "OLE2 document (doc/xls?)"},
      {"\x89PNG", "PNG image"},
      {"\xFF\xD8\xFF", "JPEG image"},
      {"GIF8", "GIF image"},
      {"\x7F" "ELF", "ELF executable"},
  };
  for (const auto& m : kMagic)
    if (starts_with(s, m.bytes)) throw DecodeError(std::string("binary input: ") + m.name, i);
}

// Counts C0 controls other than \t \n \v \f \r and ESC/SUB (which stray into old
// DOS/Windows text); many of them mean the bytes are not text.
void reject_control_chars(std::string_view b) {
  std::size_t count = 0, first = 0;
  for (std::size_t i = 0; i < b.size(); ++i) {
    auto c = static_cast<unsigned char>(b[i]);
    if (c < 0x20 && !(c >= 0x09 && c <= 0x0D) && c != 0x1A && c != 0x1B) {
      if (count++ == 0) first = i;
    }
  }
  if (count > 2 + b.size() / 200)
    throw DecodeError("binary input: " + std::to_string(count) + " control characters", first);
}

// Decodes UTF-16 code units; `offset0` is the byte offset of `body` in the input.
std::string utf16_to_utf8(std::string_view body, bool big_endian, std::size_t offset0) {
  if (body.size() % 2 != 0)
    throw DecodeError("UTF-16 input has an odd number of bytes", offset0 + body.size() - 1);
  const auto* p = reinterpret_cast<const unsigned char*>(body.data());
  auto unit = [&](std::size_t i) -> char32_t {
    return big_endian ? (p[i] << 8 | p[i + 1]) : (p[i + 1] << 8 | p[i]);
  };
  std::string out;
  out.reserve(body.size() * 3 / 2);
  std::size_t controls = 0;
  for (std::size_t i = 0; i < body.size(); i += 2) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF) {
      char32_t lo = i + 2 < body.size() ? unit(i + 2) : 0;
      if (lo < 0xDC00 || lo > 0xDFFF)
        throw DecodeError("UTF-16 input has an unpaired surrogate", offset0 + i);
      u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
      i += 2;
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      throw DecodeError("UTF-16 input has an unpaired surrogate", offset0 + i);
    } else if (u == 0) {
      throw DecodeError("binary input: U+0000 in UTF-16 text", offset0 + i);
    } else if (u < 0x20 && !(u >= 0x09 && u <= 0x0D) && ++controls > 2 + body.size() / 400) {
      throw DecodeError("binary input: control characters in UTF-16 text", offset0 + i);
    } else if (u == 0xFEFF && i == 0) {
      continue;  // a second BOM (rare tools write two)
    }
    append_utf8(out, u);
  }
  return out;
}

// UTF-16 without a BOM: NUL bytes (the high byte of ASCII spaces, digits, punctuation)
// sit at one parity only. Returns true and sets `big_endian` when the pattern is clear.
bool looks_like_bomless_utf16(std::string_view b, bool& big_endian) {
  if (b.size() < 4 || b.size() % 2 != 0) return false;
  std::size_t even = 0, odd = 0;
  for (std::size_t i = 0; i < b.size(); ++i)
    if (b[i] == 0) ++(i % 2 ? odd : even);
  std::size_t units = b.size() / 2;
  if (odd >= units / 20 + 1 && even * 50 <= odd) { big_endian = false; return true; }
  if (even >= units / 20 + 1 && odd * 50 <= even) { big_endian = true; return true; }
  return false;
}

Charset guess_single_byte(std::string_view b) {
  const auto& w = table(Charset::cp1251).score;
  const auto& k = table(Charset::koi8r).score;
  long sw = 0, sk = 0;
  for (unsigned char c : b) {
    sw += w[c];
    sk += k[c];
  }
  return sk > sw ? Charset::koi8r : Charset::cp1251;
}

std::string single_byte_to_utf8(std::string_view b, Charset cs) {
  const auto& t = table(cs).cp;
  std::string out;
  out.reserve(b.size() * 2);
  for (unsigned char c : b) {
    if (c < 0x80) out.push_back(static_cast<char>(c));
    else append_utf8(out, t[c]);
  }
  return out;
}

// True when well-formed multi-byte UTF-8 sequences outnumber the bytes that fit none:
// real cp1251/KOI8-R text almost never forms them (a letter lead byte is followed by
// another letter, not by a 0x80–0xBF continuation byte).
bool mostly_utf8(std::string_view b) {
  std::size_t valid = 0, invalid = 0;
  for (std::size_t i = 0; i < b.size();) {
    unsigned char c = static_cast<unsigned char>(b[i]);
    std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (len == 1) {
      ++i;
    } else if (len && i + len <= b.size() && is_valid_utf8(b.substr(i, len))) {
      ++valid;
      i += len;
    } else {
      ++invalid;
      ++i;
    }
  }
  return valid >= invalid;
}

}  // namespace

std::string_view charset_name(Charset charset) {
  switch (charset) {
    case Charset::utf8: return "utf-8";
    case Charset::utf16le: return "utf-16le";
    case Charset::utf16be: return "utf-16be";
    case Charset::cp1251: return "windows-1251";
    case Charset::koi8r: return "koi8-r";
  }
  return "unknown";
}

Decoded decode_to_utf8(std::string_view bytes) {
  Decoded d;
  if (starts_with(bytes, std::string_view("\xFF\xFE\0\0", 4)) ||
      starts_with(bytes, std::string_view("\0\0\xFE\xFF", 4)))
    throw DecodeError("UTF-32 input is not supported", 0);
  if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF")) {
    bool be = bytes[0] == '\xFE';
    d.charset = be ? Charset::utf16be : Charset::utf16le;
    d.text = utf16_to_utf8(bytes.substr(2), be, 2);
    return d;
  }
  std::size_t base = 0;
  if (starts_with(bytes, "\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    base = 3;
  }
  reject_known_binary(bytes);
  if (const void* nul = std::memchr(bytes.data(), 0, bytes.size())) {
    bool be = false;
    if (base == 0 && looks_like_bomless_utf16(bytes, be)) {
      d.charset = be ? Charset::utf16be : Charset::utf16le;
      d.text = utf16_to_utf8(bytes, be, 0);
      return d;
    }
    throw DecodeError("binary input: NUL byte",
                      base + (static_cast<const char*>(nul) - bytes.data()));
  }
  try {
    reject_control_chars(bytes);
  } catch (DecodeError& e) {
    throw DecodeError(e.what(), e.offset + base);
  }
  std::size_t bad = 0;
  if (is_valid_utf8(bytes, &bad)) {
    d.text.assign(bytes);
    return d;
  }
  if (base != 0) throw DecodeError("invalid UTF-8 after a UTF-8 byte order mark", base + bad);
  // Mostly UTF-8 with a few stray bytes: read as cp1251 it would become silent mojibake.
  if (mostly_utf8(bytes)) throw DecodeError("invalid UTF-8", bad);
  d.charset = guess_single_byte(bytes);
  d.text = single_byte_to_utf8(bytes, d.charset);
  return d;
}

}  // namespace lexkz::text

#include "indexer/file_type.h"

#include <algorithm>
#include <cstring>

namespace lexkz::indexer {
namespace {

bool ends_with_ci(const std::string& s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    char c = s[s.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

bool starts_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

bool contains(std::string_view hay, std::string_view needle) {
  return std::search(hay.begin(), hay.end(), needle.begin(), needle.end()) != hay.end();
}

// The name of the zip's first local file header (PK\3\4, name length at 26, name at 30).
std::string_view first_entry(std::string_view b) {
  if (b.size() < 30) return {};
  std::size_t len = static_cast<unsigned char>(b[26]) | static_cast<unsigned char>(b[27]) << 8;
  std::size_t extra = static_cast<unsigned char>(b[28]) | static_cast<unsigned char>(b[29]) << 8;
  (void)extra;
  if (30 + len > b.size()) return {};
  return b.substr(30, len);
}

Magic sniff_zip(std::string_view b, bool complete) {
  // ODF puts an uncompressed "mimetype" entry first so that this check works (ODF 1.2
  // part 3, §3.3): its bytes follow the header and the extra field.
  std::string_view first = first_entry(b);
  if (first == "mimetype") {
    std::size_t extra = static_cast<unsigned char>(b[28]) | static_cast<unsigned char>(b[29]) << 8;
    std::string_view data = b.substr(std::min(b.size(), 30 + first.size() + extra));
    if (data.substr(0, 39) == "application/vnd.oasis.opendocument.text" &&
        (data.size() == 39 || data[39] != '-'))  // not "…text-template" / "-master"
      return Magic::odt;
    return Magic::zip_other;
  }
  // Entry names are stored uncompressed in the local headers and the central directory.
  if (complete) return contains(b, "word/document.xml") ? Magic::docx : Magic::zip_other;
  return first == "[Content_Types].xml" || first.substr(0, 5) == "word/" ? Magic::docx : Magic::zip_other;
}

}  // namespace

InputFormat format_of(const std::string& path) {
  if (ends_with_ci(path, ".txt")) return InputFormat::txt;
  if (ends_with_ci(path, ".html") || ends_with_ci(path, ".htm")) return InputFormat::html;
  if (ends_with_ci(path, ".jsonl")) return InputFormat::jsonl;
  if (ends_with_ci(path, ".pdf")) return InputFormat::pdf;
  if (ends_with_ci(path, ".docx")) return InputFormat::docx;
  if (ends_with_ci(path, ".odt")) return InputFormat::odt;
  if (ends_with_ci(path, ".rtf")) return InputFormat::rtf;
  if (ends_with_ci(path, ".doc")) return InputFormat::doc;
  return InputFormat::unsupported;
}

Magic sniff(std::string_view b, bool complete) {
  if (b.substr(0, 5) == "%PDF-") return Magic::pdf;
  if (b.substr(0, 4) == std::string_view("PK\x03\x04", 4)) return sniff_zip(b, complete);
  if (b.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) return Magic::ole2;
  std::string_view s = b;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  std::size_t blank = 0;
  while (blank < s.size() && blank < 4096 && (s[blank] == ' ' || s[blank] == '\t' || s[blank] == '\r' || s[blank] == '\n')) ++blank;
  s.remove_prefix(blank);
  if (s.substr(0, 5) == "{\\rtf") return Magic::rtf;
  if (starts_ci(s, "<!doctype html") || starts_ci(s, "<html")) return Magic::html;
  return Magic::none;
}

bool is_word97(std::string_view bytes) {
  // The stream name in the directory sector is UTF-16LE.
  static const char kName[] = "W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0";
  return sniff(bytes) == Magic::ole2 && contains(bytes, std::string_view(kName, sizeof kName - 1));
}

InputFormat decide_format(std::string_view bytes, InputFormat ext, std::string* reason) {
  switch (sniff(bytes)) {
    case Magic::pdf: return InputFormat::pdf;
    case Magic::docx: return InputFormat::docx;
    case Magic::odt: return InputFormat::odt;
    case Magic::rtf: return InputFormat::rtf;
    case Magic::ole2: return InputFormat::doc;
    case Magic::zip_other:
      *reason = ext == InputFormat::docx ? "not a Word document: the zip holds no word/document.xml"
              : ext == InputFormat::odt  ? "not an OpenDocument text (the zip's mimetype is another)"
                                         : "a zip archive, not a DOCX or ODT document";
      return InputFormat::unsupported;
    case Magic::html:
      // Word's "save as web page" keeps the .doc extension.
      if (ext == InputFormat::txt || ext == InputFormat::unsupported || ext == InputFormat::doc)
        return InputFormat::html;
      break;
    case Magic::none:
      break;
  }
  switch (ext) {
    case InputFormat::pdf: *reason = "not a PDF file (no %PDF- signature)"; return InputFormat::unsupported;
    case InputFormat::docx: *reason = "not a DOCX file (not a zip archive)"; return InputFormat::unsupported;
    case InputFormat::odt: *reason = "not an ODT file (not a zip archive)"; return InputFormat::unsupported;
    case InputFormat::rtf: *reason = "not an RTF file (no {\\rtf signature)"; return InputFormat::unsupported;
    case InputFormat::doc: *reason = "not a Word 97 file (no OLE2 signature)"; return InputFormat::unsupported;
    default: return ext;
  }
}

bool worth_sniffing(std::string_view head) {
  Magic m = sniff(head, /*complete=*/false);
  return m == Magic::pdf || m == Magic::docx || m == Magic::odt || m == Magic::rtf;
}

}  // namespace lexkz::indexer

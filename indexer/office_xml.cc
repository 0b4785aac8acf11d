#include "indexer/office_xml.h"

#include <libxml/parser.h>

#include <cstring>
#include <limits>

#include "indexer/extracted_text.h"

namespace lexkz::indexer {
namespace {

struct CtxtFree {
  void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};

// Called when the parser meets <!DOCTYPE …>, before any declaration in it is parsed.
void refuse_dtd(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
  auto* ctxt = static_cast<xmlParserCtxt*>(ctx);
  *static_cast<bool*>(ctxt->_private) = true;
  xmlStopParser(ctxt);
}

std::string trimmed(const char* s) {
  std::string m = s ? s : "";
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  return m;
}

// Word's letter formats: a..z, then aa..zz, aaa… (the letter repeated).
std::string letters(long n, const char* const* alphabet, int size) {
  if (n <= 0) return std::to_string(n);
  std::string out;
  long repeat = (n - 1) / size + 1;
  if (repeat > 50) return std::to_string(n);  // nonsense input: stay bounded
  for (long i = 0; i < repeat; ++i) out += alphabet[(n - 1) % size];
  return out;
}

std::string roman(long n, bool upper) {
  if (n <= 0 || n >= 4000) return std::to_string(n);
  static const struct { int value; const char* lower; const char* upper; } kDigits[] = {
      {1000, "m", "M"}, {900, "cm", "CM"}, {500, "d", "D"}, {400, "cd", "CD"}, {100, "c", "C"},
      {90, "xc", "XC"}, {50, "l", "L"},    {40, "xl", "XL"}, {10, "x", "X"},   {9, "ix", "IX"},
      {5, "v", "V"},    {4, "iv", "IV"},   {1, "i", "I"}};
  std::string out;
  for (const auto& d : kDigits)
    while (n >= d.value) {
      out += upper ? d.upper : d.lower;
      n -= d.value;
    }
  return out;
}

}  // namespace

XmlDocPtr parse_office_xml(std::string_view bytes, const std::string& part) {
  if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
    throw FormatError(part + " is too large");
  static const bool initialised = (xmlInitParser(), true);
  (void)initialised;
  std::unique_ptr<xmlParserCtxt, CtxtFree> ctxt(xmlNewParserCtxt());
  if (!ctxt) throw FormatError("out of memory creating the XML parser");
  bool saw_dtd = false;
  ctxt->_private = &saw_dtd;
  ctxt->sax->internalSubset = refuse_dtd;
  ctxt->sax->externalSubset = nullptr;
  XmlDocPtr doc(xmlCtxtReadMemory(ctxt.get(), bytes.data(), static_cast<int>(bytes.size()), nullptr,
                                  nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (saw_dtd)
    throw FormatError(part + " has a DTD (<!DOCTYPE>), which office documents never carry; refused "
                             "(external entities or entity expansion)");
  if (!doc || !ctxt->wellFormed) {
    const xmlError& e = ctxt->lastError;
    std::string msg = trimmed(e.message);
    if (msg.find("Excessive depth") != std::string::npos)
      throw FormatError(part + " is nested deeper than 256 elements (libxml2's limit); not read");
    throw FormatError(part + " is not well-formed XML (line " + std::to_string(e.line) + ": " +
                      (msg.empty() ? "parse error" : msg) + ")");
  }
  return doc;
}

bool is_element(const xmlNode* n, const char* ns_uri, const char* local) {
  if (!n || n->type != XML_ELEMENT_NODE || !n->name) return false;
  if (std::strcmp(reinterpret_cast<const char*>(n->name), local) != 0) return false;
  if (!ns_uri) return n->ns == nullptr;
  return n->ns && n->ns->href && std::strcmp(reinterpret_cast<const char*>(n->ns->href), ns_uri) == 0;
}

std::string attribute(const xmlNode* n, const char* ns_uri, const char* local) {
  if (!n || n->type != XML_ELEMENT_NODE) return {};
  xmlChar* v = ns_uri ? xmlGetNsProp(n, reinterpret_cast<const xmlChar*>(local), reinterpret_cast<const xmlChar*>(ns_uri))
                      : xmlGetNoNsProp(n, reinterpret_cast<const xmlChar*>(local));
  if (!v) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

const xmlNode* child_element(const xmlNode* n, const char* ns_uri, const char* local) {
  if (!n) return nullptr;
  for (const xmlNode* c = n->children; c; c = c->next)
    if (is_element(c, ns_uri, local)) return c;
  return nullptr;
}

std::string collapsed_text(const xmlNode* n) {
  std::string out;
  bool space = false;
  // Iterative walk: titles are shallow, but the helper must not trust that.
  const xmlNode* c = n ? n->children : nullptr;
  while (c) {
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content) {
      for (const char* s = reinterpret_cast<const char*>(c->content); *s; ++s) {
        if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
          space = true;
          continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += *s;
      }
    }
    if (c->type == XML_ELEMENT_NODE && c->children) {
      c = c->children;
      continue;
    }
    while (c && c != n && !c->next) c = c->parent;
    if (!c || c == n) break;
    c = c->next;
  }
  return out;
}

std::string format_number(long n, std::string_view format) {
  static const char* const kLatinLower[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
                                            "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"};
  static const char* const kLatinUpper[] = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M",
                                            "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z"};
  // Word's russianLower/Upper: the alphabet without ё, й, ъ, ы, ь (28 letters), as in
  // Russian legal drafting ("а)", "б)", … "и)", "к)").
  static const char* const kRuLower[] = {"а", "б", "в", "г", "д", "е", "ж", "з", "и", "к", "л", "м", "н", "о",
                                         "п", "р", "с", "т", "у", "ф", "х", "ц", "ч", "ш", "щ", "э", "ю", "я"};
  static const char* const kRuUpper[] = {"А", "Б", "В", "Г", "Д", "Е", "Ж", "З", "И", "К", "Л", "М", "Н", "О",
                                         "П", "Р", "С", "Т", "У", "Ф", "Х", "Ц", "Ч", "Ш", "Щ", "Э", "Ю", "Я"};
  if (format == "lowerLetter") return letters(n, kLatinLower, 26);
  if (format == "upperLetter") return letters(n, kLatinUpper, 26);
  if (format == "russianLower") return letters(n, kRuLower, 28);
  if (format == "russianUpper") return letters(n, kRuUpper, 28);
  if (format == "lowerRoman") return roman(n, false);
  if (format == "upperRoman") return roman(n, true);
  if (format == "decimalZero") return (n >= 0 && n < 10 ? "0" : "") + std::to_string(n);
  return std::to_string(n);
}

void append_cell_line(std::string& cell, std::string line) {
  for (char& ch : line)
    if (ch == '\n' || ch == '\t') ch = ' ';
  if (line.find_first_not_of(' ') == std::string::npos) return;
  if (!cell.empty()) cell += ' ';
  cell += line;
}

void append_note_line(std::string& note, std::string line) {
  for (char& ch : line)
    if (ch == '\n') ch = ' ';
  std::size_t b = line.find_first_not_of(" \t");
  if (b == std::string::npos) return;
  if (!note.empty()) note += ' ';
  note += line.substr(b);
}

void append_cell(std::string& row, bool& first, const std::string& cell) {
  if (!first) row += " | ";
  first = false;
  row += cell;
}

}  // namespace lexkz::indexer

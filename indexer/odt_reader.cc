#include "indexer/odt_reader.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "indexer/office_xml.h"

namespace lexkz::indexer {
namespace {

constexpr const char* kOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr const char* kText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr const char* kTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr const char* kStyle = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
constexpr const char* kDc = "http://purl.org/dc/elements/1.1/";

bool t(const xmlNode* n, const char* local) { return is_element(n, kText, local); }

long number_or(const std::string& s, long fallback) {
  if (s.empty()) return fallback;
  char* end = nullptr;
  long v = std::strtol(s.c_str(), &end, 10);
  return end && *end == '\0' ? v : fallback;
}

constexpr int kLevels = 10;  // ODF list levels 1..10

// One level of a list style (text:list-level-style-number / -bullet).
struct ListLevel {
  bool defined = false;
  bool bullet = false;
  std::string format;  // style:num-format: "1", "a", "A", "i", "I", "а, б, .." or "" (none)
  std::string prefix, suffix;
  long start = 1;
  int display = 1;  // text:display-levels
};
using ListStyle = std::array<ListLevel, kLevels>;

// style:num-format → format_number's names. LibreOffice writes Cyrillic letter formats as
// "а, б, .., аа, аб, ..." (a list of its first items): the first letter decides.
std::string word_format(const std::string& f) {
  if (f == "a") return "lowerLetter";
  if (f == "A") return "upperLetter";
  if (f == "i") return "lowerRoman";
  if (f == "I") return "upperRoman";
  if (f.rfind("а", 0) == 0) return "russianLower";  // U+0430 CYRILLIC SMALL LETTER A
  if (f.rfind("А", 0) == 0) return "russianUpper";  // U+0410 CYRILLIC CAPITAL LETTER A
  return "decimal";
}

void load_list_styles(const xmlDoc* doc, std::map<std::string, ListStyle>& out) {
  const xmlNode* root = doc ? xmlDocGetRootElement(const_cast<xmlDoc*>(doc)) : nullptr;
  if (!root) return;
  for (const xmlNode* sec = root->children; sec; sec = sec->next) {
    if (!is_element(sec, kOffice, "automatic-styles") && !is_element(sec, kOffice, "styles")) continue;
    for (const xmlNode* ls = sec->children; ls; ls = ls->next) {
      if (!t(ls, "list-style")) continue;
      ListStyle& style = out[attribute(ls, kStyle, "name")];
      for (const xmlNode* lv = ls->children; lv; lv = lv->next) {
        bool number = t(lv, "list-level-style-number"), bullet = t(lv, "list-level-style-bullet") ||
                                                                 t(lv, "list-level-style-image");
        if (!number && !bullet) continue;
        long k = number_or(attribute(lv, kText, "level"), 0) - 1;
        if (k < 0 || k >= kLevels) continue;
        ListLevel& level = style[k];
        level.defined = true;
        level.bullet = bullet;
        level.format = attribute(lv, kStyle, "num-format");
        level.prefix = attribute(lv, kStyle, "num-prefix");
        level.suffix = attribute(lv, kStyle, "num-suffix");
        level.start = number_or(attribute(lv, kText, "start-value"), 1);
        level.display = static_cast<int>(std::max(1L, std::min<long>(kLevels, number_or(attribute(lv, kText, "display-levels"), 1))));
      }
    }
  }
}

// The counters of one list (a top-level text:list and the lists nested in it).
struct ListCounters {
  std::array<long, kLevels> value{};
  std::array<bool, kLevels> begun{};
};

struct Notes {
  std::vector<const xmlNode*> bodies;  // text:note-body, in order of reference
};

class OdtText {
 public:
  explicit OdtText(const std::map<std::string, ListStyle>& styles) : styles_(styles) {}

  template <class Emit>
  void blocks(const xmlNode* parent, Emit&& emit) {
    for (const xmlNode* n = parent->children; n; n = n->next) {
      if (t(n, "p") || t(n, "h")) {
        std::string line;
        // A heading numbered by the outline style may carry its number as rendered
        // (text:number); inside lists we render numbers ourselves and skip it.
        if (const xmlNode* number = t(n, "h") ? child_element(n, kText, "number") : nullptr)
          line = collapsed_text(number) + " ";
        inline_content(n, line);
        emit(line);
      } else if (t(n, "list")) {
        list(n, emit);
      } else if (is_element(n, kTable, "table")) {
        table(n, emit);
      } else if (t(n, "section") || t(n, "table-of-content") || t(n, "index-body") ||
                 t(n, "illustration-index") || t(n, "alphabetical-index") ||
                 is_element(n, kOffice, "text")) {
        blocks(n, emit);
      }
      // text:sequence-decls, text:tracked-changes, office:forms, draw:*: no body text.
    }
  }

  std::string note_text(const xmlNode* body) {
    std::string text;
    blocks(body, [&](std::string line) { append_note_line(text, std::move(line)); });
    return text;
  }

  Notes footnotes, endnotes;

 private:
  struct ListContext {
    const ListStyle* style = nullptr;
    ListCounters* counters = nullptr;
    int level = 0;  // 0-based nesting level
  };

  // A top-level text:list starts its counters afresh unless it continues an earlier list
  // (text:continue-numbering="true", or text:continue-list naming one): then it takes the
  // counters of the last list with its style.
  template <class Emit>
  void list(const xmlNode* n, Emit&& emit) {
    std::string style_name = attribute(n, kText, "style-name");
    ListContext ctx = list_stack_.empty() ? ListContext{} : list_stack_.back();
    if (list_stack_.empty()) {
      ctx.level = 0;
      bool cont = attribute(n, kText, "continue-numbering") == "true" || !attribute(n, kText, "continue-list").empty();
      auto [it, fresh] = last_counters_.try_emplace(style_name);
      if (!cont || fresh) it->second = ListCounters{};
      ctx.counters = &it->second;
    } else {
      ctx.level = std::min(ctx.level + 1, kLevels - 1);
    }
    if (!style_name.empty()) {
      auto s = styles_.find(style_name);
      if (s != styles_.end()) ctx.style = &s->second;
    }
    list_stack_.push_back(ctx);
    for (const xmlNode* item = n->children; item; item = item->next) {
      bool header = t(item, "list-header");
      if (!t(item, "list-item") && !header) continue;
      // The item's number goes before its first paragraph; an item that opens with a
      // nested list has no paragraph of its own and takes no number.
      const xmlNode* first = item->children;
      while (first && first->type != XML_ELEMENT_NODE) first = first->next;
      std::string number;
      if (!header && first && (t(first, "p") || t(first, "h")))
        number = next_number(list_stack_.back(), number_or(attribute(item, kText, "start-value"), -1));
      for (const xmlNode* c = item->children; c; c = c->next) {
        if (t(c, "p") || t(c, "h")) {
          std::string line = std::move(number);
          number.clear();
          inline_content(c, line);
          emit(line);
        } else if (t(c, "list")) {
          list(c, emit);
        } else if (is_element(c, kTable, "table")) {
          table(c, emit);
        }
      }
    }
    list_stack_.pop_back();
  }

  std::string next_number(const ListContext& ctx, long start_override) {
    if (!ctx.style || !ctx.counters) return {};
    const ListStyle& style = *ctx.style;
    ListCounters& c = *ctx.counters;
    const int l = ctx.level;
    const ListLevel& lv = style[l];
    if (!lv.defined) return {};
    if (start_override >= 0) {
      c.value[l] = start_override;
    } else if (!c.begun[l]) {
      c.value[l] = lv.start;
    } else {
      ++c.value[l];
    }
    c.begun[l] = true;
    for (int k = l + 1; k < kLevels; ++k) c.begun[k] = false;
    if (lv.bullet) return "• ";
    if (lv.format.empty()) return lv.prefix.empty() && lv.suffix.empty() ? "" : lv.prefix + lv.suffix + " ";
    std::string nums;
    for (int k = std::max(0, l - lv.display + 1); k <= l; ++k) {
      if (!nums.empty()) nums += '.';
      long v = c.begun[k] ? c.value[k] : style[k].start;
      nums += format_number(v, word_format(style[k].format));
    }
    return lv.prefix + nums + lv.suffix + " ";
  }

  template <class Emit>
  void table(const xmlNode* tbl, Emit&& emit) {
    for (const xmlNode* n = tbl->children; n; n = n->next) {
      if (is_element(n, kTable, "table-row")) {
        emit(row(n));
      } else if (is_element(n, kTable, "table-header-rows") || is_element(n, kTable, "table-rows") ||
                 is_element(n, kTable, "table-row-group")) {
        table(n, emit);
      }
    }
  }

  std::string row(const xmlNode* tr) {
    std::string out;
    bool first = true;
    for (const xmlNode* tc = tr->children; tc; tc = tc->next) {
      // table:covered-table-cell: hidden under a merged cell, no text of its own.
      if (!is_element(tc, kTable, "table-cell")) continue;
      std::string text;
      blocks(tc, [&](std::string line) { append_cell_line(text, std::move(line)); });
      append_cell(out, first, text);
    }
    return out;
  }

  // Character content of a paragraph. Whitespace in text nodes collapses (ODF 1.2 §6.1.2);
  // text:s, text:tab and text:line-break are the real spaces, tabs and breaks.
  void inline_content(const xmlNode* parent, std::string& out) {
    for (const xmlNode* n = parent->children; n; n = n->next) {
      if (n->type == XML_TEXT_NODE && n->content) {
        for (const char* s = reinterpret_cast<const char*>(n->content); *s; ++s) {
          char ch = *s;
          if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
          if (ch == ' ' && !out.empty() && out.back() == ' ') continue;
          out += ch;
        }
      } else if (n->type != XML_ELEMENT_NODE) {
        continue;
      } else if (t(n, "s")) {
        out.append(static_cast<std::size_t>(std::clamp(number_or(attribute(n, kText, "c"), 1), 1L, 100L)), ' ');
      } else if (t(n, "tab")) {
        out += '\t';
      } else if (t(n, "line-break")) {
        out += '\n';
      } else if (t(n, "note")) {
        Notes& notes = attribute(n, kText, "note-class") == "endnote" ? endnotes : footnotes;
        if (const xmlNode* body = child_element(n, kText, "note-body")) {
          notes.bodies.push_back(body);
          out += "[" + std::to_string(notes.bodies.size()) + "]";
        }
      } else if (t(n, "number") || t(n, "tracked-changes") || t(n, "soft-page-break") ||
                 t(n, "bookmark") || t(n, "bookmark-start") || t(n, "bookmark-end") ||
                 t(n, "change") || t(n, "change-start") || t(n, "change-end") ||
                 is_element(n, kOffice, "annotation") || is_element(n, kOffice, "annotation-end") ||
                 (n->ns && n->ns->href &&
                  std::string_view(reinterpret_cast<const char*>(n->ns->href)).find(":drawing:") != std::string_view::npos)) {
        // Skipped: text:number repeats a number we render, the rest are no text or
        // not the document's text (comments, frames).
      } else {
        inline_content(n, out);  // text:span, text:a, fields (their shown value), ruby…
      }
    }
  }

  const std::map<std::string, ListStyle>& styles_;
  std::map<std::string, ListCounters> last_counters_;
  std::vector<ListContext> list_stack_;
};

}  // namespace

ExtractedText odt_parts_to_text(const OdtParts& parts) {
  XmlDocPtr content = parse_office_xml(parts.content, "content.xml");
  XmlDocPtr styles_xml = parts.styles.empty() ? nullptr : parse_office_xml(parts.styles, "styles.xml");
  XmlDocPtr meta_xml = parts.meta.empty() ? nullptr : parse_office_xml(parts.meta, "meta.xml");
  std::map<std::string, ListStyle> styles;
  load_list_styles(styles_xml.get(), styles);
  load_list_styles(content.get(), styles);  // automatic styles of content.xml
  const xmlNode* root = xmlDocGetRootElement(content.get());
  const xmlNode* body = is_element(root, kOffice, "document-content") ? child_element(root, kOffice, "body") : nullptr;
  const xmlNode* text = child_element(body, kOffice, "text");
  if (!text) throw FormatError("content.xml has no office:body/office:text (not a text document)");
  OdtText odt(styles);
  LineCollector lines;
  odt.blocks(text, [&](const std::string& line) { lines.add(line); });
  for (Notes* notes : {&odt.footnotes, &odt.endnotes}) {
    if (notes->bodies.empty()) continue;
    lines.blank();
    // A note may hold a note: bodies can grow while walked.
    for (std::size_t i = 0; i < notes->bodies.size(); ++i)
      lines.add("[" + std::to_string(i + 1) + "] " + odt.note_text(notes->bodies[i]));
  }
  ExtractedText out;
  out.text = lines.take();
  if (const xmlNode* m = meta_xml ? xmlDocGetRootElement(meta_xml.get()) : nullptr)
    if (const xmlNode* title = child_element(child_element(m, kOffice, "meta"), kDc, "title"))
      out.title = collapsed_text(title);
  return out;
}

ExtractedText read_odt(std::string_view bytes, const ZipLimits& limits) {
  ZipArchive zip(bytes, limits);
  std::optional<std::string> content = zip.read("content.xml");
  if (!content) throw FormatError("not an OpenDocument text: the zip holds no content.xml");
  const std::string styles = zip.read("styles.xml").value_or(std::string());
  const std::string meta = zip.read("meta.xml").value_or(std::string());
  return odt_parts_to_text({*content, styles, meta});
}

}  // namespace lexkz::indexer

#include "indexer/docx_reader.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "indexer/office_xml.h"

namespace lexkz::indexer {
namespace {

// WordprocessingML in its transitional (everyone) and strict (ISO 29500 strict) namespaces.
constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr const char* kDc = "http://purl.org/dc/elements/1.1/";

bool w(const xmlNode* n, const char* local) { return is_element(n, kW, local) || is_element(n, kWStrict, local); }

const xmlNode* w_child(const xmlNode* n, const char* local) {
  if (!n) return nullptr;
  for (const xmlNode* c = n->children; c; c = c->next)
    if (w(c, local)) return c;
  return nullptr;
}

// w:val (and other w: attributes) in whichever namespace the element uses.
std::string w_attr(const xmlNode* n, const char* local) {
  if (!n) return {};
  std::string v = attribute(n, kW, local);
  return v.empty() ? attribute(n, kWStrict, local) : v;
}

// "on" properties: <w:vanish/>, <w:vanish w:val="true"/>, but not w:val="0"/"false".
bool on(const xmlNode* prop) {
  if (!prop) return false;
  std::string v = w_attr(prop, "val");
  return v != "0" && v != "false" && v != "off";
}

long number_or(const std::string& s, long fallback) {
  if (s.empty()) return fallback;
  char* end = nullptr;
  long v = std::strtol(s.c_str(), &end, 10);
  return end && *end == '\0' ? v : fallback;
}

constexpr int kLevels = 9;  // Word's list levels 0..8

// One level of an abstract numbering definition (w:abstractNum/w:lvl).
struct Level {
  long start = 1;
  std::string format = "decimal";  // w:numFmt
  std::string text;                // w:lvlText, "%1)" — "%N" is level N-1's number
  bool space_after = true;         // w:suff tab/space (default) vs nothing
  bool legal = false;              // w:isLgl: every level's number shown as decimal
};

// A numbering instance (w:num): which abstract definition, and start overrides.
struct Instance {
  std::string abstract_id;
  std::array<std::optional<long>, kLevels> start_override;
};

// Counters of one list: the current number per level, and whether it has begun.
struct Counters {
  std::array<long, kLevels> value{};
  std::array<bool, kLevels> begun{};
};

// Word's automatic numbering (ECMA-376 §17.9): numbering.xml's definitions, paragraph
// styles that carry numbering, and the running counters.
class Numbering {
 public:
  void load(const xmlDoc* numbering, const xmlDoc* styles) {
    if (numbering) load_numbering(xmlDocGetRootElement(const_cast<xmlDoc*>(numbering)));
    if (styles) load_styles(xmlDocGetRootElement(const_cast<xmlDoc*>(styles)));
  }

  // The rendered number of paragraph `p` with a space after it ("1) "), or "" when the
  // paragraph is not numbered. Advances the counters.
  std::string next(const xmlNode* p) {
    const xmlNode* ppr = w_child(p, "pPr");
    std::string num_id, style;
    long ilvl = -1;
    if (const xmlNode* np = w_child(ppr, "numPr")) {
      num_id = w_attr(w_child(np, "numId"), "val");
      ilvl = number_or(w_attr(w_child(np, "ilvl"), "val"), -1);
    }
    style = w_attr(w_child(ppr, "pStyle"), "val");
    if (!style.empty() && (num_id.empty() || ilvl < 0)) {
      // Follow the style and the styles it is based on (bounded: a cycle must not hang).
      std::string s = style;
      for (int hops = 0; hops < 16 && !s.empty(); ++hops) {
        auto it = styles_.find(s);
        if (it == styles_.end()) break;
        if (num_id.empty() && !it->second.num_id.empty()) num_id = it->second.num_id;
        if (ilvl < 0 && it->second.ilvl >= 0) ilvl = it->second.ilvl;
        s = it->second.based_on;
      }
    }
    if (num_id.empty() || num_id == "0") return {};
    if (ilvl < 0) ilvl = 0;
    if (ilvl >= kLevels) return {};
    auto inst = instances_.find(num_id);
    if (inst == instances_.end()) return {};
    auto abs = abstracts_.find(inst->second.abstract_id);
    if (abs == abstracts_.end()) return {};
    const std::array<Level, kLevels>& levels = abs->second;
    // Instances of one abstract definition share counters (a list continues across them)
    // unless an instance restarts with a start override.
    bool own = false;
    for (const auto& o : inst->second.start_override) own = own || o.has_value();
    Counters& c = counters_[own ? "num:" + num_id : "abs:" + inst->second.abstract_id];
    auto start_of = [&](int lvl) {
      return inst->second.start_override[lvl].value_or(levels[lvl].start);
    };
    const int l = static_cast<int>(ilvl);
    if (!c.begun[l]) {
      c.value[l] = start_of(l);
      c.begun[l] = true;
    } else {
      ++c.value[l];
    }
    for (int k = l + 1; k < kLevels; ++k) c.begun[k] = false;  // deeper levels restart
    const Level& lv = levels[l];
    if (lv.format == "none") return {};
    if (lv.format == "bullet") return "• ";
    std::string out;
    const std::string& t = lv.text;
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (t[i] == '%' && i + 1 < t.size() && t[i + 1] >= '1' && t[i + 1] <= '9') {
        int k = t[i + 1] - '1';
        long v = c.begun[k] ? c.value[k] : start_of(k);
        out += format_number(v, lv.legal ? "decimal" : levels[k].format);
        ++i;
      } else {
        out += t[i];
      }
    }
    if (!out.empty() && lv.space_after) out += ' ';
    return out;
  }

 private:
  struct StyleNum {
    std::string num_id;
    long ilvl = -1;
    std::string based_on;
  };

  void load_numbering(const xmlNode* root) {
    if (!root) return;
    for (const xmlNode* n = root->children; n; n = n->next) {
      if (w(n, "abstractNum")) {
        std::array<Level, kLevels>& levels = abstracts_[w_attr(n, "abstractNumId")];
        for (int k = 0; k < kLevels; ++k) levels[k].text = "%" + std::to_string(k + 1) + ".";
        for (const xmlNode* lv = n->children; lv; lv = lv->next) {
          if (!w(lv, "lvl")) continue;
          long k = number_or(w_attr(lv, "ilvl"), -1);
          if (k < 0 || k >= kLevels) continue;
          Level& level = levels[k];
          level.start = number_or(w_attr(w_child(lv, "start"), "val"), 1);
          if (const xmlNode* f = w_child(lv, "numFmt")) level.format = w_attr(f, "val");
          if (const xmlNode* t = w_child(lv, "lvlText")) level.text = w_attr(t, "val");
          level.space_after = w_attr(w_child(lv, "suff"), "val") != "nothing";
          level.legal = on(w_child(lv, "isLgl"));
        }
      } else if (w(n, "num")) {
        Instance& inst = instances_[w_attr(n, "numId")];
        inst.abstract_id = w_attr(w_child(n, "abstractNumId"), "val");
        for (const xmlNode* o = n->children; o; o = o->next) {
          if (!w(o, "lvlOverride")) continue;
          long k = number_or(w_attr(o, "ilvl"), -1);
          const xmlNode* so = w_child(o, "startOverride");
          if (k >= 0 && k < kLevels && so) inst.start_override[k] = number_or(w_attr(so, "val"), 1);
        }
      }
    }
  }

  void load_styles(const xmlNode* root) {
    if (!root) return;
    for (const xmlNode* s = root->children; s; s = s->next) {
      if (!w(s, "style") || w_attr(s, "type") != "paragraph") continue;
      StyleNum sn;
      sn.based_on = w_attr(w_child(s, "basedOn"), "val");
      if (const xmlNode* np = w_child(w_child(s, "pPr"), "numPr")) {
        sn.num_id = w_attr(w_child(np, "numId"), "val");
        sn.ilvl = number_or(w_attr(w_child(np, "ilvl"), "val"), -1);
      }
      styles_[w_attr(s, "styleId")] = std::move(sn);
    }
  }

  std::map<std::string, std::array<Level, kLevels>> abstracts_;
  std::map<std::string, Instance> instances_;
  std::map<std::string, StyleNum> styles_;
  std::map<std::string, Counters> counters_;
};

// Footnotes or endnotes: the notes by id, and the order the body refers to them in.
struct Notes {
  std::map<std::string, const xmlNode*> by_id;
  std::vector<std::string> order;            // ids in order of first reference
  std::map<std::string, std::size_t> number;  // id → 1-based ordinal

  void load(const xmlDoc* doc, const char* element) {
    const xmlNode* root = doc ? xmlDocGetRootElement(const_cast<xmlDoc*>(doc)) : nullptr;
    if (!root) return;
    for (const xmlNode* n = root->children; n; n = n->next) {
      if (!w(n, element)) continue;
      std::string type = w_attr(n, "type");
      // separator / continuationSeparator / continuationNotice are the rule lines Word
      // draws above the notes, not notes.
      if (!type.empty() && type != "normal") continue;
      by_id[w_attr(n, "id")] = n;
    }
  }
};

class DocxText {
 public:
  DocxText(Numbering& numbering, Notes& footnotes, Notes& endnotes)
      : numbering_(numbering), footnotes_(footnotes), endnotes_(endnotes) {}

  // Block-level content (the body, a table cell, a note): paragraphs, tables, content
  // controls. Each paragraph or row goes to `emit`.
  template <class Emit>
  void blocks(const xmlNode* parent, Emit&& emit) {
    for (const xmlNode* n = parent->children; n; n = n->next) {
      if (w(n, "p")) {
        emit(paragraph(n));
      } else if (w(n, "tbl")) {
        for (const xmlNode* tr = n->children; tr; tr = tr->next)
          if (w(tr, "tr")) emit(row(tr));
      } else if (w(n, "sdt")) {
        if (const xmlNode* content = w_child(n, "sdtContent")) blocks(content, emit);
      } else if (w(n, "customXml") || w(n, "ins") || w(n, "moveTo")) {
        blocks(n, emit);
      }
    }
  }

  // A table row: its cells' text joined by " | "; cells continuing a vertical merge from
  // the row above are empty by construction and left out.
  std::string row(const xmlNode* tr) {
    std::string out;
    bool first = true;
    for (const xmlNode* tc = tr->children; tc; tc = tc->next) {
      const xmlNode* cell = tc;
      if (w(tc, "sdt")) cell = w_child(w_child(tc, "sdtContent"), "tc");
      if (!cell || !w(cell, "tc")) continue;
      const xmlNode* vmerge = w_child(w_child(cell, "tcPr"), "vMerge");
      if (vmerge && w_attr(vmerge, "val") != "restart") continue;
      std::string text;
      blocks(cell, [&](std::string line) { append_cell_line(text, std::move(line)); });
      append_cell(out, first, text);
    }
    return out;
  }

  std::string paragraph(const xmlNode* p) {
    std::string out = numbering_.next(p);
    inline_content(p, out);
    return out;
  }

  // The text of a note, one line: its paragraphs joined by spaces.
  std::string note(const xmlNode* n) {
    std::string text;
    blocks(n, [&](std::string line) { append_note_line(text, std::move(line)); });
    return text;
  }

 private:
  void inline_content(const xmlNode* parent, std::string& out) {
    for (const xmlNode* n = parent->children; n; n = n->next) {
      if (w(n, "r")) {
        run(n, out);
      } else if (w(n, "hyperlink") || w(n, "ins") || w(n, "moveTo") || w(n, "smartTag") ||
                 w(n, "customXml") || w(n, "fldSimple") || w(n, "dir") || w(n, "bdo")) {
        inline_content(n, out);
      } else if (w(n, "sdt")) {
        if (const xmlNode* content = w_child(n, "sdtContent")) inline_content(content, out);
      }
      // w:del, w:moveFrom (deleted revisions), w:pPr, bookmarks, proofing marks: no text.
    }
  }

  void run(const xmlNode* r, std::string& out) {
    if (on(w_child(w_child(r, "rPr"), "vanish"))) return;  // hidden text
    for (const xmlNode* n = r->children; n; n = n->next) {
      if (w(n, "t")) {
        for (const xmlNode* t = n->children; t; t = t->next)
          if (t->type == XML_TEXT_NODE && t->content) out += reinterpret_cast<const char*>(t->content);
      } else if (w(n, "tab") || w(n, "ptab")) {
        out += '\t';
      } else if (w(n, "br") || w(n, "cr")) {
        out += '\n';
      } else if (w(n, "noBreakHyphen")) {
        out += '-';
      } else if (w(n, "footnoteReference")) {
        out += reference(footnotes_, w_attr(n, "id"));
      } else if (w(n, "endnoteReference")) {
        out += reference(endnotes_, w_attr(n, "id"));
      }
      // w:instrText (field codes), w:delText, w:softHyphen, w:footnoteRef (the number a
      // note prints for itself: we print our own), drawings and alternate content: no text.
    }
  }

  static std::string reference(Notes& notes, const std::string& id) {
    if (!notes.by_id.count(id)) return {};
    auto [it, fresh] = notes.number.emplace(id, notes.order.size() + 1);
    if (fresh) notes.order.push_back(id);
    return "[" + std::to_string(it->second) + "]";
  }

  Numbering& numbering_;
  Notes& footnotes_;
  Notes& endnotes_;
};

XmlDocPtr parse_optional(std::string_view bytes, const char* part) {
  if (bytes.empty()) return nullptr;
  return parse_office_xml(bytes, part);
}

}  // namespace

ExtractedText docx_parts_to_text(const DocxParts& parts) {
  XmlDocPtr document = parse_office_xml(parts.document, "word/document.xml");
  XmlDocPtr numbering_xml = parse_optional(parts.numbering, "word/numbering.xml");
  XmlDocPtr styles_xml = parse_optional(parts.styles, "word/styles.xml");
  XmlDocPtr footnotes_xml = parse_optional(parts.footnotes, "word/footnotes.xml");
  XmlDocPtr endnotes_xml = parse_optional(parts.endnotes, "word/endnotes.xml");
  XmlDocPtr core_xml = parse_optional(parts.core, "docProps/core.xml");

  Numbering numbering;
  numbering.load(numbering_xml.get(), styles_xml.get());
  Notes footnotes, endnotes;
  footnotes.load(footnotes_xml.get(), "footnote");
  endnotes.load(endnotes_xml.get(), "endnote");

  const xmlNode* root = xmlDocGetRootElement(document.get());
  const xmlNode* body = w(root, "document") ? w_child(root, "body") : nullptr;
  if (!body) throw FormatError("word/document.xml has no w:document/w:body");
  DocxText docx(numbering, footnotes, endnotes);
  LineCollector lines;
  docx.blocks(body, [&](const std::string& line) { lines.add(line); });
  // Notes after the body, in the order the body refers to them; a note may refer to
  // another, so the order list can grow while it is walked.
  for (Notes* notes : {&footnotes, &endnotes}) {
    if (notes->order.empty()) continue;
    lines.blank();
    for (std::size_t i = 0; i < notes->order.size(); ++i)
      lines.add("[" + std::to_string(i + 1) + "] " + docx.note(notes->by_id.at(notes->order[i])));
  }
  ExtractedText out;
  out.text = lines.take();
  if (const xmlNode* core = core_xml ? xmlDocGetRootElement(core_xml.get()) : nullptr)
    for (const xmlNode* n = core->children; n; n = n->next)
      if (is_element(n, kDc, "title")) {
        out.title = collapsed_text(n);
        break;
      }
  return out;
}

ExtractedText read_docx(std::string_view bytes, const ZipLimits& limits) {
  ZipArchive zip(bytes, limits);
  std::optional<std::string> document = zip.read("word/document.xml");
  if (!document) throw FormatError("not a Word document: the zip holds no word/document.xml");
  auto part = [&](const char* name) { return zip.read(name).value_or(std::string()); };
  const std::string numbering = part("word/numbering.xml"), styles = part("word/styles.xml"),
                    footnotes = part("word/footnotes.xml"), endnotes = part("word/endnotes.xml"),
                    core = part("docProps/core.xml");
  return docx_parts_to_text({*document, numbering, styles, footnotes, endnotes, core});
}

}  // namespace lexkz::indexer

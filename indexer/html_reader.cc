#include "indexer/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <cstring>
#include <limits>
#include <memory>

namespace lexkz::indexer {
namespace {

bool name_is(const xmlNode* n, const char* name) {
  return n->name && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

bool is_skipped(const xmlNode* n) {
  return name_is(n, "script") || name_is(n, "style") || name_is(n, "noscript") ||
         name_is(n, "template") || name_is(n, "head") || name_is(n, "svg") ||
         name_is(n, "iframe") || name_is(n, "object");
}

// 2 = paragraph break (blank line), 1 = line break, 0 = inline.
int break_level(const xmlNode* n) {
  static const char* const kParagraph[] = {
      "p",     "div",     "h1",      "h2",     "h3",      "h4",         "h5",
      "h6",    "table",   "ul",      "ol",     "dl",      "blockquote", "pre",
      "section", "article", "header", "footer", "nav",    "aside",      "main",
      "form",  "fieldset", "address", "hr",    "figure",  "center",     "body"};
  static const char* const kLine[] = {"li", "tr", "dt", "dd", "caption", "figcaption", "option"};
  for (const char* name : kParagraph)
    if (name_is(n, name)) return 2;
  for (const char* name : kLine)
    if (name_is(n, name)) return 1;
  return 0;
}

// Appends text with HTML whitespace rules: runs collapse to one space, breaks are
// requested and emitted lazily so no passage starts or ends with stray blanks.
class TextSink {
 public:
  void request_break(int level) {
    if (level > pending_break_) pending_break_ = level;
  }
  void append(const char* s, bool preformatted) {
    for (; *s; ++s) {
      char c = *s;
      bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
      if (preformatted && c == '\n') {
        request_break(1);
        continue;
      }
      if (preformatted && (c == ' ' || c == '\t')) {
        flush();
        out_ += c;
        continue;
      }
      if (space) {
        pending_space_ = true;
        continue;
      }
      flush();
      out_ += c;
    }
  }
  void request_space() { pending_space_ = true; }
  void flush() {
    if (!out_.empty()) {
      if (pending_break_ == 2) out_ += "\n\n";
      else if (pending_break_ == 1) out_ += '\n';
      else if (pending_space_) out_ += ' ';
    }
    pending_break_ = 0;
    pending_space_ = false;
  }
  std::string take() {
    if (!out_.empty()) out_ += '\n';
    return std::move(out_);
  }

 private:
  std::string out_;
  int pending_break_ = 0;
  bool pending_space_ = false;
};

std::string collapse(const xmlNode* title) {
  TextSink sink;
  for (const xmlNode* c = title->children; c; c = c->next)
    if (c->type == XML_TEXT_NODE && c->content)
      sink.append(reinterpret_cast<const char*>(c->content), false);
  std::string s = sink.take();
  if (!s.empty()) s.pop_back();
  return s;
}

struct CtxtFree {
  void operator()(htmlParserCtxt* c) const { htmlFreeParserCtxt(c); }
};

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

}  // namespace

HtmlText html_to_text(std::string_view html) {
  if (html.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
    throw HtmlError("HTML file too large");
  static const bool initialised = (xmlInitParser(), true);
  (void)initialised;
  std::unique_ptr<htmlParserCtxt, CtxtFree> ctxt(htmlNewParserCtxt());
  if (!ctxt) throw HtmlError("out of memory creating the HTML parser");
  // "UTF-8" is forced: the reader has decoded the bytes already, so a stale
  // <meta charset=windows-1251> must not make libxml2 decode them a second time.
  std::unique_ptr<xmlDoc, DocFree> doc(htmlCtxtReadMemory(
      ctxt.get(), html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
  if (!doc) throw HtmlError("cannot parse as HTML");
  // libxml2 stops at 256 nested elements and drops everything after that point; a page
  // read only in part would be indexed silently wrong, so it is rejected with the reason.
  const char* msg = ctxt->lastError.message;
  if (ctxt->errNo == XML_ERR_INTERNAL_ERROR && msg && std::strstr(msg, "Excessive depth"))
    throw HtmlError("HTML nested deeper than 256 elements (libxml2's limit); not read");
  HtmlText out;
  TextSink sink;
  // Iterative pre-order walk with explicit exits: deep nesting cannot overflow the stack.
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  const xmlNode* n = root;
  int pre_depth = 0;
  while (n) {
    bool descend = false;
    if (n->type == XML_ELEMENT_NODE) {
      if (name_is(n, "title")) {
        if (out.title.empty()) out.title = collapse(n);
      } else if (name_is(n, "br")) {
        sink.request_break(1);
      } else if (!is_skipped(n)) {
        sink.request_break(break_level(n));
        if (name_is(n, "td") || name_is(n, "th")) sink.request_space();
        if (name_is(n, "pre")) ++pre_depth;
        descend = n->children != nullptr;
        if (!descend && name_is(n, "pre")) --pre_depth;
      } else if (name_is(n, "head")) {
        // Only the title matters in <head>; find it without descending further.
        for (const xmlNode* c = n->children; c; c = c->next)
          if (c->type == XML_ELEMENT_NODE && name_is(c, "title") && out.title.empty())
            out.title = collapse(c);
      }
    } else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) sink.append(reinterpret_cast<const char*>(n->content), pre_depth > 0);
    }
    if (descend) {
      n = n->children;
      continue;
    }
    // Climb until a next sibling exists, closing elements on the way.
    while (n && n != root && !n->next) {
      n = n->parent;
      if (n && n->type == XML_ELEMENT_NODE) {
        sink.request_break(break_level(n));
        if (name_is(n, "td") || name_is(n, "th")) sink.request_space();
        if (name_is(n, "pre")) --pre_depth;
      }
    }
    if (!n || n == root) break;
    n = n->next;
  }
  out.text = sink.take();
  return out;
}

}  // namespace lexkz::indexer

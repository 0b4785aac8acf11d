#include "server/document_page.h"

#include "server/html.h"
#include "server/layout.h"
#include "server/search_page.h"

namespace lexkz::server {
namespace {

// Only web addresses become links; anything else (a path on the indexing machine) is text.
bool is_web_address(const std::string& s) { return s.rfind("https://", 0) == 0 || s.rfind("http://", 0) == 0; }

}  // namespace

std::string document_body(const std::vector<indexer::PassageRecord>& passages, std::optional<std::size_t> hit, Ui ui,
                          bool truncated) {
  const UiText& t = ui_text(ui);
  const indexer::PassageRecord& first = passages.front();
  std::string h = "<article class=\"document\">\n<h1>" + html_escape(first.title.empty() ? first.doc : first.title) +
                  "</h1>\n<dl class=\"docmeta\">\n";
  auto row = [&](std::string_view label, const std::string& value_html) {
    if (!value_html.empty()) h += "<dt>" + std::string(label) + "</dt><dd>" + value_html + "</dd>\n";
  };
  row(t.document, html_escape(first.doc));
  row(t.number, html_escape(first.number));
  row(t.date, html_escape(first.date));
  row(t.status, first.status.empty() ? "" : "<span class=\"status status-" + html_escape(first.status) + "\">" +
                                                html_escape(value_label(ui, "status", first.status)) + "</span>");
  row(t.version, html_escape(first.version));
  row(t.facet_type, html_escape(value_label(ui, "type", first.type)));
  if (is_web_address(first.source))
    row(t.source, "<a href=\"" + html_escape(first.source) + "\" rel=\"noreferrer\">" + html_escape(first.source) + "</a>");
  else
    row(t.source, html_escape(first.source));
  h += "</dl>\n";
  if (truncated) h += "<p class=\"warning\">" + std::string(t.truncated) + "</p>\n";
  h += "<div class=\"passages\">\n";
  for (const indexer::PassageRecord& r : passages) {
    const std::string id = "p" + std::to_string(r.ordinal);
    std::string cls = "passage kind-" + html_escape(r.kind);
    if (hit && *hit == r.ordinal) cls += " hit";
    h += "<section id=\"" + id + "\" class=\"" + cls + "\"" + (r.lang.empty() ? "" : " lang=\"" + html_escape(r.lang) + "\"") + ">\n";
    h += "<a class=\"anchor\" href=\"#" + id + "\">" + html_escape(r.cite.empty() ? "¶" : r.cite) + "</a>";
    if (r.page > 0) h += " <span class=\"page\">" + std::string(t.page_abbr) + " " + std::to_string(r.page) + "</span>";
    h += tags_html(r.tags, ui);
    h += "\n<p class=\"text\">" + html_escape(r.text) + "</p>\n</section>\n";
  }
  return h + "</div>\n</article>\n";
}

}  // namespace lexkz::server

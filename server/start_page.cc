#include "server/start_page.h"

#include "server/define_page.h"
#include "server/html.h"
#include "server/layout.h"

namespace lexkz::server {
namespace {

// Counts of one field, each a link to the passages with that value.
std::string counts_html(const std::map<std::string, std::size_t>& counts, const std::string& field,
                        std::string_view heading, Ui ui) {
  if (counts.empty()) return "";
  std::string h = "<section class=\"facet\"><h2>" + std::string(heading) + "</h2><ul>\n";
  for (const auto& [value, n] : counts) {
    std::string label = html_escape(value_label(ui, field, value));
    if (field == "kind") h += "<li>" + label;
    else h += "<li><a href=\"" + html_escape(site_url("/search", {{field, value}}, ui)) + "\">" + label + "</a>";
    h += " <span class=\"count\">" + std::to_string(n) + "</span></li>\n";
  }
  return h + "</ul></section>\n";
}

}  // namespace

std::string start_body(const query::IndexStats& s, Ui ui) {
  const UiText& t = ui_text(ui);
  std::string h = "<h1>lexkz</h1>\n<p class=\"lead\">" + std::string(t.tagline) + "</p>\n";
  h += "<section class=\"examples\"><h2>" + std::string(t.examples) + "</h2><ul>\n";
  for (const char* q : {"домогательство", "\"сексуальное домогательство\"", "kemsitushilik", "кемсітушілік",
                        "дискриминация NOT ценовая", "қудалау lang:kk", "tag:stalking"})
    h += "<li><a href=\"" + html_escape(site_url("/search", {{"q", q}}, ui)) + "\"><code>" + html_escape(q) +
         "</code></a></li>\n";
  h += "<li><a href=\"" + html_escape(site_url("/define", {{"term", "дискриминация"}}, ui)) + "\">" +
       std::string(t.define_title) + ": <code>дискриминация</code></a></li>\n";
  h += "</ul></section>\n";
  h += define_form_html("", ui);
  h += "<section class=\"stats\"><h2>" + std::string(t.index_contents) + "</h2>\n<p class=\"totals\">" +
       std::string(t.documents) + ": <strong>" + std::to_string(s.documents) + "</strong> · " +
       std::string(t.passages) + ": <strong>" + std::to_string(s.passages) + "</strong></p>\n<div class=\"stat-grid\">\n";
  h += counts_html(s.langs, "lang", t.facet_lang, ui);
  h += counts_html(s.types, "type", t.facet_type, ui);
  h += counts_html(s.tags, "tag", t.facet_tag, ui);
  h += counts_html(s.statuses, "status", t.facet_status, ui);
  h += counts_html(s.kinds, "kind", t.facet_kind, ui);
  return h + "</div>\n</section>\n";
}

}  // namespace lexkz::server

#include "server/define_page.h"

#include "server/csv.h"
#include "server/html.h"
#include "server/layout.h"

namespace lexkz::server {
namespace {

// The definition text with the defined term marked, when its offsets lie inside.
std::string definition_html(const concepts::DefinitionHit& h) {
  const indexer::PassageRecord& r = h.record;
  if (h.term_start < r.start || h.term_end < h.term_start || h.term_end - r.start > r.text.size())
    return html_escape(r.text);
  return marked_html(r.text, {{h.term_start - r.start, h.term_end - r.start}});
}

std::string status_html(const std::string& status, Ui ui) {
  if (status.empty()) return "";
  return "<span class=\"status status-" + html_escape(status) + "\">" + html_escape(value_label(ui, "status", status)) +
         "</span>";
}

}  // namespace

std::string define_form_html(const std::string& term, Ui ui) {
  const UiText& t = ui_text(ui);
  std::string h = "<form class=\"define\" action=\"/define\" method=\"get\">\n<label for=\"term\">" +
                  std::string(t.define_label) + "</label>\n<input id=\"term\" name=\"term\" type=\"search\" value=\"" +
                  html_escape(term) + "\" placeholder=\"домогательство, кемсітушілік\">\n";
  if (ui == Ui::kk) h += "<input type=\"hidden\" name=\"ui\" value=\"kk\">\n";
  return h + "<button type=\"submit\">" + std::string(t.define_button) + "</button>\n</form>\n";
}

std::string define_body(const std::string& term, const std::vector<concepts::DefinitionHit>& hits, Ui ui) {
  const UiText& t = ui_text(ui);
  std::string h = define_form_html(term, ui);
  if (term.empty()) return h;
  h += "<h1>" + std::string(t.define_title) + ": «" + html_escape(term) + "»</h1>\n";
  if (hits.empty()) return h + "<p class=\"total none\">" + std::string(t.define_none) + "</p>\n";
  h += "<p class=\"download\"><a href=\"" + html_escape(site_url("/define.csv", {{"term", term}}, ui)) +
       "\" download>" + std::string(t.download_csv) + "</a></p>\n";
  // Number, date and status columns only when some definition has one (issue 10's
  // metadata): an empty column is noise in an explanatory note.
  bool number = false, date = false, status = false;
  for (const concepts::DefinitionHit& d : hits) {
    number |= !d.record.number.empty();
    date |= !d.record.date.empty();
    status |= !d.record.status.empty();
  }
  auto th = [](std::string_view label) { return "<th>" + std::string(label) + "</th>"; };
  h += "<table class=\"definitions\">\n<thead><tr>" + th(t.term) + th(t.definition) + th(t.cite) + th(t.document) +
       (number ? th(t.number) : "") + (date ? th(t.date) : "") + (status ? th(t.status) : "") +
       "</tr></thead>\n<tbody>\n";
  for (const concepts::DefinitionHit& d : hits) {
    const indexer::PassageRecord& r = d.record;
    h += "<tr" + std::string(r.lang.empty() ? "" : " lang=\"" + html_escape(r.lang) + "\"") + "><td class=\"term\">" +
         html_escape(d.term) + "</td><td class=\"definition\">" + definition_html(d) + "</td><td class=\"cite\"><a href=\"" +
         html_escape(passage_url(r.doc, r.ordinal, ui)) + "\">" + html_escape(r.cite.empty() ? "—" : r.cite) +
         "</a></td><td class=\"doc\">" + html_escape(r.title.empty() ? r.doc : r.title) +
         "<br><span class=\"doc-id\">" + html_escape(r.doc) + "</span></td>";
    if (number) h += "<td class=\"number\">" + html_escape(r.number) + "</td>";
    if (date) h += "<td class=\"date\">" + html_escape(r.date) + "</td>";
    if (status) h += "<td>" + status_html(r.status, ui) + "</td>";
    h += "</tr>\n";
  }
  return h + "</tbody>\n</table>\n";
}

std::string define_csv(const std::vector<concepts::DefinitionHit>& hits, Ui ui, const std::string& base) {
  const UiText& t = ui_text(ui);
  std::string out(kUtf8Bom);
  out += csv_row({std::string(t.term), std::string(t.definition), std::string(t.cite), std::string(t.document),
                  std::string(t.number), std::string(t.date), std::string(t.status), std::string(t.facet_lang), "URL"});
  for (const concepts::DefinitionHit& d : hits) {
    const indexer::PassageRecord& r = d.record;
    out += csv_row({d.term, r.text, r.cite, r.title.empty() ? r.doc : r.title + " (" + r.doc + ")", r.number, r.date,
                    r.status.empty() ? "" : std::string(value_label(ui, "status", r.status)), r.lang,
                    base + passage_url(r.doc, r.ordinal, ui)});
  }
  return out;
}

}  // namespace lexkz::server

#include "server/search_page.h"

#include <algorithm>

#include "server/html.h"
#include "server/layout.h"

namespace lexkz::server {
namespace {

// The list of values of one filter field ("lang", "type", "tag", "status").
template <typename P>
auto* list_of(P& p, const std::string& field) {
  if (field == "lang") return &p.langs;
  if (field == "type") return &p.types;
  if (field == "tag") return &p.tags;
  return &p.statuses;
}

// The same search with one filter value added or removed, back on page 1.
std::string toggled(const SearchParams& params, const std::string& field, const std::string& value) {
  SearchParams p = params;
  p.page = 1;
  std::vector<std::string>& list = *list_of(p, field);
  auto it = std::find(list.begin(), list.end(), value);
  if (it == list.end()) list.push_back(value);
  else list.erase(it);
  return url("/search", p.to_url_params());
}

std::string facet_html(const SearchParams& params, const query::SearchResult& result, const std::string& field,
                       std::string_view heading) {
  auto f = result.facets.find(field);
  if (f == result.facets.end() || f->second.empty()) return "";
  const std::vector<std::string>* active = list_of(params, field);
  std::string h = "<section class=\"facet\"><h2>" + std::string(heading) + "</h2>\n<ul>\n";
  for (const auto& [value, count] : f->second) {
    bool on = std::find(active->begin(), active->end(), value) != active->end();
    h += "<li" + std::string(on ? " class=\"on\"" : "") + "><a href=\"" +
         html_escape(toggled(params, field, value)) + "\" data-facet=\"" + html_escape(field) + "\">" +
         html_escape(value_label(params.ui, field, value)) + "</a> <span class=\"count\">" +
         std::to_string(count) + "</span></li>\n";
  }
  return h + "</ul></section>\n";
}

std::string active_filters_html(const SearchParams& params) {
  const UiText& t = ui_text(params.ui);
  std::string items;
  for (const char* field : {"lang", "type", "tag", "status"})
    for (const std::string& v : *list_of(params, field))
      items += "<li><a href=\"" + html_escape(toggled(params, field, v)) + "\" title=\"" +
               std::string(t.remove_filter) + "\">" + html_escape(value_label(params.ui, field, v)) +
               " ✕</a></li>\n";
  auto without = [&](auto change) {
    SearchParams p = params;
    p.page = 1;
    change(p);
    return html_escape(url("/search", p.to_url_params()));
  };
  if (params.defines)
    items += "<li><a href=\"" + without([](SearchParams& p) { p.defines = false; }) + "\">" +
             std::string(t.only_definitions) + " ✕</a></li>\n";
  if (!params.from.empty() || !params.to.empty())
    items += "<li><a href=\"" + without([](SearchParams& p) { p.from.clear(), p.to.clear(); }) + "\">" +
             html_escape(params.from) + " – " + html_escape(params.to) + " ✕</a></li>\n";
  if (items.empty()) return "";
  return "<section class=\"facet active\"><h2>" + std::string(t.filters) + "</h2>\n<ul>\n" + items + "</ul></section>\n";
}

// A GET form for the date range that keeps every other parameter as a hidden field.
std::string date_form_html(const SearchParams& params) {
  const UiText& t = ui_text(params.ui);
  SearchParams rest = params;
  rest.from.clear();
  rest.to.clear();
  rest.page = 1;
  std::string h = "<form class=\"dates\" action=\"/search\" method=\"get\">\n";
  for (const auto& [name, value] : rest.to_url_params())
    if (!value.empty())
      h += "<input type=\"hidden\" name=\"" + html_escape(name) + "\" value=\"" + html_escape(value) + "\">\n";
  h += "<label>" + std::string(t.date_from) + " <input type=\"date\" name=\"from\" value=\"" +
       html_escape(params.from) + "\"></label>\n";
  h += "<label>" + std::string(t.date_to) + " <input type=\"date\" name=\"to\" value=\"" + html_escape(params.to) +
       "\"></label>\n";
  h += "<button type=\"submit\">" + std::string(t.apply) + "</button>\n</form>\n";
  return h;
}

std::string defines_toggle_html(const SearchParams& params) {
  if (params.defines) return "";
  SearchParams p = params;
  p.page = 1;
  p.defines = true;
  return "<p class=\"defines-toggle\"><a href=\"" + html_escape(url("/search", p.to_url_params())) + "\">" +
         std::string(ui_text(params.ui).only_definitions) + "</a></p>\n";
}

std::string pager_html(const SearchParams& params, const query::SearchResult& result) {
  const UiText& t = ui_text(params.ui);
  bool has_next = params.page * kHitsPerPage < result.estimated_total && params.page < kMaxPage;
  if (params.page == 1 && !has_next) return "";
  std::string h = "<nav class=\"pager\">\n";
  auto at = [&](std::size_t page) {
    SearchParams p = params;
    p.page = page;
    return html_escape(url("/search", p.to_url_params()));
  };
  if (params.page > 1) h += "<a rel=\"prev\" href=\"" + at(params.page - 1) + "\">" + std::string(t.previous) + "</a>\n";
  h += "<span>" + std::string(t.page) + " " + std::to_string(params.page) + "</span>\n";
  if (has_next) h += "<a rel=\"next\" href=\"" + at(params.page + 1) + "\">" + std::string(t.next) + "</a>\n";
  return h + "</nav>\n";
}

}  // namespace

std::string record_meta_html(const indexer::PassageRecord& r, Ui ui) {
  const UiText& t = ui_text(ui);
  std::string h = "<span class=\"doc-id\">" + html_escape(r.doc) + "</span>";
  auto item = [&](std::string_view label, const std::string& value, const char* cls) {
    if (value.empty()) return;
    h += " · <span class=\"" + std::string(cls) + "\" title=\"" + std::string(label) + "\">" + html_escape(value) +
         "</span>";
  };
  item(t.number, r.number, "number");
  item(t.date, r.date, "date");
  if (!r.status.empty())
    h += " · <span class=\"status status-" + html_escape(r.status) + "\">" +
         html_escape(value_label(ui, "status", r.status)) + "</span>";
  item(t.version, r.version, "version");
  if (r.page > 0) h += " · <span class=\"page\">" + std::string(t.page_abbr) + " " + std::to_string(r.page) + "</span>";
  if (r.ocr) h += " · <span class=\"ocr\">" + std::string(t.ocr) + "</span>";
  if (!r.lang.empty()) h += " · <span class=\"lang\">" + html_escape(value_label(ui, "lang", r.lang)) + "</span>";
  if (!r.type.empty()) h += " · <span class=\"type\">" + html_escape(value_label(ui, "type", r.type)) + "</span>";
  return h;
}

std::string tags_html(const std::vector<std::string>& tags, Ui ui) {
  if (tags.empty()) return "";
  std::string h = "<ul class=\"tags\">";
  for (const std::string& tag : tags)
    h += "<li><a class=\"tag tag-" + html_escape(tag) + "\" href=\"" +
         html_escape(site_url("/search", {{"tag", tag}}, ui)) + "\">" + html_escape(value_label(ui, "tag", tag)) +
         "</a></li>";
  return h + "</ul>";
}

std::string search_body(const SearchParams& params, const query::SearchResult& result) {
  const UiText& t = ui_text(params.ui);
  std::string h = "<div class=\"columns\">\n<aside class=\"facets\">\n";
  h += active_filters_html(params);
  h += facet_html(params, result, "lang", t.facet_lang);
  h += facet_html(params, result, "type", t.facet_type);
  h += facet_html(params, result, "tag", t.facet_tag);
  h += facet_html(params, result, "status", t.facet_status);
  h += defines_toggle_html(params);
  h += date_form_html(params);
  h += "</aside>\n<section class=\"results\">\n";
  h += "<h1 class=\"sr-only\">" + std::string(t.search) + "</h1>\n";
  for (const std::string& w : result.warnings) h += "<p class=\"warning\">" + html_escape(w) + "</p>\n";
  if (result.hits.empty()) {
    h += "<p class=\"total none\">" + std::string(t.no_hits) + "</p>\n";
  } else {
    h += "<p class=\"total\">" + found_text(params.ui, result.estimated_total) + "</p>\n";
    h += "<ol class=\"hits\" start=\"" + std::to_string(result.hits.front().rank) + "\">\n";
    for (const query::Hit& hit : result.hits) {
      const indexer::PassageRecord& r = hit.record;
      const std::string link = passage_url(r.doc, r.ordinal, params.ui);
      h += "<li class=\"hit\">\n<h2><a href=\"" + html_escape(link) + "\">" + html_escape(r.cite.empty() ? "—" : r.cite) +
           "</a>";
      if (!r.title.empty()) h += " <span class=\"title\">" + html_escape(r.title) + "</span>";
      h += "</h2>\n<p class=\"meta\">" + record_meta_html(r, params.ui) + "</p>\n";
      h += "<p class=\"snippet\">" + marked_html(hit.snippet.text, hit.snippet.marks) + "</p>\n";
      h += tags_html(r.tags, params.ui);
      h += "\n</li>\n";
    }
    h += "</ol>\n";
  }
  h += pager_html(params, result);
  return h + "</section>\n</div>\n";
}

}  // namespace lexkz::server

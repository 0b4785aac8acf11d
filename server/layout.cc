#include "server/layout.h"

#include "server/html.h"

namespace lexkz::server {

std::string other_ui_url(std::string_view path, const Params& params, Ui ui) {
  std::vector<std::pair<std::string, std::string>> list;
  for (const auto& [name, value] : params)
    if (name != "ui") list.emplace_back(name, value);
  list.emplace_back("ui", ui_param(ui == Ui::kk ? Ui::ru : Ui::kk));
  return url(path, list);
}

std::string site_url(std::string_view path, std::vector<std::pair<std::string, std::string>> params, Ui ui) {
  params.emplace_back("ui", ui_param(ui));
  return url(path, params);
}

std::string passage_url(const std::string& doc, std::size_t ordinal, Ui ui) {
  const std::string n = std::to_string(ordinal);
  return site_url("/doc/" + url_encode(doc), {{"p", n}}, ui) + "#p" + n;
}

std::string render_page(const Frame& f, std::string_view body) {
  const UiText& t = ui_text(f.ui);
  std::string h;
  h.reserve(body.size() + 4096);
  h += "<!DOCTYPE html>\n<html lang=\"";
  h += t.html_lang;
  h += "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  h += "<title>" + html_escape(f.title) + " — lexkz</title>\n";
  h += "<link rel=\"stylesheet\" href=\"/static/style.css\">\n</head>\n<body>\n";
  h += "<header class=\"top\">\n<a class=\"brand\" href=\"" + html_escape(site_url("/", {}, f.ui)) + "\">lexkz</a>\n";
  h += "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">\n";
  h += "<label for=\"q\" class=\"sr-only\">" + std::string(t.search_label) + "</label>\n";
  h += "<input id=\"q\" name=\"q\" type=\"search\" value=\"" + html_escape(f.query) + "\" placeholder=\"" +
       std::string(t.search_hint) + "\"" + (f.autofocus ? " autofocus" : "") + ">\n";
  if (f.ui == Ui::kk) h += "<input type=\"hidden\" name=\"ui\" value=\"kk\">\n";
  h += "<button type=\"submit\">" + std::string(t.search) + "</button>\n</form>\n";
  h += "<a class=\"ui-switch\" href=\"" + html_escape(f.switch_url) + "\" lang=\"" +
       (f.ui == Ui::kk ? "ru" : "kk") + "\">" + std::string(t.other_ui_name) + "</a>\n</header>\n";
  h += "<details class=\"syntax\"><summary>" + std::string(t.syntax) + "</summary>\n<table>\n";
  std::string_view rows = t.syntax_rows;
  while (!rows.empty()) {
    std::size_t nl = rows.find('\n');
    std::string_view row = rows.substr(0, nl);
    rows = nl == std::string_view::npos ? std::string_view() : rows.substr(nl + 1);
    std::size_t bar = row.find('|');
    h += "<tr><td><code>" + html_escape(row.substr(0, bar)) + "</code></td><td>" +
         html_escape(row.substr(bar + 1)) + "</td></tr>\n";
  }
  h += "</table>\n</details>\n<main>\n";
  h += body;
  h += "\n</main>\n<footer>lexkz — <a href=\"" + html_escape(site_url("/api/stats", {}, Ui::ru)) +
       "\">JSON API</a></footer>\n</body>\n</html>\n";
  return h;
}

}  // namespace lexkz::server

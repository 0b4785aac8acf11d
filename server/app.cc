#include "server/app.h"

#include <charconv>

#include <lexkz_data.h>

#include "cli/definition_printer.h"
#include "cli/hit_printer.h"
#include "cli/stats_printer.h"
#include "concepts/definition_finder.h"
#include "concepts/rules.h"
#include "query/document_passages.h"
#include "query/index_stats.h"
#include "server/define_page.h"
#include "server/document_page.h"
#include "server/html.h"
#include "server/layout.h"
#include "server/search_page.h"
#include "server/start_page.h"

namespace lexkz::server {
namespace {

using nlohmann::ordered_json;

// Xapian objects and the analyzer are not thread-safe: one of each per worker thread,
// built on the thread's first request and kept for the next ones (the pool is fixed).
struct Worker {
  text::Analyzer analyzer;
  concepts::RuleSet rules = concepts::RuleSet::builtin(analyzer);
};

Worker& worker() {
  thread_local Worker w;
  return w;
}

// Definitions per page and per CSV: the CLI's default is 20; a comparative table wants
// every language's definitions, so a little more.
constexpr std::size_t kDefinitions = 50;

Response json_response(int status, const ordered_json& j) {
  Response r;
  r.status = status;
  r.content_type = "application/json; charset=utf-8";
  r.body = j.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
  return r;
}

Response json_error(int status, const std::string& message) {
  ordered_json j;
  j["error"] = message;
  return json_response(status, j);
}

Response html(Frame frame, const std::string& body) {
  Response r;
  r.body = render_page(frame, body);
  return r;
}

std::size_t number_param(const Params& params, const std::string& name, std::size_t fallback, std::size_t max) {
  const std::string v = param(params, name);
  if (v.empty()) return fallback;
  std::size_t n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || end != v.data() + v.size() || n > max)
    throw BadParameter(name + ": '" + v + "' is not a number from 0 to " + std::to_string(max));
  return n;
}

concepts::DefineRequest define_request(const std::vector<std::string>& databases, const Params& params) {
  concepts::DefineRequest req;
  req.databases = databases;
  req.term = param(params, "term");
  req.limit = kDefinitions;
  // The same filter parameters as /search (values checked there), as `define` takes them.
  const SearchParams filters = parse_search_params(params);
  req.langs = filters.langs;
  req.statuses = filters.statuses;
  req.all_versions = filters.all_versions;
  return req;
}

std::vector<concepts::DefinitionHit> find(const concepts::DefineRequest& req) {
  try {
    Worker& w = worker();
    return concepts::find_definitions(req, w.rules, w.analyzer);
  } catch (const query::QueryError& e) {
    throw BadParameter(std::string("define: ") + e.what());  // the CLI's words
  }
}

query::SearchResult run_search(const query::SearchRequest& req) {
  try {
    return query::search(req, worker().analyzer);
  } catch (const query::QueryError& e) {
    throw BadParameter(std::string("query: ") + e.what());  // the CLI's words
  }
}

}  // namespace

Response error_page(int status, const std::string& message, Ui ui, const std::string& query) {
  const UiText& t = ui_text(ui);
  std::string_view title = status == 404 ? t.not_found : status == 400 ? t.bad_request : std::string_view("Error");
  Frame f{ui, std::string(title), query, site_url("/", {}, ui == Ui::kk ? Ui::ru : Ui::kk)};
  Response r;
  r.status = status;
  r.body = render_page(f, "<h1>" + std::string(title) + "</h1>\n<p class=\"error\">" + html_escape(message) + "</p>\n");
  return r;
}

Response App::get(const std::string& path, const Params& params, const std::string& base) const {
  const Ui ui = parse_ui(param(params, "ui"));
  const bool api = path.rfind("/api/", 0) == 0;
  try {
    if (path == "/") return start(params);
    if (path == "/search") return search_page(params);
    if (path.rfind("/doc/", 0) == 0 && path.size() > 5) return document(path.substr(5), params);
    if (path == "/define") return define(params, false, base);
    if (path == "/define.csv") return define(params, true, base);
    if (path == "/api/search") return api_search(params);
    if (path == "/api/define") return api_define(params);
    if (path == "/api/stats") return api_stats();
    if (path == "/static/style.css") {
      Response r;
      r.content_type = "text/css; charset=utf-8";
      r.body = std::string(data::style_css);
      r.headers.emplace_back("Cache-Control", "max-age=3600");
      return r;
    }
    if (path == "/favicon.ico") {
      // Browsers ask for it on every site; no icon, and no 404 in their console.
      Response r;
      r.status = 204;
      return r;
    }
    const std::string message = "no such page: " + path;
    return api ? json_error(404, message) : error_page(404, message, ui);
  } catch (const BadParameter& e) {
    return api ? json_error(400, e.what()) : error_page(400, e.what(), ui, param(params, "q"));
  }
}

Response App::start(const Params& params) const {
  const Ui ui = parse_ui(param(params, "ui"));
  Frame f{ui, "lexkz", "", other_ui_url("/", params, ui), true};
  return html(f, start_body(query::index_stats(query::open_databases(databases_)), ui));
}

Response App::search_page(const Params& params) const {
  SearchParams p = parse_search_params(params);
  Frame f{p.ui, p.q.empty() ? std::string(ui_text(p.ui).search) : p.q, p.q, other_ui_url("/search", params, p.ui)};
  if (p.q.find_first_not_of(" \t\r\n") == std::string::npos && !p.has_filter()) {
    // Nothing asked yet: the start page has the statistics and examples.
    return start(params);
  }
  return html(f, search_body(p, run_search(p.to_request(databases_))));
}

Response App::document(const std::string& doc_id, const Params& params) const {
  const Ui ui = parse_ui(param(params, "ui"));
  constexpr std::size_t kMaxPassages = 20000;
  std::vector<indexer::PassageRecord> passages = query::document_passages(databases_, doc_id, kMaxPassages + 1);
  if (passages.empty()) return error_page(404, "no document '" + doc_id + "' in the index", ui);
  const bool truncated = passages.size() > kMaxPassages;
  if (truncated) passages.resize(kMaxPassages);
  std::optional<std::size_t> hit;
  if (!param(params, "p").empty()) hit = number_param(params, "p", 0, 1u << 30);
  Frame f{ui, passages.front().title.empty() ? doc_id : passages.front().title, "",
          other_ui_url("/doc/" + url_encode(doc_id), params, ui)};
  return html(f, document_body(passages, hit, ui, truncated));
}

Response App::define(const Params& params, bool csv, const std::string& base) const {
  const Ui ui = parse_ui(param(params, "ui"));
  concepts::DefineRequest req = define_request(databases_, params);
  const bool blank = req.term.find_first_not_of(" \t\r\n") == std::string::npos;
  if (csv) {
    if (blank) throw BadParameter("term: give the term to look up");
    Response r;
    r.content_type = "text/csv; charset=utf-8";
    r.headers.emplace_back("Content-Disposition", "attachment; filename=\"definitions.csv\"");
    // The CSV's links are absolute: a spreadsheet has no page to be relative to.
    r.body = define_csv(find(req), ui, base);
    return r;
  }
  Frame f{ui, blank ? std::string(ui_text(ui).define_title) : std::string(ui_text(ui).define_title) + ": " + req.term,
          "", other_ui_url("/define", params, ui)};
  return html(f, define_body(blank ? "" : req.term, blank ? std::vector<concepts::DefinitionHit>{} : find(req), ui));
}

Response App::api_search(const Params& params) const {
  SearchParams p = parse_search_params(params);
  if (p.q.find_first_not_of(" \t\r\n") == std::string::npos && !p.has_filter())
    throw BadParameter("empty query — give words to search for, or a filter such as tag=");
  query::SearchRequest req = p.to_request(databases_);
  // Scripts page with limit/offset, as `search --limit/--offset` does.
  req.limit = number_param(params, "limit", kHitsPerPage, 100);
  req.offset = number_param(params, "offset", req.offset, kMaxPage * kHitsPerPage);
  query::SearchResult result = run_search(req);
  ordered_json j;
  j["hits"] = ordered_json::array();
  for (const query::Hit& h : result.hits) j["hits"].push_back(cli::hit_json(h));
  j["facets"] = cli::facets_json(result);
  j["total"] = result.estimated_total;
  if (!result.warnings.empty()) j["warnings"] = result.warnings;
  return json_response(200, j);
}

Response App::api_define(const Params& params) const {
  concepts::DefineRequest req = define_request(databases_, params);
  if (req.term.find_first_not_of(" \t\r\n") == std::string::npos) throw BadParameter("term: give the term to look up");
  ordered_json j;
  j["definitions"] = ordered_json::array();
  for (const concepts::DefinitionHit& h : find(req)) j["definitions"].push_back(cli::definition_json(h));
  return json_response(200, j);
}

Response App::api_stats() const {
  return json_response(200, cli::stats_json(query::index_stats(query::open_databases(databases_))));
}

}  // namespace lexkz::server

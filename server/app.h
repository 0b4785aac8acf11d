#pragma once
// The routes of `lexkz serve`, apart from any HTTP library: a GET path and its query
// parameters in, a status, content type and body out. server.cc wires it to sockets.
//
//   /                    start page: index statistics, example searches
//   /search              search page (search_params.h)
//   /doc/DOC_ID          a whole document (document_page.h)
//   /define, /define.csv comparative table of definitions, and as CSV
//   /api/search          {"hits": [hit…], "facets": {…}, "total": N}   (cli/hit_printer.h)
//   /api/define          {"definitions": [definition…]}              (cli/definition_printer.h)
//   /api/stats           the `stats --format json` object            (cli/stats_printer.h)
//   /static/style.css    the one stylesheet, embedded in the binary
// Errors: HTML pages for the page routes, {"error": "<the CLI's message>"} for /api/:
// 400 for a bad query or parameter, 404 for an unknown route or document.
#include <string>
#include <utility>
#include <vector>

#include "server/search_params.h"

namespace lexkz::server {

/// What a route answers.
struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  ///< extra headers
};

/// The routes over a fixed set of databases. Safe to call from many threads at once:
/// each thread gets its own analyzer and rules, and opens the databases per request.
class App {
 public:
  explicit App(std::vector<std::string> databases) : databases_(std::move(databases)) {}

  /// Answers GET `path` (already percent-decoded) with `params`; `base` is
  /// "http://host:port" as the client addressed us, for absolute links in CSV.
  Response get(const std::string& path, const Params& params, const std::string& base) const;

 private:
  Response start(const Params& params) const;
  Response search_page(const Params& params) const;
  Response document(const std::string& doc_id, const Params& params) const;
  Response define(const Params& params, bool csv, const std::string& base) const;
  Response api_search(const Params& params) const;
  Response api_define(const Params& params) const;
  Response api_stats() const;

  std::vector<std::string> databases_;
};

/// The HTML error page of `status` with a one-line message; `query` stays in the search
/// box so it can be corrected.
Response error_page(int status, const std::string& message, Ui ui, const std::string& query = "");

}  // namespace lexkz::server

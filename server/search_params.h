#pragma once
// The state of a search page, all of it in the URL (a link reproduces the page):
// q, lang, type, tag, status (each repeatable, values ORed), defines, from, to, page, ui.
// Parsed and checked here, turned into the same SearchRequest the CLI builds.
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "query/searcher.h"
#include "server/ui_text.h"

namespace lexkz::server {

/// URL query parameters, as the HTTP library hands them over (repeated names kept).
using Params = std::multimap<std::string, std::string>;

/// A parameter the CLI would reject too (unknown filter value, bad page): its message,
/// in the CLI's words, becomes a 400 answer.
class BadParameter : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

/// Hits per page, and the deepest page served (the same bound keeps deep paging cheap).
inline constexpr std::size_t kHitsPerPage = 20;
inline constexpr std::size_t kMaxPage = 500;

/// A search page's state.
struct SearchParams {
  std::string q;
  std::vector<std::string> langs, types, tags, statuses;
  bool defines = false;
  bool all_versions = false;  ///< versions=all: every edition of an act, not only the newest
  std::string from, to;
  std::size_t page = 1;  ///< 1-based
  Ui ui = Ui::ru;

  /// Has a filter besides the query words (an empty query with a filter lists passages).
  bool has_filter() const;
  /// The parameters in a fixed order, for links: q, lang…, type…, tag…, status…,
  /// defines, from, to, page (when > 1), ui (when not Russian).
  std::vector<std::pair<std::string, std::string>> to_url_params() const;
  /// The request the searcher runs (facets on), over `databases`.
  query::SearchRequest to_request(const std::vector<std::string>& databases) const;
};

/// Parses `params`; throws BadParameter for a value outside its set, a page out of range
/// or a query over the CLI's bounds in length.
SearchParams parse_search_params(const Params& params);

/// The value of `name` or "" (the first one when repeated).
std::string param(const Params& params, const std::string& name);

}  // namespace lexkz::server

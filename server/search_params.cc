#include "server/search_params.h"

#include <algorithm>
#include <charconv>

namespace lexkz::server {
namespace {

// The values `lexkz search` accepts for each filter (cli/search_command.cc).
const std::map<std::string, std::vector<std::string>>& allowed() {
  static const std::map<std::string, std::vector<std::string>> table = {
      {"lang", {"ru", "kk"}},
      {"type", {"statute", "ruling", "transcript", "convention", "other"}},
      {"tag", {"discrimination", "harassment", "sexual_harassment", "stalking"}},
      {"status", {"in_force", "lost_force", "not_in_force"}},
  };
  return table;
}

std::vector<std::string> values(const Params& params, const std::string& name) {
  const std::vector<std::string>& ok = allowed().at(name);
  std::vector<std::string> out;
  auto [b, e] = params.equal_range(name);
  for (auto it = b; it != e; ++it) {
    if (it->second.empty()) continue;
    if (std::find(ok.begin(), ok.end(), it->second) == ok.end()) {
      std::string list;
      for (const std::string& v : ok) list += (list.empty() ? "" : ", ") + v;
      throw BadParameter(name + ": '" + it->second + "' is not one of " + list);
    }
    if (std::find(out.begin(), out.end(), it->second) == out.end()) out.push_back(it->second);
  }
  return out;
}

// The query a filter-only search runs (cli/search_command.cc does the same): every passage
// has a language or a type, so this matches all and the filter does the choosing.
constexpr const char* kMatchAll =
    "lang:ru OR lang:kk OR type:other OR type:statute OR type:ruling OR type:transcript OR type:convention";

}  // namespace

std::string param(const Params& params, const std::string& name) {
  auto it = params.find(name);
  return it == params.end() ? std::string() : it->second;
}

bool SearchParams::has_filter() const {
  return !langs.empty() || !types.empty() || !tags.empty() || !statuses.empty() || defines || !from.empty() ||
         !to.empty();
}

std::vector<std::pair<std::string, std::string>> SearchParams::to_url_params() const {
  std::vector<std::pair<std::string, std::string>> out{{"q", q}};
  for (auto [name, list] : {std::pair{"lang", &langs}, std::pair{"type", &types}, std::pair{"tag", &tags},
                            std::pair{"status", &statuses}})
    for (const std::string& v : *list) out.emplace_back(name, v);
  if (defines) out.emplace_back("defines", "1");
  if (all_versions) out.emplace_back("versions", "all");
  out.emplace_back("from", from);
  out.emplace_back("to", to);
  if (page > 1) out.emplace_back("page", std::to_string(page));
  out.emplace_back("ui", ui_param(ui));
  return out;
}

query::SearchRequest SearchParams::to_request(const std::vector<std::string>& databases) const {
  query::SearchRequest r;
  r.databases = databases;
  r.query = q.find_first_not_of(" \t\r\n") == std::string::npos ? std::string(kMatchAll) : q;
  r.langs = langs;
  r.types = types;
  r.tags = tags;
  r.statuses = statuses;
  r.defines = defines;
  r.all_versions = all_versions;
  r.date_from = from;
  r.date_to = to;
  r.offset = (page - 1) * kHitsPerPage;
  r.limit = kHitsPerPage;
  r.facets = true;
  return r;
}

SearchParams parse_search_params(const Params& params) {
  SearchParams p;
  p.q = param(params, "q");
  // The query builder bounds the words and brackets; the URL length is bounded by the
  // HTTP library (8 KB), so a query can never be larger than that.
  p.langs = values(params, "lang");
  p.types = values(params, "type");
  p.tags = values(params, "tag");
  p.statuses = values(params, "status");
  const std::string defines = param(params, "defines");
  p.defines = !defines.empty() && defines != "0";
  p.all_versions = param(params, "versions") == "all";
  p.from = param(params, "from");
  p.to = param(params, "to");
  if (const std::string page = param(params, "page"); !page.empty()) {
    auto [end, ec] = std::from_chars(page.data(), page.data() + page.size(), p.page);
    if (ec != std::errc() || end != page.data() + page.size() || p.page < 1 || p.page > kMaxPage)
      throw BadParameter("page: '" + page + "' is not a page number from 1 to " + std::to_string(kMaxPage));
  }
  p.ui = parse_ui(param(params, "ui"));
  return p;
}

}  // namespace lexkz::server

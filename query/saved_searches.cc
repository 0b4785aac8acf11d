#include "query/saved_searches.h"

#include <fstream>
#include <unordered_map>

#include "text/utf8.h"

namespace lexkz::query {
namespace {

std::string trim(std::string_view s) {
  const std::size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return "";
  const std::size_t e = s.find_last_not_of(" \t");
  return std::string(s.substr(b, e - b + 1));
}

std::string join(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += (out.empty() ? "" : "\n") + l;
  return out;
}

}  // namespace

SavedSearchError::SavedSearchError(std::vector<std::string> problems)
    : std::runtime_error(join(problems)), problems_(std::move(problems)) {}

std::vector<SavedSearch> parse_saved_searches(std::istream& in, const std::string& path, text::Analyzer& analyzer,
                                              const QueryOptions& options) {
  std::vector<SavedSearch> out;
  std::vector<std::string> problems;
  std::unordered_map<std::string, std::size_t> first_line;  // id → line where it was defined
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::string where = path + ":" + std::to_string(number) + ": ";
    if (std::size_t bad = 0; !text::is_valid_utf8(line, &bad)) {
      problems.push_back(where + "invalid UTF-8 at byte " + std::to_string(bad + 1) + " of the line — save the file as UTF-8");
      continue;
    }
    const std::string content = trim(line);
    if (content.empty() || content[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos) {
      problems.push_back(where + "no tab — write ID<TAB>QUERY");
      continue;
    }
    SavedSearch s{trim(std::string_view(line).substr(0, tab)), line.substr(tab + 1), number};
    if (s.id.empty()) {
      problems.push_back(where + "empty ID before the tab — write ID<TAB>QUERY");
      continue;
    }
    if (auto [it, fresh] = first_line.emplace(s.id, number); !fresh) {
      problems.push_back(where + "duplicate ID '" + s.id + "' (first on line " + std::to_string(it->second) + ")");
      continue;
    }
    try {
      // Without a database: the syntax and the words are checked, nothing is expanded.
      build_query(s.query, analyzer, options, nullptr);
    } catch (const QueryError& e) {
      problems.push_back(where + "query: " + e.what());
      continue;
    }
    out.push_back(std::move(s));
  }
  if (problems.empty() && out.empty()) problems.push_back(path + ": no saved searches — write one ID<TAB>QUERY per line");
  if (!problems.empty()) throw SavedSearchError(std::move(problems));
  return out;
}

std::vector<SavedSearch> load_saved_searches(const std::string& path, text::Analyzer& analyzer,
                                             const QueryOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw SavedSearchError({path + ": cannot read the saved searches file"});
  return parse_saved_searches(in, path, analyzer, options);
}

}  // namespace lexkz::query

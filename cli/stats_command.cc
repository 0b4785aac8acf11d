// `lexkz stats`: what the index holds, for people (text) or scripts (json).
#include <iostream>

#include "cli/json_line.h"

#include "cli/db_path.h"
#include "cli/subcommands.h"
#include "query/index_stats.h"
#include "query/searcher.h"

namespace lexkz::cli {

Runner setup_stats(CLI::App& app) {
  struct Options {
    std::vector<std::string> dbs;
    std::string format = "text";
  };
  auto opt = std::make_shared<Options>();
  app.add_option("--db", opt->dbs, "Index (repeat for several)")->allow_extra_args(false);
  app.add_option("--format", opt->format, "Output: text or json")->check(CLI::IsMember({"text", "json"}));
  return [opt]() {
    if (opt->dbs.empty()) opt->dbs.push_back(default_db_path());
    query::IndexStats s = query::index_stats(query::open_databases(opt->dbs));
    if (opt->format == "json") {
      nlohmann::ordered_json j;
      j["documents"] = s.documents;
      j["passages"] = s.passages;
      j["lang"] = s.langs;
      j["type"] = s.types;
      j["kind"] = s.kinds;
      j["tag"] = s.tags;
      j["defines"] = s.defines;
      j["status"] = s.statuses;
      j["dated"] = s.dated;
      j["undated"] = s.undated;
      write_json_line(std::cout, j);
      return kOk;
    }
    std::cout << "documents " << s.documents << "\npassages  " << s.passages << '\n';
    for (auto [name, counts] : {std::pair{"lang", &s.langs}, std::pair{"type", &s.types}, std::pair{"kind", &s.kinds},
                                std::pair{"tag", &s.tags}, std::pair{"defines", &s.defines},
                                std::pair{"status", &s.statuses}}) {
      std::cout << name << ':';
      for (const auto& [value, n] : *counts) std::cout << ' ' << value << '=' << n;
      std::cout << '\n';
    }
    std::cout << "dates: dated=" << s.dated << " undated=" << s.undated << '\n';
    return kOk;
  };
}

}  // namespace lexkz::cli

// `lexkz stats`: what the index holds, for people (text) or scripts (json).
#include <iostream>

#include "cli/db_path.h"
#include "cli/json_line.h"
#include "cli/stats_printer.h"
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
      write_json_line(std::cout, stats_json(s));
      return kOk;
    }
    std::cout << "documents " << s.documents << "\npassages  " << s.passages << '\n';
    for (auto [name, counts] : {std::pair{"lang", &s.langs}, std::pair{"type", &s.types}, std::pair{"kind", &s.kinds},
                                std::pair{"tag", &s.tags}, std::pair{"defines", &s.defines},
                                std::pair{"status (documents)", &s.statuses}}) {
      std::cout << name << ':';
      for (const auto& [value, n] : *counts) std::cout << ' ' << value << '=' << n;
      std::cout << '\n';
    }
    std::cout << "date (documents): dated=" << s.dated << " undated=" << s.undated << '\n';
    return kOk;
  };
}

}  // namespace lexkz::cli

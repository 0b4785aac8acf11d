// `lexkz define TERM`: options → DefineRequest → definition finder → printer. Exit 1 when
// nothing in the index defines the term (DESIGN.md).
#include <unistd.h>

#include <iostream>

#include "cli/db_path.h"
#include "cli/definition_printer.h"
#include "cli/errors.h"
#include "cli/subcommands.h"
#include "cli/tagging.h"
#include "concepts/definition_finder.h"
#include "query/query_builder.h"

namespace lexkz::cli {

Runner setup_define(CLI::App& app) {
  struct Options {
    std::vector<std::string> dbs, words;
    std::string format = "text", rules;
    concepts::DefineRequest request;
  };
  auto opt = std::make_shared<Options>();
  app.add_option("--db", opt->dbs, "Index (repeat for several)")->allow_extra_args(false);
  app.add_option("--lang", opt->request.langs, "Only definitions in this language (ru, kk)")
      ->allow_extra_args(false)
      ->check(CLI::IsMember({"ru", "kk"}));
  app.add_option("--status", opt->request.statuses, "Only documents with this status (in_force, lost_force, not_in_force)")
      ->allow_extra_args(false)
      ->check(CLI::IsMember({"in_force", "lost_force", "not_in_force"}));
  app.add_flag("--all-versions", opt->request.all_versions, "Every edition of an act, not only the newest");
  app.add_option("--limit,-n", opt->request.limit, "Definitions to print")->check(CLI::Range(1, 10000));
  app.add_option("--rules", opt->rules, "Extra tag rules file, added to the built-in rules");
  app.add_option("--format", opt->format, "Output: text or jsonl")->check(CLI::IsMember({"text", "jsonl"}));
  app.add_option("TERM", opt->words, "The term to look up, in Russian or Kazakh (either script)")->required();

  return [opt]() {
    concepts::DefineRequest& req = opt->request;
    req.databases = opt->dbs.empty() ? std::vector<std::string>{default_db_path()} : opt->dbs;
    for (const std::string& w : opt->words) req.term += (req.term.empty() ? "" : " ") + w;
    text::Analyzer analyzer;
    concepts::RuleSet rules = load_rules(opt->rules, analyzer);
    std::vector<concepts::DefinitionHit> hits;
    try {
      hits = concepts::find_definitions(req, rules, analyzer);
    } catch (const query::QueryError& e) {
      throw UsageError(std::string("define: ") + e.what());
    }
    if (opt->format == "jsonl") print_definitions_jsonl(std::cout, hits);
    else print_definitions_text(std::cout, hits, isatty(STDOUT_FILENO) == 1);
    if (hits.empty()) {
      std::cerr << "lexkz: nothing in the index defines '" << req.term << "'\n";
      return int{kNoMatch};
    }
    return int{kOk};
  };
}

}  // namespace lexkz::cli

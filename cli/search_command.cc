// `lexkz search`: options → SearchRequest → searcher → printer.
#include <unistd.h>

#include <iostream>

#include "cli/db_path.h"
#include "cli/errors.h"
#include "cli/hit_printer.h"
#include "cli/subcommands.h"
#include "concepts/concept_expansion.h"
#include "query/searcher.h"

namespace lexkz::cli {

Runner setup_search(CLI::App& app) {
  struct Options {
    std::vector<std::string> dbs, words, concepts;
    std::string format = "text", query_lang = "auto";
    query::SearchRequest request;
  };
  auto opt = std::make_shared<Options>();
  query::SearchRequest& r = opt->request;
  app.add_option("--db", opt->dbs, "Index to search (repeat to search several as one; stub files name shards)")
      ->allow_extra_args(false);
  app.add_option("--limit,-n", r.limit, "Hits to print")->check(CLI::Range(0, 100000));
  app.add_option("--offset", r.offset, "Skip this many hits first");
  app.add_option("--lang", r.langs, "Only passages in this language (ru, kk)")
      ->allow_extra_args(false)
      ->check(CLI::IsMember({"ru", "kk"}));
  app.add_option("--type", r.types, "Only documents of this type")
      ->allow_extra_args(false)
      ->check(CLI::IsMember({"statute", "ruling", "transcript", "convention", "other"}));
  app.add_option("--tag", r.tags, "Only passages with this tag")
      ->allow_extra_args(false)
      ->check(CLI::IsMember({"discrimination", "harassment", "sexual_harassment", "stalking"}));
  app.add_flag("--defines", r.defines, "Only passages that define a concept (of --tag, if given)");
  app.add_option("--from", r.date_from, "Only documents dated on or after YYYY-MM-DD");
  app.add_option("--to", r.date_to, "Only documents dated on or before YYYY-MM-DD");
  app.add_option("--status", r.statuses, "Only documents with this status (in_force, lost_force, not_in_force)")
      ->allow_extra_args(false)
      ->check(CLI::IsMember({"in_force", "lost_force", "not_in_force"}));
  app.add_flag("--all-versions", r.all_versions, "Every edition of an act, not only the newest");
  app.add_flag("--facets", r.facets, "Also count the matches per language, type and tag");
  app.add_option("--query-lang", opt->query_lang, "Language of the query words: auto, ru or kk")
      ->check(CLI::IsMember({"auto", "ru", "kk"}));
  app.add_option("--concept", opt->concepts,
                 "Passages of this word's concept in both languages (its tags and glossary names), as ~WORD does")
      ->allow_extra_args(false);
  app.add_option("--format", opt->format, "Output: text or jsonl")->check(CLI::IsMember({"text", "jsonl"}));
  app.add_option("QUERY", opt->words, "Words, \"phrases\", =exact, pref*, AND OR NOT NEAR/n ADJ/n, lang:kk …");

  return [opt]() {
    query::SearchRequest& req = opt->request;
    if (opt->dbs.empty()) opt->dbs.push_back(default_db_path());
    req.databases = opt->dbs;
    for (const std::string& w : opt->words) req.query += (req.query.empty() ? "" : " ") + w;
    for (const std::string& c : opt->concepts) req.query += (req.query.empty() ? "~\"" : " ~\"") + c + "\"";
    req.options.expand_concept = concepts::concept_expansion_hook();
    req.options.lang = *text::parse_lang_mode(opt->query_lang);
    bool has_filter = !req.langs.empty() || !req.types.empty() || !req.tags.empty() || req.defines ||
                      !req.date_from.empty() || !req.date_to.empty() || !req.statuses.empty();
    if (req.query.find_first_not_of(" \t\n") == std::string::npos) {
      if (!has_filter) throw UsageError("empty query — give words to search for, or a filter such as --tag");
      req.query = "";
    }
    text::Analyzer analyzer;
    query::SearchResult result;
    try {
      if (req.query.empty()) req.query = "lang:ru OR lang:kk OR type:other OR type:statute OR type:ruling OR type:transcript OR type:convention";
      result = query::search(req, analyzer);
    } catch (const query::QueryError& e) {
      throw UsageError(std::string("query: ") + e.what());
    }
    for (const std::string& w : result.warnings) std::cerr << "lexkz: warning: " << w << '\n';
    std::unique_ptr<HitPrinter> printer =
        opt->format == "jsonl" ? make_jsonl_hit_printer(std::cout, req.facets)
                               : make_text_hit_printer(std::cout, req.facets, isatty(STDOUT_FILENO) == 1);
    printer->begin(result);
    for (const query::Hit& h : result.hits) printer->hit(h);
    printer->end(result);
    return kOk;
  };
}

}  // namespace lexkz::cli

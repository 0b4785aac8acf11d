#include "cli/command.h"
#include "cli/subcommands.h"

namespace lexkz::cli {

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"analyze", "Show the analyzer's tokens for a text (the window into the pipeline)",
       setup_analyze},
      {"index", "Index files, directories or JSONL (stdin: -) into a database", setup_index},
      {"search", "Search an index: every inflected form, both Kazakh scripts, with cites", setup_search},
      {"tag", "Tag passages (discrimination, harassment, sexual harassment, stalking) — no index needed",
       setup_tag},
      {"define", "Find the passages that define a term or its concept, in either language", setup_define},
      {"watch", "Run saved searches over new documents: one JSON line per search and matching passage",
       setup_watch},
      {"stats", "Count the documents and passages of an index per language, type and tag", setup_stats},
      {"serve", "Serve an index to a web browser and to scripts (JSON), read-only", setup_serve},
  };
  return table;
}

}  // namespace lexkz::cli

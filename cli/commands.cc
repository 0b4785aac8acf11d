#include "cli/command.h"
#include "cli/subcommands.h"

namespace lexkz::cli {

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"analyze", "Show the analyzer's tokens for a text (the window into the pipeline)",
       setup_analyze},
  };
  return table;
}

}  // namespace lexkz::cli

#pragma once
// The set-up function of each subcommand: registers options, returns the runner.
#include "cli/command.h"

namespace lexkz::cli {

/// `lexkz analyze [--lang auto|ru|kk] [--format text|jsonl] TEXT...`
Runner setup_analyze(CLI::App& app);

}  // namespace lexkz::cli

#pragma once
// The table of subcommands (ninja's kTools): each entry registers its options on a
// CLI11 subcommand and returns the function that runs it. main knows nothing else.
#include <functional>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

namespace lexkz::cli {

/// Exit codes of the contract (DESIGN.md).
enum Exit : int { kOk = 0, kNoMatch = 1, kBadInput = 2, kInternal = 3 };

/// Runs a parsed subcommand; returns its exit code.
using Runner = std::function<int()>;

/// One subcommand: its name, a one-line summary, and its option set-up.
struct Command {
  std::string_view name;
  std::string_view summary;
  std::function<Runner(CLI::App&)> setup;
};

/// All subcommands, in the order `lexkz --help` lists them.
const std::vector<Command>& commands();

/// Parses argv, runs the chosen subcommand, maps errors to exit codes and one-line
/// messages ("lexkz: error: ..."). The whole program.
int run(int argc, char** argv);

}  // namespace lexkz::cli

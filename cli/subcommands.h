#pragma once
// The set-up function of each subcommand: registers options, returns the runner.
#include <optional>
#include <string>
#include <vector>

#include "cli/command.h"
#include "query/saved_searches.h"

namespace lexkz::cli {

/// `lexkz analyze [--lang auto|ru|kk] [--format text|jsonl] TEXT...`
Runner setup_analyze(CLI::App& app);

/// `lexkz index [--db PATH] [--jobs N] [--lang L] [--type T] INPUT...`
Runner setup_index(CLI::App& app);

/// `lexkz search [--db PATH]... [filters] [--format text|jsonl] QUERY...`
Runner setup_search(CLI::App& app);

/// `lexkz stats [--db PATH] [--format text|json]`
Runner setup_stats(CLI::App& app);

/// `lexkz tag [--format jsonl|text] [--all] [--rules FILE] [INPUT...|-]`
Runner setup_tag(CLI::App& app);

/// `lexkz define [--db PATH] [--lang L] [--format text|jsonl] TERM`
Runner setup_define(CLI::App& app);

/// `lexkz watch --queries FILE [--format jsonl|text] [--ocr] [INPUT...|-]`
Runner setup_watch(CLI::App& app);

/// The saved searches of `path` (query/saved_searches.h), or nullopt after printing each
/// bad line as `lexkz: FILE:LINE: message` (the caller exits 2). Shared by `watch` and
/// `index --watch`.
std::optional<std::vector<query::SavedSearch>> load_watch_list(const std::string& path, text::Analyzer& analyzer);

/// `lexkz serve [--db PATH]... [--bind ADDR:PORT] [--threads N]`
Runner setup_serve(CLI::App& app);

}  // namespace lexkz::cli

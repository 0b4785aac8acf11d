// The top of the program: parse, dispatch, and map every failure to one line on stderr
// and an exit code from the contract. Libraries throw; only this file prints errors.
#include <csignal>
#include <cstring>
#include <iostream>

#include "cli/command.h"
#include "cli/errors.h"
#include "cli/spellcheck.h"
#include "query/searcher.h"
#include "text/decode.h"

namespace lexkz::cli {
namespace {

void print_error(const std::string& what) { std::cerr << "lexkz: error: " << what << '\n'; }

// argv[1] names no subcommand: suggest the nearest one instead of CLI11's generic text.
bool check_subcommand_name(int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-') return true;
  std::vector<std::string_view> names;
  for (const Command& c : commands()) {
    if (c.name == argv[1]) return true;
    names.push_back(c.name);
  }
  std::string msg = std::string("unknown command '") + argv[1] + "'";
  if (std::string near = closest_match(argv[1], names); !near.empty())
    msg += " — did you mean '" + near + "'?";
  else
    msg += " — see 'lexkz --help'";
  print_error(msg);
  return false;
}

}  // namespace

int run(int argc, char** argv) {
  // A closed pipe (lexkz search … | head) ends output quietly, as ripgrep does:
  // writes then fail with EPIPE instead of killing the process mid-line.
  std::signal(SIGPIPE, SIG_IGN);
  if (!check_subcommand_name(argc, argv)) return kBadInput;

  CLI::App app{"lexkz — index, search and tag Kazakh and Russian legal texts"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "lexkz 0.1");
  std::vector<std::pair<CLI::App*, Runner>> runners;
  for (const Command& c : commands()) {
    CLI::App* sub = app.add_subcommand(std::string(c.name), std::string(c.summary));
    runners.emplace_back(sub, c.setup(*sub));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    print_error(std::string(e.what()) + " — see 'lexkz " +
                (app.get_subcommands().empty() ? std::string("--help")
                                               : app.get_subcommands()[0]->get_name() + " --help") +
                "'");
    return kBadInput;
  }

  try {
    int code = kOk;
    for (auto& [sub, runner] : runners)
      if (sub->parsed()) code = runner();
    std::cout.flush();
    if (!std::cout && errno == EPIPE) return kOk;
    return code;
  } catch (const UsageError& e) {
    print_error(e.what());
    return kBadInput;
  } catch (const DatabaseBusy& e) {
    print_error(e.what());
    return kInternal;
  } catch (const query::DatabaseError& e) {
    print_error(e.what());
    return kInternal;
  } catch (const Xapian::FeatureUnavailableError& e) {
    // xapian-tcpsrv lists a document's values from the termlist, which a shard built
    // without --termlists does not have (README: several machines).
    const bool remote_termlist = e.get_context().rfind("remote", 0) == 0 && e.get_msg().find("termlist") != std::string::npos;
    print_error("index: " + e.get_description() +
                (remote_termlist ? " — a shard served by xapian-tcpsrv needs a termlist: run 'lexkz index --termlists' on it"
                                 : ""));
    return kInternal;
  } catch (const Xapian::Error& e) {
    print_error("index: " + e.get_description());
    return kInternal;
  } catch (const text::DecodeError& e) {
    print_error(e.what());
    return kBadInput;
  } catch (const std::exception& e) {
    print_error(e.what());
    return kInternal;
  }
}

}  // namespace lexkz::cli

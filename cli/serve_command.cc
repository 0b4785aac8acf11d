// `lexkz serve`: options → server::serve. Exit 128+signal when Ctrl-C or SIGTERM stops it,
// as `index` does when interrupted (cli/interrupt.h).
#include <iostream>
#include <thread>

#include "cli/db_path.h"
#include "cli/errors.h"
#include "cli/subcommands.h"
#include "server/server.h"

namespace lexkz::cli {

Runner setup_serve(CLI::App& app) {
  struct Options {
    std::vector<std::string> dbs;
    std::string bind = "127.0.0.1:8080";
    std::size_t threads = std::max(4u, 2 * std::thread::hardware_concurrency());
  };
  auto opt = std::make_shared<Options>();
  app.add_option("--db", opt->dbs, "Index to serve (repeat to serve several as one; stub files name shards)")
      ->allow_extra_args(false);
  app.add_option("--bind", opt->bind, "ADDRESS:PORT to listen on (default 127.0.0.1:8080; port 0: any free port)");
  app.add_option("--threads", opt->threads, "Worker threads (a fixed pool)")->check(CLI::Range(1, 256));
  return [opt]() {
    server::ServerOptions o;
    o.databases = opt->dbs.empty() ? std::vector<std::string>{default_db_path()} : opt->dbs;
    o.threads = opt->threads;
    try {
      server::parse_bind(opt->bind, o);
    } catch (const std::invalid_argument& e) {
      throw UsageError(e.what());
    }
    int signal = server::serve(o, std::cerr);
    std::cerr << "lexkz: stopped\n";
    return signal ? 128 + signal : int{kOk};
  };
}

}  // namespace lexkz::cli

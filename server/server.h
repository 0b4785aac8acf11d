#pragma once
// `lexkz serve`: the drafters' desk. An HTTP server over one or more indexes, read-only:
// pages rendered on the server (no JavaScript needed) and a JSON API that prints the
// same objects as the CLI.
//
// HTTP library: Debian's libcpp-httplib (0.11.4, shipped as libcpp-httplib.so with a
// header): one Debian package, blocking sockets served by a fixed thread pool, read/write
// timeouts, a bounded URI (8 KB) and payload, and no build of our own. Boost.Beast would
// do the same with more code of ours (an executor, a parser loop, timeouts) for a server
// that answers a few GET routes; the load test (bench/README.md) shows httplib is not
// what bounds the throughput — Xapian and the snippets are.
//
// Threads: Xapian::Database and the analyzer are not thread-safe, so each worker thread
// keeps its own analyzer and rule set (thread_local), and every request opens the
// databases afresh (query::search does; a few hundred microseconds, measured in
// bench/README.md), which also makes a re-indexed database visible to the next request.
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace lexkz::server {

/// How to serve.
struct ServerOptions {
  std::vector<std::string> databases;
  std::string host = "127.0.0.1";  ///< loopback unless told otherwise
  int port = 8080;                 ///< 0: any free port (the "listening on" line names it)
  std::size_t threads = 8;         ///< the fixed worker pool
};

/// "ADDR:PORT", "[v6]:PORT" or ":PORT" (loopback) into host and port; throws
/// std::invalid_argument with a one-line reason otherwise.
void parse_bind(const std::string& bind, ServerOptions& options);

/// Opens the databases once (so a wrong --db fails at start, with the CLI's message),
/// binds, prints "lexkz: listening on http://HOST:PORT" to `log`, and serves until
/// SIGINT or SIGTERM; returns that signal's number. Throws std::runtime_error when it
/// cannot bind, query::DatabaseError when a database cannot be opened.
int serve(const ServerOptions& options, std::ostream& log);

}  // namespace lexkz::server

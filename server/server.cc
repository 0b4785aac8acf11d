#include "server/server.h"

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <csignal>
#include <stdexcept>
#include <thread>

#include <httplib.h>

#include "query/searcher.h"
#include "server/app.h"

namespace lexkz::server {
namespace {

// Limits of one connection. The URI (8 KB) and header sizes are fixed inside Debian's
// libcpp-httplib; the routes are GET only, so a body is never needed.
constexpr std::size_t kMaxBody = 8 * 1024;
constexpr time_t kReadTimeoutSeconds = 5;
constexpr time_t kWriteTimeoutSeconds = 10;
// A keep-alive connection holds a worker while it waits for the next request: keep the
// wait short and the count bounded so 16 clients share a small pool fairly.
constexpr time_t kKeepAliveSeconds = 2;
constexpr std::size_t kKeepAliveRequests = 10;

// Every response: no script runs, no inline style, nothing framed or sniffed.
const httplib::Headers& security_headers() {
  static const httplib::Headers h = {
      {"Content-Security-Policy",
       "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; "
       "frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
  };
  return h;
}

// Blocks SIGINT and SIGTERM in this thread and every thread it starts (the pool), so one
// thread takes them with sigtimedwait and stops the server at a safe point.
struct SignalMask {
  sigset_t set{}, old{};
  SignalMask() {
    // A shell starts background jobs with SIGINT ignored, and an ignored signal is dropped
    // even while blocked: take both back to the default so sigtimedwait sees them (as
    // `index` does with its handlers, cli/interrupt.cc).
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, &old);
  }
  ~SignalMask() { pthread_sigmask(SIG_SETMASK, &old, nullptr); }
};

}  // namespace

void parse_bind(const std::string& bind, ServerOptions& o) {
  std::size_t colon = bind.rfind(':');
  if (colon == std::string::npos) throw std::invalid_argument("--bind '" + bind + "': give ADDRESS:PORT");
  std::string host = bind.substr(0, colon), port = bind.substr(colon + 1);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  if (host.empty()) host = "127.0.0.1";
  int n = -1;
  if (!port.empty() && port.size() <= 5 && port.find_first_not_of("0123456789") == std::string::npos) n = std::stoi(port);
  if (n < 0 || n > 65535) throw std::invalid_argument("--bind '" + bind + "': the port is a number from 0 to 65535");
  o.host = host;
  o.port = n;
}

int serve(const ServerOptions& options, std::ostream& log) {
  // A wrong --db fails now, with the CLI's message, not on the first request.
  query::open_databases(options.databases);
  const App app(options.databases);

  SignalMask mask;  // before the pool's threads exist
  httplib::Server server;
  const std::size_t threads = options.threads == 0 ? 1 : options.threads;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_payload_max_length(kMaxBody);
  server.set_read_timeout(kReadTimeoutSeconds, 0);
  server.set_write_timeout(kWriteTimeoutSeconds, 0);
  server.set_keep_alive_timeout(kKeepAliveSeconds);
  server.set_keep_alive_max_count(kKeepAliveRequests);
  server.set_default_headers(security_headers());
  // httplib writes the headers and the body separately: with Nagle's algorithm the body
  // waits for the client's delayed ACK, 40 ms on every keep-alive answer (measured).
  server.set_tcp_nodelay(true);

  auto answer = [&app](const httplib::Request& req, httplib::Response& res) {
    std::string host = req.get_header_value("Host");
    Response r = app.get(req.path, req.params, host.empty() ? "" : "http://" + host);
    res.status = r.status;
    for (auto& [name, value] : r.headers) res.set_header(name, value);
    res.set_content(std::move(r.body), r.content_type);
  };
  server.Get(".*", answer);
  // Other methods, and anything the router did not answer (a bad request line, a body
  // too large): a short page, never the library's default.
  server.set_error_handler(httplib::Server::HandlerWithResponse(
      [](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    Response r = error_page(res.status, "HTTP " + std::to_string(res.status), parse_ui(req.get_param_value("ui")));
    res.set_content(std::move(r.body), r.content_type);
    return httplib::Server::HandlerResponse::Handled;
  }));
  server.set_exception_handler([&log](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "internal error";
    try {
      std::rethrow_exception(ep);
    } catch (const Xapian::Error& e) {
      what = "index: " + e.get_description();
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    log << "lexkz: error: " << req.path << ": " << what << '\n';
    Response r = error_page(500, what, parse_ui(req.get_param_value("ui")));
    res.status = 500;
    res.set_content(std::move(r.body), r.content_type);
  });

  int port = options.port;
  if (port == 0) port = server.bind_to_any_port(options.host);
  else if (!server.bind_to_port(options.host, port)) port = -1;
  if (port < 0)
    throw std::runtime_error("cannot listen on " + options.host + ":" + std::to_string(options.port) +
                             " — is the address in use, or not on this machine?");
  const bool v6 = options.host.find(':') != std::string::npos;
  log << "lexkz: listening on http://" << (v6 ? "[" + options.host + "]" : options.host) << ':' << port << '\n'
      << std::flush;

  std::atomic<bool> done{false};
  std::atomic<int> stopped_by{0};
  std::thread signals([&] {
    const timespec tick{0, 200'000'000};
    while (!done) {
      int sig = sigtimedwait(&mask.set, nullptr, &tick);
      if (sig == SIGINT || sig == SIGTERM) {
        stopped_by = sig;
        server.stop();
        return;
      }
    }
  });
  server.listen_after_bind();  // returns after stop(), once the pool has drained
  done = true;
  signals.join();
  return stopped_by;
}

}  // namespace lexkz::server

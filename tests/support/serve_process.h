#pragma once
// `lexkz serve` started in the background on a free loopback port for end-to-end tests:
// waits for its "listening on http://HOST:PORT" line and hands out the port.
// Header-only; tests include it.
#include <chrono>
#include <regex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/background.h"

namespace lexkz::testing {

/// A running server; stopped with SIGTERM (then SIGKILL) when the object goes.
class ServeProcess {
 public:
  /// Starts `lexkz serve --bind 127.0.0.1:0` with `args` (e.g. --db PATH), logs under `log_prefix`.
  ServeProcess(std::vector<std::string> args, const std::string& log_prefix, std::string bind = "127.0.0.1:0")
      : process_(argv(std::move(args), bind), log_prefix) {
    const std::regex line(R"(listening on http://([^\s]+):(\d+))");
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    std::smatch m;
    while (std::chrono::steady_clock::now() < deadline) {
      std::string err = process_.err();
      if (std::regex_search(err, m, line)) {
        host_ = m[1];
        port_ = std::stoi(m[2]);
        return;
      }
      if (!process_.running()) throw std::runtime_error("lexkz serve exited: " + process_.err());
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    throw std::runtime_error("lexkz serve did not start: " + process_.err());
  }
  /// The bound address as printed, and the port.
  const std::string& host() const { return host_; }
  int port() const { return port_; }
  /// The process, to signal or wait for.
  Background& process() { return process_; }
  /// Resident set size of the server now, in KB (from /proc), or -1.
  long rss_kb() const { return process_.rss_kb(); }

 private:
  static std::vector<std::string> argv(std::vector<std::string> args, const std::string& bind) {
    args.insert(args.begin(), {LEXKZ_BINARY, "serve", "--bind", bind});
    return args;
  }
  Background process_;
  std::string host_;
  int port_ = 0;
};

}  // namespace lexkz::testing

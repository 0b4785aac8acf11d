#pragma once
// Starts a process in the background (for kill and lock tests): its output goes to files,
// the test signals it and waits with a deadline. Header-only; tests include it.
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace lexkz::testing {

/// A child process running `argv`, stdout and stderr captured in files under `log_prefix`.
class Background {
 public:
  /// Forks and execs `argv` (argv[0] is the program path), stdin from /dev/null.
  Background(const std::vector<std::string>& argv, const std::string& log_prefix)
      : out_path_(log_prefix + ".out"), err_path_(log_prefix + ".err") {
    // Flush first: a child would otherwise inherit and re-emit the parent's buffered output.
    std::fflush(nullptr);
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
      int in = open("/dev/null", O_RDONLY);
      int out = open(out_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      int err = open(err_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (in < 0 || out < 0 || err < 0) _exit(127);
      dup2(in, 0);
      dup2(out, 1);
      dup2(err, 2);
      std::vector<char*> args;
      for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
      args.push_back(nullptr);
      execv(args[0], args.data());
      _exit(127);
    }
  }
  ~Background() {
    if (!reaped_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }
  Background(const Background&) = delete;
  Background& operator=(const Background&) = delete;

  /// True while the child has not exited (reaps it when it has).
  bool running() {
    if (reaped_) return false;
    int status = 0;
    rusage usage{};
    if (wait4(pid_, &status, WNOHANG, &usage) == pid_) {
      record(status);
      peak_rss_kb_ = usage.ru_maxrss;
    }
    return !reaped_;
  }
  /// Sends `sig` to the child.
  void signal(int sig) { kill(pid_, sig); }
  /// Waits up to `timeout` for the child; returns its exit code (128+signal when killed),
  /// or -1 on timeout.
  int wait(std::chrono::milliseconds timeout = std::chrono::minutes(5)) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (running()) {
      if (std::chrono::steady_clock::now() > deadline) return -1;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return exit_code_;
  }
  /// The child's resident set size now in KB (VmRSS in /proc/PID/status), -1 when gone.
  long rss_kb() const {
    std::ifstream status("/proc/" + std::to_string(pid_) + "/status");
    std::string line;
    while (std::getline(status, line))
      if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
    return -1;
  }
  /// The child's peak resident set size in MB, once it has exited (Linux reports KB).
  double peak_rss_mb() const { return static_cast<double>(peak_rss_kb_) / 1024.0; }
  /// What the child wrote to stdout / stderr so far.
  std::string out() const { return slurp(out_path_); }
  std::string err() const { return slurp(err_path_); }

 private:
  void record(int status) {
    reaped_ = true;
    exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  static std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }
  std::string out_path_, err_path_;
  pid_t pid_ = -1;
  bool reaped_ = false;
  int exit_code_ = -1;
  long peak_rss_kb_ = 0;
};

}  // namespace lexkz::testing

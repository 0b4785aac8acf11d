#pragma once
// SIGINT / SIGTERM during a long job: the handler only sets a flag; the job checks it at
// safe points, commits what is done and exits (issue 5: "commit what is done and exit
// cleanly").
#include <stdexcept>

namespace lexkz::cli {

/// Thrown at a safe point after SIGINT or SIGTERM arrived.
class Interrupted : public std::runtime_error {
 public:
  explicit Interrupted(int signal) : std::runtime_error("interrupted"), signal(signal) {}
  int signal;
};

/// Installs the handlers for the lifetime of the object; restores the defaults after.
class InterruptGuard {
 public:
  InterruptGuard();
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

  /// Throws Interrupted if a signal arrived.
  void check() const;
};

}  // namespace lexkz::cli

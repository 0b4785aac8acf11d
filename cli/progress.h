#pragma once
// The indexing progress line: files, MB, MB/s and ETA on one self-rewriting stderr line,
// only when stderr is a terminal (scripts get a clean log).
#include <chrono>
#include <cstddef>
#include <string>

namespace lexkz::cli {

/// Throttled progress printer.
class Progress {
 public:
  /// `total_bytes` (0 if unknown) makes an ETA possible.
  explicit Progress(std::size_t total_bytes);
  /// Reports the state; prints at most 4 times a second.
  void update(std::size_t files, std::size_t bytes);
  /// Clears the line.
  void done();

 private:
  bool enabled_;
  std::size_t total_;
  std::chrono::steady_clock::time_point start_, last_;
  bool printed_ = false;
};

}  // namespace lexkz::cli

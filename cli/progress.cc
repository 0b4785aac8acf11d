#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace lexkz::cli {

Progress::Progress(std::size_t total_bytes)
    : enabled_(isatty(STDERR_FILENO) == 1), total_(total_bytes), start_(std::chrono::steady_clock::now()),
      last_(start_) {}

void Progress::update(std::size_t files, std::size_t bytes) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (printed_ && now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  printed_ = true;
  double seconds = std::chrono::duration<double>(now - start_).count();
  double mb = static_cast<double>(bytes) / 1e6;
  double rate = seconds > 0 ? mb / seconds : 0;
  std::fprintf(stderr, "\r\033[K%zu files, %.1f MB, %.1f MB/s", files, mb, rate);
  if (total_ > bytes && rate > 0)
    std::fprintf(stderr, ", ETA %.0f s", static_cast<double>(total_ - bytes) / 1e6 / rate);
  std::fflush(stderr);
}

void Progress::done() {
  if (enabled_ && printed_) std::fputs("\r\033[K", stderr);
}

}  // namespace lexkz::cli

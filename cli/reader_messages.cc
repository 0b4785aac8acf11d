#include "cli/reader_messages.h"

#include <chrono>
#include <iostream>
#include <memory>

namespace lexkz::cli {

void print_reader_messages(indexer::ReaderOptions& options) {
  options.on_warning = [](const std::string& path, const std::string& message) {
    std::cerr << "lexkz: warning: " << path << ": " << message << '\n';
  };
  // A page of real OCR takes a second or more, so each gets its line; blank pages fly by
  // and would flood the terminal: at most one line a second, and the last.
  auto last = std::make_shared<std::chrono::steady_clock::time_point>();
  options.on_ocr_progress = [last](const std::string& path, int done, int total) {
    auto now = std::chrono::steady_clock::now();
    if (done != total && done != 1 && now - *last < std::chrono::seconds(1)) return;
    *last = now;
    std::cerr << "lexkz: " << path << ": OCR page " << done << " of " << total << '\n';
  };
}

}  // namespace lexkz::cli

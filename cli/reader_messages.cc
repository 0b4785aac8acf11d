#include "cli/reader_messages.h"

#include <iostream>

namespace lexkz::cli {

void print_reader_messages(indexer::ReaderOptions& options) {
  options.on_warning = [](const std::string& path, const std::string& message) {
    std::cerr << "lexkz: warning: " << path << ": " << message << '\n';
  };
  options.on_ocr_progress = [](const std::string& path, int done, int total) {
    std::cerr << "lexkz: " << path << ": OCR page " << done << " of " << total << '\n';
  };
}

}  // namespace lexkz::cli

// Analyzer throughput against bare ICU word segmentation, in the same run.
//
//   build/analyzer_bench [FILE|DIR ...]     (default: ../shared/corpora)
//
// Reads every .txt file into memory, then times (best of 3 passes each):
//   icu       ICU BreakIterator over the text (UText on UTF-8), counting words
//   analyzer  the full lexkz analyzer (segmentation, folding, homoglyphs, Kazakh Latin,
//             language id, stop words, stemming) over the same text, line by line
// and prints MB/s for both and the ratio analyzer/icu (target ≥ 0.4, issue 2).
// Single-threaded: figures are per core.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "text/analyzer.h"
#include "text/words.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

std::vector<std::string> load(const std::vector<std::string>& args, std::size_t& bytes) {
  std::vector<fs::path> files;
  for (const std::string& a : args) {
    if (fs::is_directory(a)) {
      for (const auto& e : fs::recursive_directory_iterator(a))
        if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
    } else {
      files.emplace_back(a);
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> lines;
  bytes = 0;
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
      bytes += line.size() + 1;
      lines.push_back(std::move(line));
    }
  }
  return lines;
}

template <typename F>
double best_seconds(F&& f) {
  double best = 1e9;
  for (int pass = 0; pass < 3; ++pass) {
    auto t0 = Clock::now();
    f();
    best = std::min(best, std::chrono::duration<double>(Clock::now() - t0).count());
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) args.push_back(LEXKZ_SHARED_CORPORA);
  std::size_t bytes = 0;
  std::vector<std::string> lines = load(args, bytes);
  if (bytes == 0) {
    std::cerr << "analyzer_bench: no .txt input found\n";
    return 2;
  }
  const double mb = static_cast<double>(bytes) / 1e6;

  std::size_t icu_words = 0, lexkz_tokens = 0;
  lexkz::text::WordSegmenter segmenter;
  std::vector<lexkz::text::WordSpan> spans;
  double icu_s = best_seconds([&] {
    icu_words = 0;
    for (const std::string& l : lines) {
      spans.clear();
      segmenter.segment(l, spans);
      icu_words += spans.size();
    }
  });

  lexkz::text::Analyzer analyzer;
  lexkz::text::Analysis analysis;
  double lexkz_s = best_seconds([&] {
    lexkz_tokens = 0;
    for (const std::string& l : lines) {
      analyzer.analyze(l, lexkz::text::LangMode::automatic, analysis);
      lexkz_tokens += analysis.tokens.size();
    }
  });

  std::cout << "input      " << mb << " MB, " << lines.size() << " lines\n"
            << "icu        " << mb / icu_s << " MB/s (" << icu_words << " words)\n"
            << "analyzer   " << mb / lexkz_s << " MB/s (" << lexkz_tokens << " tokens)\n"
            << "ratio      " << icu_s / lexkz_s << " (analyzer / icu; target >= 0.4)\n";
  return icu_words == lexkz_tokens ? 0 : 1;
}

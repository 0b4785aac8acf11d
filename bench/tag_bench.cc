// Tagging speed on ../shared/corpora, analysis included (issue 4: ≥ 20 MB/s per core).
// Reads every .txt file under the corpora, splits it with the structure splitter, then
// analyses and tags each passage on one thread; prints MB/s and the tag counts.
#include <time.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "indexer/splitter.h"
#include "concepts/tagger.h"
#include "text/analyzer.h"
#include "text/decode.h"

// This thread's CPU time: "MB/s per core" even when other processes share the cores
// (wall-clock figures on a busy machine measure the neighbours).
static double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::string root = argc > 1 ? argv[1] : LEXKZ_SHARED_CORPORA;
  if (!fs::exists(root)) {
    std::cerr << "tag_bench: " << root << " not found — give the corpora directory\n";
    return 2;
  }
  std::vector<lexkz::indexer::Document> docs;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (!e.is_regular_file() || e.path().extension() != ".txt") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    lexkz::indexer::Document d;
    d.id = e.path().string();
    try {
      d.text = lexkz::text::decode_to_utf8(buf.str()).text;
    } catch (...) {
      continue;
    }
    d.type = lexkz::indexer::looks_like_statute(d.text) ? "statute" : "other";
    docs.push_back(std::move(d));
  }
  lexkz::text::Analyzer analyzer;
  lexkz::concepts::RuleSet rules = lexkz::concepts::RuleSet::builtin(analyzer);
  lexkz::concepts::Tagger tagger(rules);
  std::vector<std::vector<lexkz::indexer::Passage>> passages;
  std::size_t bytes = 0;
  for (const auto& d : docs) {
    passages.push_back(lexkz::indexer::split_document(d));
    bytes += d.text.size();
  }
  std::map<std::string, std::size_t> counts;
  std::size_t defs = 0, n = 0;
  lexkz::text::Analysis analysis;
  // Analysis alone first, to show what the tagger adds.
  auto a0 = std::chrono::steady_clock::now();
  const double ca0 = cpu_seconds();
  for (std::size_t i = 0; i < docs.size(); ++i)
    for (const auto& p : passages[i])
      analyzer.analyze(std::string_view(docs[i].text).substr(p.start, p.end - p.start),
                       lexkz::text::LangMode::automatic, analysis);
  double sa = std::chrono::duration<double>(std::chrono::steady_clock::now() - a0).count();
  const double ca = cpu_seconds() - ca0;
  std::cout << "analysis only: " << bytes / 1e6 / sa << " MB/s (" << bytes / 1e6 / ca << " MB/s of CPU time)\n";
  auto t0 = std::chrono::steady_clock::now();
  const double ct0 = cpu_seconds();
  for (std::size_t i = 0; i < docs.size(); ++i) {
    for (const auto& p : passages[i]) {
      std::string_view text = std::string_view(docs[i].text).substr(p.start, p.end - p.start);
      analyzer.analyze(text, lexkz::text::LangMode::automatic, analysis);
      lexkz::concepts::PassageTags tags = tagger.tag(text, analysis);
      for (const auto& t : tags.tags) ++counts[t];
      defs += tags.definitions.size();
      ++n;
    }
  }
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const double ct = cpu_seconds() - ct0;
  std::cout << "tag_bench: " << docs.size() << " files, " << n << " passages, " << bytes / 1e6 << " MB in " << s
            << " s: " << bytes / 1e6 / s << " MB/s (analysis + tagging, one thread)\n";
  std::cout << "per core (CPU time): " << bytes / 1e6 / ct << " MB/s analysis + tagging; tagging alone "
            << bytes / 1e6 / std::max(ct - ca, 1e-9) << " MB/s\n";
  for (const auto& [t, c] : counts) std::cout << "  " << t << ": " << c << " passages\n";
  std::cout << "  definitions: " << defs << "\n";
  return 0;
}

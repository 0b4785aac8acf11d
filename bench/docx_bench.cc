// DOCX extraction throughput, with its floors measured in the same run.
//
//   corpora/make/office_samples.py --bench bench/out/docx [--mb 20]
//   build/docx_bench bench/out/docx
//
// Loads every .docx into memory, then times (best of 3 passes each, single-threaded):
//   unzip     libzip: open the archive, inflate word/document.xml (the zip floor)
//   parse     unzip + libxml2's parse of document.xml into a tree (the XML floor)
//   read_docx lexkz's whole reader: the parts above, numbering, styles, footnotes, core.xml,
//             the walk that renders paragraphs, numbers and table rows
// and prints MB/s of extracted text (what `lexkz index` counts) and of input files, and
// read_docx's share of the parse floor's rate.
#include <libxml/parser.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "indexer/docx_reader.h"
#include "indexer/zip_archive.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double best_of_3(const std::function<void()>& pass) {
  double best = 1e100;
  for (int i = 0; i < 3; ++i) {
    auto t0 = Clock::now();
    pass();
    best = std::min(best, std::chrono::duration<double>(Clock::now() - t0).count());
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<fs::path> paths;
  for (int i = 1; i < argc; ++i) {
    if (fs::is_directory(argv[i])) {
      for (const auto& e : fs::directory_iterator(argv[i]))
        if (e.path().extension() == ".docx") paths.push_back(e.path());
    } else {
      paths.emplace_back(argv[i]);
    }
  }
  if (paths.empty()) {
    std::cerr << "usage: docx_bench DIR|FILE.docx...  (make DIR with corpora/make/office_samples.py --bench DIR)\n";
    return 2;
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> files;
  std::size_t input_bytes = 0;
  for (const fs::path& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    files.push_back(ss.str());
    input_bytes += files.back().size();
  }
  std::size_t text_bytes = 0, xml_bytes = 0;
  for (const std::string& f : files) text_bytes += lexkz::indexer::read_docx(f).text.size();

  const double unzip = best_of_3([&] {
    xml_bytes = 0;
    for (const std::string& f : files) {
      lexkz::indexer::ZipArchive zip(f);
      xml_bytes += zip.read("word/document.xml")->size();
    }
  });
  const double parse = best_of_3([&] {
    for (const std::string& f : files) {
      lexkz::indexer::ZipArchive zip(f);
      std::string xml = *zip.read("word/document.xml");
      xmlDoc* doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr, XML_PARSE_NONET);
      xmlFreeDoc(doc);
    }
  });
  std::size_t check = 0;
  const double full = best_of_3([&] {
    check = 0;
    for (const std::string& f : files) check += lexkz::indexer::read_docx(f).text.size();
  });
  if (check != text_bytes) return 3;
  const double mb_text = text_bytes / 1048576.0, mb_in = input_bytes / 1048576.0;
  std::printf("docx_bench: %zu files, %.1f MB .docx, %.1f MB document.xml, %.1f MB text\n", files.size(), mb_in,
              xml_bytes / 1048576.0, mb_text);
  std::printf("%-10s %8s %14s %14s\n", "stage", "seconds", "MB text/s", "MB docx/s");
  for (auto [name, s] : {std::pair{"unzip", unzip}, {"parse", parse}, {"read_docx", full}})
    std::printf("%-10s %8.3f %14.1f %14.1f\n", name, s, mb_text / s, mb_in / s);
  std::printf("read_docx / parse floor: %.2f of its rate\n", parse / full);
  return 0;
}

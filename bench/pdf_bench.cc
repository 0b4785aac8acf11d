// PDF reading throughput against poppler's own pdftotext, and OCR speed and quality
// (issue 10). Driven by bench/pdf_bench.sh, which makes the PDFs from ../shared/corpora.
//
//   pdf_bench extract ROUNDS FILE.pdf...
//     lexkz's reader (indexer/pdf_reader.h, no OCR) and `pdftotext FILE OUT` on the same
//     files, alternating, ROUNDS times; the best round of each: pages/s, MB of text/s, ratio.
//   pdf_bench ocr PAGES FILE.pdf...
//     the first PAGES pages of each file rendered at 300 dpi and read by one Tesseract
//     engine on one thread (kaz+rus): pages/s per core, and word recall against the page's
//     text layer (the corpus text the page was set from): the share of its words, counted
//     with multiplicity and compared in lower case, that OCR found.
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <poppler-document.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>
#include <unicode/unistr.h>

#include "indexer/ocr.h"
#include "indexer/pdf_reader.h"

namespace {

using Clock = std::chrono::steady_clock;

// CPU seconds of the process, every thread (Tesseract's OpenMP helpers too): "per core"
// on a busy machine, where the wall clock measures the neighbours.
double thread_cpu() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

double since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs pdftotext on `pdf`, writing to `out`; returns the bytes of text it wrote.
std::size_t pdftotext(const std::string& pdf, const std::string& out) {
  pid_t pid = fork();
  if (pid == 0) {
    execlp("pdftotext", "pdftotext", "-q", pdf.c_str(), out.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::cerr << "pdf_bench: pdftotext failed on " << pdf << " (apt install poppler-utils)\n";
    std::exit(2);
  }
  return slurp(out).size();
}

int extract(int rounds, const std::vector<std::string>& files) {
  std::vector<std::string> bytes;
  for (const std::string& f : files) bytes.push_back(slurp(f));
  const std::string out = "/tmp/pdf_bench." + std::to_string(getpid()) + ".txt";
  double best_ours = 1e9, best_theirs = 1e9;
  std::size_t pages = 0, our_text = 0, their_text = 0;
  for (int r = 0; r < rounds; ++r) {
    pages = our_text = their_text = 0;
    auto t0 = Clock::now();
    for (const std::string& b : bytes) {
      lexkz::indexer::PdfText t = lexkz::indexer::read_pdf(b);
      pages += t.pages.size();
      our_text += t.text.size();
    }
    best_ours = std::min(best_ours, since(t0));
    t0 = Clock::now();
    for (const std::string& f : files) their_text += pdftotext(f, out);
    best_theirs = std::min(best_theirs, since(t0));
  }
  std::remove(out.c_str());
  auto row = [&](const char* who, double s, std::size_t text) {
    std::printf("%-10s %6zu pages %7.2f s  %8.1f pages/s  %6.2f MB text/s\n", who, pages, s, pages / s,
                static_cast<double>(text) / (1 << 20) / s);
  };
  row("lexkz", best_ours, our_text);
  row("pdftotext", best_theirs, their_text);
  std::printf("ratio (lexkz pages/s ÷ pdftotext pages/s): %.2f   [target >= 0.8]\n", best_theirs / best_ours);
  return 0;
}

// Lower-case words: runs of letters and digits (UTF-8 bytes >= 0x80 are letters, but for
// the dashes, quotes and other punctuation of U+2000..U+206F and «»).
std::vector<std::string> words(const std::string& text) {
  std::string lower;
  icu::UnicodeString::fromUTF8(text).toLower().toUTF8String(lower);
  std::vector<std::string> out;
  std::string w;
  for (std::size_t i = 0; i < lower.size();) {
    unsigned char c = static_cast<unsigned char>(lower[i]);
    std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    bool letter = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
    // Latin letters drawn exactly like Cyrillic ones compare as the Cyrillic letter: the
    // adilet texts write Kazakh "і" as Latin "i", and no eye, nor OCR, can tell them apart.
    static const std::map<char, std::string_view> kHomoglyphs = {
        {'a', "а"}, {'c', "с"}, {'e', "е"}, {'i', "і"}, {'o', "о"}, {'p', "р"}, {'x', "х"}, {'y', "у"}};
    if (auto h = kHomoglyphs.find(static_cast<char>(c)); h != kHomoglyphs.end()) {
      w.append(h->second);
      ++i;
      continue;
    }
    if (c >= 0x80) {
      std::string_view cp(lower.data() + i, std::min(len, lower.size() - i));
      letter = cp != "«" && cp != "»" && !(len == 3 && c == 0xE2 && static_cast<unsigned char>(lower[i + 1]) == 0x80) &&
               cp != "№" && cp != "§";
    }
    if (letter) w.append(lower, i, len);
    else if (!w.empty()) out.push_back(std::move(w)), w.clear();
    i += len;
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

int ocr(int max_pages, const std::vector<std::string>& files) {
  lexkz::indexer::OcrEngine engine;
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  for (const std::string& f : files) {
    std::string bytes = slurp(f);
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) {
      std::cerr << "pdf_bench: cannot open " << f << '\n';
      return 2;
    }
    std::size_t truth = 0, found = 0;
    double seconds = 0, cpu = 0;
    const int n = std::min(max_pages, doc->pages());
    for (int i = 0; i < n; ++i) {
      std::unique_ptr<poppler::page> page(doc->create_page(i));
      poppler::byte_array layer = page->text().to_utf8();
      auto t0 = Clock::now();
      const double cpu0 = thread_cpu();
      poppler::image img = renderer.render_page(page.get(), 300, 300);
      lexkz::indexer::GrayImage g{reinterpret_cast<const unsigned char*>(img.const_data()), img.width(), img.height(),
                                  img.bytes_per_row(), 300};
      lexkz::indexer::OcrText t = engine.recognize(g);
      seconds += since(t0);
      cpu += thread_cpu() - cpu0;
      std::map<std::string, int> seen;
      for (std::string& w : words(t.text)) ++seen[w];
      for (const std::string& w : words(std::string(layer.begin(), layer.end()))) {
        ++truth;
        auto it = seen.find(w);
        if (it != seen.end() && it->second > 0) --it->second, ++found;
        else if (std::getenv("PDF_BENCH_MISSED")) std::cerr << "missed: " << w << '\n';
      }
    }
    std::printf("%-24s %2d pages  %5.2f pages/s per core (CPU time; %5.2f by the wall clock)  word recall %.3f (%zu of %zu)\n",
                f.substr(f.rfind('/') + 1).c_str(), n, n / cpu, n / seconds,
                truth ? static_cast<double>(found) / truth : 0.0, found, truth);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() >= 3 && args[0] == "extract")
    return extract(std::stoi(args[1]), std::vector<std::string>(args.begin() + 2, args.end()));
  if (args.size() >= 3 && args[0] == "ocr")
    return ocr(std::stoi(args[1]), std::vector<std::string>(args.begin() + 2, args.end()));
  std::cerr << "usage: pdf_bench extract ROUNDS FILE.pdf... | pdf_bench ocr PAGES FILE.pdf...\n";
  return 2;
}

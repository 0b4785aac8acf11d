#define BOOST_TEST_MODULE langid_accuracy_test
#include <boost/test/unit_test.hpp>

// Measures language identification on real text from ../shared (never copied into the
// repository): (a) the dev passages, (b) paragraphs sampled from the reading corpora,
// labelled by MANIFEST.tsv, (c) per-token evidence on the parallel Kazakh/Russian laws.
// Two detectors are measured: "rules" (ICU words → fold_case → token_lang_evidence →
// passage_lang: langid.cc alone) and "analyzer" (Analyzer::analyze().lang: the shipped
// chain, which also repairs homoglyphs and reads Kazakh Latin).

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "text/analyzer.h"
#include "text/casefold.h"
#include "text/langid.h"
#include "text/utf8.h"
#include "text/words.h"

using namespace lexkz::text;
namespace fs = std::filesystem;

namespace {

const fs::path kShared = LEXKZ_SOURCE_DIR "/../shared";

// How many paragraphs each (collection, language) group contributes at most.
constexpr std::size_t kPerGroup = 800;

// Truth × prediction counts for ru/kk truths and none/ru/kk predictions.
struct Confusion {
  std::array<std::array<std::size_t, 3>, 3> n{};

  void add(Lang truth, Lang got) { ++n[int(truth)][int(got)]; }
  std::size_t total(Lang truth) const { return n[int(truth)][0] + n[int(truth)][1] + n[int(truth)][2]; }
  double accuracy(Lang truth) const {
    return total(truth) ? double(n[int(truth)][int(truth)]) / total(truth) : 1.0;
  }
  double accuracy() const {
    std::size_t all = total(Lang::ru) + total(Lang::kk);
    return all ? double(n[1][1] + n[2][2]) / all : 1.0;
  }
  std::string report(std::string_view name) const {
    char buf[512];
    std::snprintf(buf, sizeof buf,
                  "%.*s: accuracy %.4f (ru %.4f of %zu, kk %.4f of %zu); "
                  "ru→none %zu ru→kk %zu kk→none %zu kk→ru %zu",
                  int(name.size()), name.data(), accuracy(), accuracy(Lang::ru),
                  total(Lang::ru), accuracy(Lang::kk), total(Lang::kk), n[1][0], n[1][2],
                  n[2][0], n[2][1]);
    return buf;
  }
};

// langid.cc alone, over ICU words folded as the analyzer folds them.
class RulesDetector {
 public:
  Lang detect(std::string_view text) {
    spans_.clear();
    evidence_.clear();
    segmenter_.segment(text, spans_);
    for (const WordSpan& s : spans_)
      evidence_.push_back(token_lang_evidence(fold_case(text.substr(s.start, s.end - s.start))));
    return passage_lang(evidence_);
  }
  const std::vector<Lang>& evidence() const { return evidence_; }

 private:
  WordSegmenter segmenter_;
  std::vector<WordSpan> spans_;
  std::vector<Lang> evidence_;
};

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::size_t word_count(std::string_view line) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : line) {
    bool space = c == ' ' || c == '\t' || c == '\r';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// The paragraphs of a file: non-empty, valid UTF-8 lines of at least five words.
std::vector<std::string> paragraphs(const fs::path& p) {
  std::vector<std::string> out;
  std::istringstream in(read_file(p));
  for (std::string line; std::getline(in, line);) {
    if (word_count(line) >= 5 && is_valid_utf8(line)) out.push_back(std::move(line));
  }
  return out;
}

// MANIFEST.tsv rows as (path, lang), columns found by their header names.
std::vector<std::pair<std::string, Lang>> manifest() {
  std::vector<std::pair<std::string, Lang>> out;
  std::istringstream in(read_file(kShared / "corpora" / "MANIFEST.tsv"));
  std::string line;
  std::getline(in, line);
  auto split = [](const std::string& l) {
    std::vector<std::string> f;
    std::istringstream s(l);
    for (std::string x; std::getline(s, x, '\t');) f.push_back(x);
    return f;
  };
  std::vector<std::string> head = split(line);
  std::size_t path_col = 0, lang_col = 1;
  for (std::size_t i = 0; i < head.size(); ++i) {
    if (head[i] == "path") path_col = i;
    if (head[i] == "lang") lang_col = i;
  }
  while (std::getline(in, line)) {
    std::vector<std::string> f = split(line);
    if (f.size() <= std::max(path_col, lang_col)) continue;
    if (auto lang = parse_lang(f[lang_col])) out.emplace_back(f[path_col], *lang);
  }
  return out;
}

bool shared_present() {
  if (fs::exists(kShared / "corpora" / "MANIFEST.tsv")) return true;
  BOOST_TEST_MESSAGE("skipped: " << kShared.string() << " is absent");
  return false;
}

// The first `n` bytes of `s`, cut at a code point boundary, for error listings.
std::string_view head(std::string_view s, std::size_t n) {
  if (s.size() <= n) return s;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

}  // namespace

BOOST_AUTO_TEST_CASE(dev_passages) {
  if (!shared_present()) return;
  std::ifstream in(kShared / "eval" / "dev" / "passages.jsonl");
  BOOST_REQUIRE(in);
  RulesDetector rules;
  Analyzer analyzer;
  Confusion by_rules, by_analyzer;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    auto truth = parse_lang(j.value("lang", ""));
    if (!truth) continue;
    const std::string text = j.at("text").get<std::string>();
    Lang r = rules.detect(text), a = analyzer.analyze(text).lang;
    by_rules.add(*truth, r);
    by_analyzer.add(*truth, a);
    // Ids only: dev text stays out of logs that might be pasted into the repo.
    if (a != *truth)
      BOOST_TEST_MESSAGE("dev miss " << j.value("id", "?") << ": " << lang_code(*truth)
                                     << " → '" << lang_code(a) << "'");
  }
  BOOST_TEST_MESSAGE(by_rules.report("dev, rules"));
  BOOST_TEST_MESSAGE(by_analyzer.report("dev, analyzer"));
  BOOST_TEST(by_analyzer.total(Lang::ru) + by_analyzer.total(Lang::kk) > 0u);
  BOOST_TEST(by_analyzer.accuracy() >= 0.95);
}

BOOST_AUTO_TEST_CASE(corpora_paragraphs) {
  if (!shared_present()) return;
  // Group paragraphs by (collection folder, language) so that each group is sampled
  // evenly however large its files are.
  std::map<std::pair<std::string, Lang>, std::vector<std::string>> groups;
  const char* collections[] = {"kz_laws_parallel", "kk_news_kaznerd", "kk_wikipedia_kazqad",
                               "kz_codes_ru", "ru_federal_codes"};
  for (const auto& [path, lang] : manifest()) {
    std::string folder = path.substr(0, path.find('/'));
    if (std::find(std::begin(collections), std::end(collections), folder) == std::end(collections))
      continue;
    auto& g = groups[{folder, lang}];
    for (std::string& p : paragraphs(kShared / "corpora" / path)) g.push_back(std::move(p));
  }
  BOOST_REQUIRE(!groups.empty());

  RulesDetector rules;
  Analyzer analyzer;
  Confusion all_rules, all_analyzer;
  for (const auto& [key, paras] : groups) {
    const auto& [folder, truth] = key;
    // Every Nth paragraph: deterministic, spread over all files of the group.
    const std::size_t step = std::max<std::size_t>(1, paras.size() / kPerGroup);
    Confusion g_rules, g_analyzer;
    int shown = 0;
    for (std::size_t i = 0; i < paras.size(); i += step) {
      Lang r = rules.detect(paras[i]), a = analyzer.analyze(paras[i]).lang;
      g_rules.add(truth, r);
      g_analyzer.add(truth, a);
      if (a != truth && shown++ < 5)
        BOOST_TEST_MESSAGE("  miss → '" << lang_code(a) << "': " << head(paras[i], 160));
    }
    std::string name = folder + " (" + std::string(lang_code(truth)) + ", " +
                       std::to_string(paras.size()) + " paragraphs)";
    BOOST_TEST_MESSAGE(g_rules.report(name + ", rules"));
    BOOST_TEST_MESSAGE(g_analyzer.report(name + ", analyzer"));
    for (int t = 0; t < 3; ++t)
      for (int p = 0; p < 3; ++p) {
        all_rules.n[t][p] += g_rules.n[t][p];
        all_analyzer.n[t][p] += g_analyzer.n[t][p];
      }
  }
  BOOST_TEST_MESSAGE(all_rules.report("corpora, rules"));
  BOOST_TEST_MESSAGE(all_analyzer.report("corpora, analyzer"));
  BOOST_TEST(all_analyzer.total(Lang::kk) > 1000u);
  BOOST_TEST(all_analyzer.total(Lang::ru) > 1000u);
  BOOST_TEST(all_rules.accuracy(Lang::ru) >= 0.97);
  BOOST_TEST(all_rules.accuracy(Lang::kk) >= 0.97);
  BOOST_TEST(all_analyzer.accuracy(Lang::ru) >= 0.97);
  BOOST_TEST(all_analyzer.accuracy(Lang::kk) >= 0.97);
}

// Per token on the parallel laws: a word of a Kazakh law should give kk evidence or
// none (then it follows its passage), rarely ru; and the reverse for Russian laws.
// Also the analyzer's final token language against the file's language.
BOOST_AUTO_TEST_CASE(parallel_laws_tokens) {
  if (!shared_present()) return;
  RulesDetector rules;
  Analyzer analyzer;
  // [truth][evidence] over Cyrillic words; [truth][token lang] from the analyzer.
  std::array<std::array<std::size_t, 3>, 3> ev{}, tok{};
  for (const auto& [path, lang] : manifest()) {
    if (!path.starts_with("kz_laws_parallel/")) continue;
    std::istringstream in(read_file(kShared / "corpora" / path));
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || !is_valid_utf8(line)) continue;
      rules.detect(line);
      for (Lang e : rules.evidence()) ++ev[int(lang)][int(e)];
      for (const Token& t : analyzer.analyze(line).tokens) ++tok[int(lang)][int(t.lang)];
    }
  }
  auto share = [](const std::array<std::size_t, 3>& row, Lang l) {
    std::size_t all = row[0] + row[1] + row[2];
    return all ? double(row[int(l)]) / all : 0.0;
  };
  for (Lang truth : {Lang::kk, Lang::ru}) {
    const auto& e = ev[int(truth)];
    const auto& t = tok[int(truth)];
    BOOST_TEST_MESSAGE("parallel laws, " << lang_code(truth) << " files: " << e[0] + e[1] + e[2]
                       << " words; evidence kk " << share(e, Lang::kk) << ", ru "
                       << share(e, Lang::ru) << ", none " << share(e, Lang::none)
                       << "; analyzer token lang kk " << share(t, Lang::kk) << ", ru "
                       << share(t, Lang::ru) << ", none " << share(t, Lang::none));
  }
  BOOST_TEST(ev[int(Lang::kk)][int(Lang::kk)] > 1000u);
  BOOST_TEST(share(ev[int(Lang::kk)], Lang::ru) <= 0.03);  // loanwords with ь ч ...
  BOOST_TEST(share(ev[int(Lang::ru)], Lang::kk) <= 0.01);
  BOOST_TEST(share(tok[int(Lang::kk)], Lang::ru) <= 0.03);
  BOOST_TEST(share(tok[int(Lang::ru)], Lang::kk) <= 0.01);
}

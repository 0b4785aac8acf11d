#define BOOST_TEST_MODULE stem_kk
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "text/stem_kk.h"
#include "text/utf8.h"

using lexkz::text::KazakhStemmer;

namespace {

const KazakhStemmer& stemmer() {
  static const KazakhStemmer s;
  return s;
}

std::vector<std::vector<std::string>> read_tsv(const std::string& rel) {
  std::ifstream in(std::string(LEXKZ_SOURCE_DIR) + "/" + rel);
  BOOST_REQUIRE_MESSAGE(in, "cannot open " << rel);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    for (std::string col; std::getline(ss, col, '\t');) cols.push_back(col);
    rows.push_back(cols);
  }
  return rows;
}

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  for (std::string f; std::getline(ss, f, ',');)
    if (!f.empty()) out.push_back(f);
  return out;
}

// lemma → its forms, from tests/data/kk_inflections.tsv.
std::map<std::string, std::vector<std::string>> inflections() {
  std::map<std::string, std::vector<std::string>> table;
  for (const auto& row : read_tsv("tests/data/kk_inflections.tsv")) {
    BOOST_REQUIRE_EQUAL(row.size(), 2u);
    table[row[0]] = split_commas(row[1]);
  }
  return table;
}

}  // namespace

BOOST_AUTO_TEST_CASE(single_words) {
  struct Row {
    const char* word;
    const char* stem;
  };
  const Row rows[] = {
      // consonant alternation undone (issue: құқығы must meet құқық)
      {"құқығы", "құқық"},
      {"кітабы", "кітап"},
      {"жүрегі", "жүрек"},
      {"кемсітушілігі", "кемсітушілік"},
      {"бабының", "бап"},
      {"тармағына", "тармақ"},
      // stacked endings, outermost first
      {"құқықтарының", "құқық"},
      {"кемсітушілікке", "кемсітушілік"},
      {"балаларымызға", "бала"},
      {"соттың", "сот"},
      {"заңдарында", "заң"},
      {"әйелдерге", "әйел"},
      {"қызметкерлеріне", "қызметкер"},
      {"еліміздің", "ел"},
      {"зорлық-зомбылықпен", "зорлық-зомбылық"},
      {"5-бабы", "5-бап"},
      // relative -ғы/-дағы
      {"жылғы", "жыл"},
      {"ішкі", "іш"},
      {"заңдағы", "заң"},
      {"заңындағы", "заң"},
      {"бұрынғылардың", "бұрын"},
      // exceptions file: vowel loss and homographic lemmas
      {"халқымыз", "халық"},
      {"мүлкіне", "мүлік"},
      {"саудада", "сауда"},
      {"тұлғаның", "тұлға"},
      // lemmas and derived words stay whole
      {"бала", "бала"},
      {"балық", "балық"},
      {"ана", "ана"},
      {"анық", "анық"},
      {"қызмет", "қызмет"},
      {"аңду", "аңд"},  // the verb аңды- (аңдып, аңдиды), never аң
      {"ереже", "ереже"},
      {"тілек", "тілек"},
      {"құқықтық", "құқықтық"},
      {"мемлекеттік", "мемлекеттік"},
      {"құқықсыз", "құқықсыз"},
      {"шешім", "шешім"},
      {"ұйым", "ұйым"},
      {"адам", "адам"},
      {"ұғымдар", "ұғым"},
      // minimum length: never below two letters
      {"ол", "ол"},
      {"аға", "аға"},
      {"ы", "ы"},
      // not Kazakh Cyrillic: unchanged
      {"2009", "2009"},
      {"law", "law"},
  };
  for (const auto& r : rows) BOOST_CHECK_EQUAL(stemmer().stem(r.word), r.stem);
}

BOOST_AUTO_TEST_CASE(inflection_tables_conflate) {
  const auto table = inflections();
  BOOST_CHECK_GE(table.size(), 45u);
  std::size_t total = 0, same = 0;
  for (const auto& [lemma, forms] : table) {
    BOOST_CHECK_GE(forms.size(), 8u);
    const std::string key = stemmer().stem(lemma);
    for (const auto& f : forms) {
      ++total;
      if (stemmer().stem(f) == key)
        ++same;
      else
        BOOST_TEST_MESSAGE("not conflated: " << f << " -> " << stemmer().stem(f) << ", lemma "
                                             << lemma << " -> " << key);
    }
  }
  const double rate = static_cast<double>(same) / static_cast<double>(total);
  std::cout << "kk conflation rate: " << same << "/" << total << " = " << rate << " ("
            << table.size() << " lexemes)\n";
  BOOST_CHECK_GE(rate, 0.97);
}

BOOST_AUTO_TEST_CASE(distinct_words_stay_apart) {
  const auto table = inflections();
  const auto pairs = read_tsv("tests/data/kk_distinct_pairs.tsv");
  BOOST_CHECK_GE(pairs.size(), 25u);
  auto stems_of = [&](const std::string& lemma) {
    std::set<std::string> out{stemmer().stem(lemma)};
    if (auto it = table.find(lemma); it != table.end())
      for (const auto& f : it->second) out.insert(stemmer().stem(f));
    return out;
  };
  std::size_t merged = 0;
  for (const auto& p : pairs) {
    BOOST_REQUIRE_EQUAL(p.size(), 2u);
    const auto a = stems_of(p[0]), b = stems_of(p[1]);
    std::vector<std::string> common;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
    if (!common.empty()) {
      ++merged;
      BOOST_ERROR("merged: " << p[0] << " / " << p[1] << " on " << common.front());
    }
  }
  const double rate = static_cast<double>(merged) / static_cast<double>(pairs.size());
  std::cout << "kk over-merging rate: " << merged << "/" << pairs.size() << " = " << rate << "\n";
  BOOST_CHECK_EQUAL(merged, 0u);
}

BOOST_AUTO_TEST_CASE(random_cyrillic_input_is_safe) {
  // Fuzz-style smoke test: random words over the Kazakh alphabet plus a few stray bytes.
  const std::u32string alphabet = U"аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя-1";
  std::mt19937 rng(12345);
  for (int i = 0; i < 20000; ++i) {
    std::string word;
    const int len = 1 + static_cast<int>(rng() % 16);
    for (int k = 0; k < len; ++k) lexkz::text::append_utf8(word, alphabet[rng() % alphabet.size()]);
    if (i % 100 == 0) word.push_back(static_cast<char>(0x80 | (rng() % 64)));  // invalid UTF-8
    const std::string s = stemmer().stem(word);
    BOOST_REQUIRE(!s.empty());
    BOOST_REQUIRE(lexkz::text::is_valid_utf8(s) || s == word);
    // Prefix-ish: at most the last letter of the kept part differs (alternation) and the
    // stem is never longer than the word.
    BOOST_REQUIRE_LE(s.size(), word.size());
    if (s.size() > 2) BOOST_REQUIRE_EQUAL(word.compare(0, s.size() - 2, s, 0, s.size() - 2), 0);
  }
  BOOST_CHECK_EQUAL(stemmer().stem(""), "");
}

BOOST_AUTO_TEST_CASE(throughput) {
  const auto table = inflections();
  std::vector<std::string> words;
  for (const auto& [lemma, forms] : table) {
    words.push_back(lemma);
    words.insert(words.end(), forms.begin(), forms.end());
  }
  std::size_t n = 0, bytes = 0;
  const auto t0 = std::chrono::steady_clock::now();
  for (int round = 0; round < 200; ++round)
    for (const auto& w : words) {
      bytes += stemmer().stem(w).size();
      ++n;
    }
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::cout << "kk stemmer throughput: " << static_cast<double>(n) / secs / 1e6 << " M words/s\n";
  BOOST_CHECK_GT(bytes, 0u);
}

BOOST_AUTO_TEST_CASE(corpus_sanity) {
  // Eyeball check on real statutes: the 50 most frequent stems and the forms they joined.
  const std::filesystem::path dir = "/work/shared/corpora/kz_laws_parallel";
  if (!std::filesystem::exists(dir)) {
    BOOST_TEST_MESSAGE("skipped: " << dir << " is absent");
    return;
  }
  std::map<std::string, std::map<std::string, int>> forms_of;
  std::map<std::string, int> count;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.size() < 7 || name.compare(name.size() - 7, 7, ".kk.txt") != 0) continue;
    std::ifstream in(entry.path());
    std::stringstream buf;
    buf << in.rdbuf();
    const std::string text = buf.str();
    std::size_t i = 0;
    std::string word;
    auto flush = [&] {
      if (lexkz::text::code_point_count(word) >= 2) {
        const std::string s = stemmer().stem(word);
        ++count[s];
        ++forms_of[s][word];
      }
      word.clear();
    };
    while (i < text.size()) {
      char32_t c = lexkz::text::next_code_point(text, i);
      if (c >= 0x410 && c <= 0x42F) c += 0x20;  // basic Cyrillic capitals
      else if (c == 0x401) c = 0x451;
      else if (c >= 0x490 && c <= 0x4FF && c % 2 == 0) c += 1;  // Ғ Қ Ң Ү Ұ Һ Ә Ө
      else if (c == 0x406) c = 0x456;  // U+0406 CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I
      if (c >= 0x400 && c <= 0x4FF) lexkz::text::append_utf8(word, c);
      else flush();
    }
    flush();
  }
  BOOST_REQUIRE(!count.empty());
  std::vector<std::pair<int, std::string>> top;
  for (const auto& [s, n] : count) top.emplace_back(n, s);
  std::sort(top.rbegin(), top.rend());
  std::cout << "kk corpus: " << count.size() << " stems; top 50 with forms:\n";
  for (std::size_t k = 0; k < top.size() && k < 50; ++k) {
    std::cout << "  " << top[k].first << "\t" << top[k].second << "\t";
    int shown = 0;
    for (const auto& [f, n] : forms_of[top[k].second])
      if (shown++ < 8) std::cout << f << " ";
    std::cout << "\n";
  }
}

// Issue 12: the forms of one verb meet (tense, mood, person, negation, participles and
// converbs with their case endings, the verbal noun -у); voice, causative and deverbal
// nouns stay apart.
BOOST_AUTO_TEST_CASE(verb_forms_conflate) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> groups = {
      {"бар", {"барады", "барамын", "бармады", "барған", "баратын", "барып", "барса", "барсын", "бармайды", "барды", "бару"}},
      {"көр", {"көрмегенсіңдер", "көреді", "көрген", "көріп", "көру"}},
      {"кел", {"келгендіктен", "келеді", "келген", "келмейді", "келу"}},
      {"көрсет", {"көрсету", "көрсеткен", "көрсетеді", "көрсетті", "көрсетуге", "көрсеткенін"}},
      {"аңд", {"аңду", "аңдып", "аңдиды", "аңдыған"}},
      {"баста", {"бастады", "бастайды", "бастаған", "бастау", "бастап"}},
      {"салын", {"салынады", "салынған", "салынбайды"}},
      {"беріл", {"берілмейді", "берілген", "беріледі", "берілуі"}},
      {"көздел", {"көзделген", "көзделеді", "көзделмеген"}},
      {"жақсы", {"жақсырақ"}},
  };
  for (const auto& [lemma, forms] : groups) {
    const std::string want = stemmer().stem(forms.front());
    for (const auto& f : forms)
      BOOST_CHECK_MESSAGE(stemmer().stem(f) == want, lemma << ": " << f << " -> " << stemmer().stem(f) << ", want " << want);
  }
  // Derivation makes a new word: voice, causative, deverbal nouns, and аң 'animal'.
  const std::pair<const char*, const char*> apart[] = {
      {"жазды", "жазылды"}, {"жазу", "жазба"}, {"шешу", "шешім"}, {"көрсетті", "көрсетілді"},
      {"аң", "аңдып"},      {"бастады", "басталды"}, {"жазу", "жаза"}, {"сот", "сотталған"},
      {"талап", "талау"}};
  for (auto [a, b] : apart)
    BOOST_CHECK_MESSAGE(stemmer().stem(a) != stemmer().stem(b), a << " and " << b << " meet on " << stemmer().stem(a));
  // A noun's possessive + accusative is no participle -атын (саясат·ы·н).
  BOOST_CHECK_EQUAL(stemmer().stem("саясатын"), stemmer().stem("саясат"));
  BOOST_CHECK_EQUAL(stemmer().stem("жұмысын"), stemmer().stem("жұмыс"));
}

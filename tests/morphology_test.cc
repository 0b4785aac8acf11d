#define BOOST_TEST_MODULE morphology
#include <boost/test/unit_test.hpp>
// The morphology test set of issue 3, run end to end through the real binary: every
// inflected form a query must find, and every derived or look-alike word it must not.
// Each form becomes one tiny JSONL record ("Текст: законы." / "Мәтін: заңдар."), the
// records are indexed with `lexkz index -`, each query runs through `lexkz search
// --format jsonl`, and recall and precision are measured per group (ru, kk, kk-latin,
// ru-phrase, kk-phrase). The data is tests/data/morphology/cases.tsv.
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

namespace {

using lexkz::testing::lines_of;
using lexkz::testing::run_lexkz;

constexpr double kMinScore = 0.97;  // issue 3, "Done means"; also the floor of kk-verb (issue 12)

/// One row of cases.tsv.
struct Case {
  std::string lang;   // the language of the forms: "ru" / "kk"
  std::string query;  // as a user types it
  std::vector<std::string> must, must_not;
  std::string group;  // ru, kk, kk-latin, ru-phrase, kk-phrase
};

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep))
    if (!cur.empty()) out.push_back(cur);
  return out;
}

bool has_ascii_letter(const std::string& s) {
  for (unsigned char c : s)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return false;
}

std::vector<Case> load_cases() {
  std::ifstream in(LEXKZ_SOURCE_DIR "/tests/data/morphology/cases.tsv");
  BOOST_REQUIRE_MESSAGE(in, "cannot open tests/data/morphology/cases.tsv");
  std::vector<Case> cases;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::size_t start = 0;
    for (;;) {
      std::size_t tab = line.find('\t', start);
      cols.push_back(line.substr(start, tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    BOOST_REQUIRE_MESSAGE(cols.size() >= 3, "bad row: " << line);
    Case c{cols[0], cols[1], split(cols[2], ','), cols.size() > 3 ? split(cols[3], ',') : std::vector<std::string>{}, ""};
    bool phrase = c.query.find(' ') != std::string::npos;
    c.group = phrase ? c.lang + "-phrase" : has_ascii_letter(c.query) ? c.lang + "-latin" : c.lang;
    if (c.lang == "kk-verb") {  // Kazakh verbs (issue 12): their own figures, recorded as kk
      c.lang = "kk";
      c.group = "kk-verb";
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

/// Temporary directories of this test, named for it.
struct TempDir : lexkz::testing::TempDir {
  TempDir() : lexkz::testing::TempDir("lexkz-morph") {}
};

/// The records of one index: (lang, form) → record id, with the JSONL to feed `index -`.
struct Records {
  std::map<std::pair<std::string, std::string>, std::string> ids;
  std::map<std::string, std::string> form_of;  // id → form, for messages
  std::string jsonl;

  const std::string& add(const std::string& lang, const std::string& form) {
    auto [it, fresh] = ids.emplace(std::make_pair(lang, form), "");
    if (fresh) {
      it->second = "r" + std::to_string(ids.size());
      form_of[it->second] = form;
      // A neutral template: the frame word is no query of the set.
      std::string text = (lang == "ru" ? "Текст: " : "Мәтін: ") + form + ".";
      jsonl += nlohmann::json{{"id", it->second}, {"text", text}, {"lang", lang}}.dump() + "\n";
    }
    return it->second;
  }
};

/// Doc ids of every hit of `query`.
std::set<std::string> search(const std::string& db, const std::string& query) {
  auto r = run_lexkz({"search", "--db", db, "--format", "jsonl", "--limit", "1000", query});
  BOOST_CHECK_MESSAGE(r.exit_code == 0 || r.exit_code == 1,
                      "search " << query << " exited " << r.exit_code << ": " << r.err);
  std::set<std::string> docs;
  for (const std::string& line : lines_of(r.out)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    BOOST_REQUIRE_MESSAGE(!j.is_discarded(), "not JSON: " << line);
    if (j.contains("doc")) docs.insert(j["doc"].get<std::string>());
  }
  return docs;
}

struct Score {
  std::size_t expected = 0, found_expected = 0, found = 0, found_allowed = 0;
  double recall() const { return expected ? double(found_expected) / expected : 1.0; }
  double precision() const { return found ? double(found_allowed) / found : 1.0; }
};

}  // namespace

BOOST_AUTO_TEST_CASE(inflections_match_and_derived_words_do_not) {
  std::vector<Case> cases = load_cases();
  BOOST_REQUIRE_GE(cases.size(), 150u);

  // Words and phrases go to separate indexes: a phrase record ("бытового насилия") is a
  // right answer to the word query "насилие", but the word cases do not list it.
  Records words, phrases;
  for (const Case& c : cases) {
    bool phrase = c.group.ends_with("-phrase");
    Records& recs = phrase ? phrases : words;
    if (!phrase && (c.group == c.lang || c.group == "kk-verb")) recs.add(c.lang, c.query);  // the query's own form
    for (const auto& f : c.must) recs.add(c.lang, f);
    for (const auto& f : c.must_not) recs.add(c.lang, f);
  }
  TempDir tmp;
  std::string word_db = (tmp.path / "words").string(), phrase_db = (tmp.path / "phrases").string();
  for (auto [db, recs] : {std::pair{&word_db, &words}, std::pair{&phrase_db, &phrases}}) {
    auto r = run_lexkz({"index", "--db", *db, "-"}, recs->jsonl);
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, "index exited " << r.exit_code << ": " << r.err);
  }

  // What a query may find: its must forms, and those of every case of the same lexeme —
  // one with the same query text (the letters of "орган" and "кодекс" are a Russian and a
  // Kazakh word) or sharing a must form (a Latin query and its Cyrillic twin) — with the
  // Cyrillic query's own form.
  auto expected_of = [&](const Case& c) {
    Records& recs = c.group.ends_with("-phrase") ? phrases : words;
    std::set<std::string> ids;
    if (c.group == c.lang || c.group == "kk-verb") ids.insert(recs.ids.at({c.lang, c.query}));
    for (const auto& f : c.must) ids.insert(recs.ids.at({c.lang, f}));
    return ids;
  };
  std::vector<std::set<std::string>> allowed;
  for (const Case& c : cases) {
    std::set<std::string> own = expected_of(c), a = own;
    for (const Case& other : cases) {
      if (other.group.ends_with("-phrase") != c.group.ends_with("-phrase")) continue;
      std::set<std::string> theirs = expected_of(other);
      bool shared = other.query == c.query;
      for (const auto& id : theirs) shared = shared || own.count(id);
      if (shared) a.insert(theirs.begin(), theirs.end());
    }
    allowed.push_back(std::move(a));
  }

  std::map<std::string, Score> groups;
  Score total;
  std::ostringstream failures;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const Case& c = cases[i];
    bool phrase = c.group.ends_with("-phrase");
    Records& recs = phrase ? phrases : words;
    std::set<std::string> found = search(phrase ? phrase_db : word_db, phrase ? "\"" + c.query + "\"" : c.query);
    std::vector<std::string> expected_ids;
    if (c.group == c.lang || c.group == "kk-verb") expected_ids.push_back(recs.ids.at({c.lang, c.query}));
    for (const auto& f : c.must) expected_ids.push_back(recs.ids.at({c.lang, f}));

    Score s;
    std::string missed, wrong;
    for (const auto& id : expected_ids) {
      ++s.expected;
      if (found.count(id)) ++s.found_expected;
      else missed += " " + recs.form_of.at(id);
    }
    for (const auto& id : found) {
      ++s.found;
      if (allowed[i].count(id)) ++s.found_allowed;
      else wrong += " " + recs.form_of.at(id);
    }
    if (!missed.empty() || !wrong.empty())
      failures << "  [" << c.group << "] " << c.query << (missed.empty() ? "" : "  missed:" + missed)
               << (wrong.empty() ? "" : "  wrongly found:" + wrong) << "\n";
    for (Score* g : {&groups[c.group], &total}) {
      g->expected += s.expected;
      g->found_expected += s.found_expected;
      g->found += s.found;
      g->found_allowed += s.found_allowed;
    }
  }

  std::cout << std::fixed << std::setprecision(3) << "morphology: group  recall  precision  (forms)\n";
  for (const auto& [name, g] : groups)
    std::cout << "  " << std::left << std::setw(10) << name << g.recall() << "  " << g.precision() << "  ("
              << g.expected << ")\n";
  std::cout << "  overall   " << total.recall() << "  " << total.precision() << "  (" << total.expected << ")\n";
  if (!failures.str().empty()) std::cout << "failing cases:\n" << failures.str();

  for (const auto& [name, g] : groups) {
    BOOST_CHECK_MESSAGE(g.recall() >= kMinScore, name << " recall " << g.recall());
    BOOST_CHECK_MESSAGE(g.precision() >= kMinScore, name << " precision " << g.precision());
  }
  BOOST_CHECK_GE(total.recall(), kMinScore);
  BOOST_CHECK_GE(total.precision(), kMinScore);
  // The set's size, as the issue asks: ≥60 ru and kk words, ≥20 Latin, ≥15 phrases each.
  BOOST_CHECK_GE(groups["ru"].expected, 60u);
  BOOST_CHECK_GE(groups["kk"].expected, 60u);
  BOOST_CHECK_GE(groups["kk-latin"].expected, 20u);
  BOOST_CHECK_GE(groups["kk-verb"].expected, 250u);  // 30+ verbs with their corpus forms
}

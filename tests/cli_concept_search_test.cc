#define BOOST_TEST_MODULE cli_concept_search
#include <boost/test/unit_test.hpp>
// Issue 12 end to end through the real binary: Kazakh verbs found in any form, a Kazakh
// stop word typed in plain Latin, and concept search (~word, --concept) across languages
// (ru → kk, kk → ru, Latin Kazakh → both). The records are sentences written for this test.
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

namespace {

using lexkz::testing::lines_of;
using lexkz::testing::run_lexkz;

const std::vector<std::pair<std::string, std::string>> kRecords = {
    {"ru-harass", "Работодатель допустил домогательство в отношении работницы."},
    {"kk-pressure", "Жұмыс беруші қызметкерге қысым көрсеткен."},
    {"kk-stalk", "Ол көршісін бірнеше ай бойы аңдып жүрді."},
    {"ru-discr", "Дискриминация по признаку пола запрещается."},
    {"kk-discr", "Жыныстық белгісі бойынша кемсітушілікке жол берілмейді."},
    {"kk-for", "Әйелдер үшін кемсітушілік жойылуы тиіс."},
    {"ru-table", "Стол стоит у окна."},
    {"kk-animals", "Аңдар орманда тұрады."},
};

struct Index {
  lexkz::testing::TempDir tmp{"lexkz-concept"};
  std::string db = (tmp.path / "db").string();
  Index() {
    std::string jsonl;
    for (const auto& [id, text] : kRecords) jsonl += nlohmann::json{{"id", id}, {"text", text}}.dump() + "\n";
    auto r = run_lexkz({"index", "--db", db, "-"}, jsonl);
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, "index exited " << r.exit_code << ": " << r.err);
  }
};

Index& index() {
  static Index idx;
  return idx;
}

std::set<std::string> docs(std::vector<std::string> args) {
  std::vector<std::string> full = {"search", "--db", index().db, "--format", "jsonl", "--limit", "100"};
  full.insert(full.end(), args.begin(), args.end());
  auto r = run_lexkz(full);
  BOOST_CHECK_MESSAGE(r.exit_code == 0 || r.exit_code == 1, "search exited " << r.exit_code << ": " << r.err);
  std::set<std::string> out;
  for (const std::string& line : lines_of(r.out)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_discarded() && j.contains("doc")) out.insert(j["doc"].get<std::string>());
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(kazakh_verbs_match_in_any_form) {
  BOOST_CHECK(docs({"аңду"}) == std::set<std::string>{"kk-stalk"});  // аңдып, never аңдар
  BOOST_CHECK(docs({"қысым көрсету"}) == std::set<std::string>{"kk-pressure"});
  BOOST_CHECK(docs({"\"қысым көрсету\""}) == std::set<std::string>{"kk-pressure"});
  BOOST_CHECK(!docs({"беру"}).count("kk-discr"));  // берілмейді is беріл-, a passive: not беру
  BOOST_CHECK(docs({"берілу"}).count("kk-discr"));
}

BOOST_AUTO_TEST_CASE(plain_latin_stop_words_do_not_empty_the_query) {
  const auto cyrillic = docs({"үшін кемсітушілік"});
  BOOST_CHECK(cyrillic.count("kk-for"));
  BOOST_CHECK(docs({"ushin kemsitushilik"}) == cyrillic);
  BOOST_CHECK(docs({"jynystyq belgisi boiynsha kemsitushilik"}).count("kk-discr"));
}

BOOST_AUTO_TEST_CASE(concepts_cross_languages) {
  // ru → kk
  auto ru = docs({"~домогательство"});
  BOOST_CHECK(ru.count("ru-harass") && ru.count("kk-pressure"));
  BOOST_CHECK(!ru.count("ru-table"));
  // kk → ru
  auto kk = docs({"~\"қысым көрсету\""});
  BOOST_CHECK(kk.count("ru-harass") && kk.count("kk-pressure"));
  // Latin Kazakh → both
  auto latin = docs({"~kemsitushilik"});
  BOOST_CHECK(latin.count("ru-discr") && latin.count("kk-discr") && latin.count("kk-for"));
  BOOST_CHECK(!latin.count("ru-table"));
  // --concept is ~word
  BOOST_CHECK(docs({"--concept", "дискриминация"}) == docs({"~дискриминация"}));
  BOOST_CHECK(docs({"--concept", "аңду"}).count("kk-stalk"));
  BOOST_CHECK(!docs({"--concept", "аңду"}).count("kk-animals"));
}

BOOST_AUTO_TEST_CASE(concept_in_near_is_a_usage_error) {
  for (const char* q : {"~домогательство NEAR/3 работницы", "работницы NEAR/3 ~домогательство"}) {
    auto r = run_lexkz({"search", "--db", index().db, q});
    BOOST_CHECK_EQUAL(r.exit_code, 2);
    BOOST_CHECK_MESSAGE(r.err.rfind("lexkz: ", 0) == 0 && r.err.find('\n') == r.err.size() - 1, r.err);
  }
}

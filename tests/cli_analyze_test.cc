#define BOOST_TEST_MODULE cli_analyze_test
// End-to-end: the real lexkz binary, its JSONL contract and its exit codes.
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include "tests/support/process.h"

using lexkz::testing::lines_of;
using lexkz::testing::run_lexkz;
using nlohmann::json;

BOOST_AUTO_TEST_CASE(jsonl_has_the_contract_fields) {
  auto r = run_lexkz({"analyze", "--lang", "kk", "--format", "jsonl", "кемсітушілікке kemsitushilik"});
  BOOST_TEST(r.exit_code == 0);
  auto lines = lines_of(r.out);
  BOOST_REQUIRE_EQUAL(lines.size(), 2u);
  json a = json::parse(lines[0]), b = json::parse(lines[1]);
  for (const char* key : {"text", "start", "end", "norm", "stem", "lang", "stop"}) {
    BOOST_TEST(a.contains(key));
    BOOST_TEST(b.contains(key));
  }
  BOOST_TEST(a["text"] == "кемсітушілікке");
  BOOST_TEST(a["start"] == 0);
  BOOST_TEST(a["end"] == 28);
  BOOST_TEST(b["start"] == 29);
  BOOST_TEST(a["stem"] == b["stem"]);
  BOOST_TEST(a["lang"] == "kk");
  BOOST_TEST(b["norm"] == "кемсітушілік");
}

BOOST_AUTO_TEST_CASE(stdin_input_and_text_format) {
  auto r = run_lexkz({"analyze", "-"}, "Дискриминацией признаётся\n");
  BOOST_TEST(r.exit_code == 0);
  BOOST_TEST(r.out.find("passage language: ru") != std::string::npos);
  BOOST_TEST(r.out.find("norm=признается") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(bad_usage_exits_2_with_one_line) {
  auto r = run_lexkz({"analyze", "--lang", "en", "x"});
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.rfind("lexkz: error: ", 0) == 0);
  BOOST_TEST(lines_of(r.err).size() == 1u);

  auto typo = run_lexkz({"analyse", "x"});
  BOOST_TEST(typo.exit_code == 2);
  BOOST_TEST(typo.err.find("did you mean 'analyze'?") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(binary_stdin_is_rejected_with_exit_2) {
  std::string pdf = "%PDF-1.4\n";
  pdf += std::string("\0\1\2\3", 4);
  auto r = run_lexkz({"analyze", "-"}, pdf);
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("<stdin>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(cp1251_stdin_is_decoded) {
  // "закон" in windows-1251.
  auto r = run_lexkz({"analyze", "--format", "jsonl", "-"}, "\xe7\xe0\xea\xee\xed \xe8 \xef\xf0\xe0\xe2\xee");
  BOOST_TEST(r.exit_code == 0);
  auto lines = lines_of(r.out);
  BOOST_REQUIRE_EQUAL(lines.size(), 3u);
  BOOST_TEST(json::parse(lines[0])["norm"] == "закон");
}

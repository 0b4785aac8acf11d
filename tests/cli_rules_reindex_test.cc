#define BOOST_TEST_MODULE cli_rules_reindex
#include <boost/test/unit_test.hpp>
// Re-indexing with other rules re-tags documents whose text did not change: the rules and
// language data are part of each document's content hash (cli/tagging.h,
// pipeline_fingerprint). Without it, a nightly run after a rule fix would report every
// document "unchanged" and keep the old tags.
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

using lexkz::testing::lines_of;
using lexkz::testing::run_lexkz;

BOOST_AUTO_TEST_CASE(new_rules_retag_unchanged_documents) {
  const lexkz::testing::TempDir tmp("lexkz-rules");
  const std::filesystem::path& dir = tmp.path;
  const std::string db = (dir / "db").string(), corpus = LEXKZ_SOURCE_DIR "/corpora";

  auto first = run_lexkz({"index", "--db", db, corpus});
  BOOST_TEST(first.exit_code == 0);
  auto again = run_lexkz({"index", "--db", db, corpus});
  BOOST_TEST(again.err.find(" 0 added, 0 replaced, 18 unchanged") != std::string::npos, again.err);

  // A user's concept: "работодатель" as a tag of its own.
  const std::string rules = (dir / "employer.rules").string();
  std::ofstream(rules) << "[employer]\nru: работодатель\nkk: жұмыс беруші\n";
  auto before = run_lexkz({"search", "--db", db, "--format", "jsonl", "tag:employer"});
  BOOST_TEST(lines_of(before.out).empty());

  auto retag = run_lexkz({"index", "--db", db, "--rules", rules, corpus});
  BOOST_TEST(retag.exit_code == 0);
  BOOST_TEST(retag.err.find(" 0 added, 18 replaced, 0 unchanged") != std::string::npos, retag.err);
  auto after = run_lexkz({"search", "--db", db, "--format", "jsonl", "tag:employer"});
  BOOST_TEST(after.exit_code == 0);
  BOOST_TEST(!lines_of(after.out).empty());

  // The same rules again: nothing to do.
  auto same = run_lexkz({"index", "--db", db, "--rules", rules, corpus});
  BOOST_TEST(same.err.find(" 0 added, 0 replaced, 18 unchanged") != std::string::npos, same.err);
}

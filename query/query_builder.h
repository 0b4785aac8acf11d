#pragma once
// The query side's front door: query text → Xapian::Query, through the SAME analyzer
// the indexer used (DESIGN.md), so a word matches every inflected form.
//
// Syntax (Xapian QueryParser family):
//   word            every inflected form, both scripts of Kazakh ("kemsitushilik" finds
//                   кемсітушілікке); a Cyrillic word whose language is unclear asks for
//                   its Russian and its Kazakh stem
//   "a phrase"      the words in order, each in any inflected form
//   =word           the exact form only (after case folding, ё→е, homoglyphs, Latin→Cyrillic)
//   ="a phrase"     a phrase of exactly these forms
//   pref*           any word whose normalised form starts with pref (expansion capped)
//   a AND b, a b    both (AND is the default)
//   a OR b          either
//   a NOT b, -b     a without b
//   a NEAR/n b      within n words, any order (NEAR alone: n = 10)
//   a ADJ/n b       within n words, in this order
//   ( … )           grouping
//   ~word, ~"a b"   the word's concept in both languages: its tags and the glossary's
//                   names of it, each in every inflected form (QueryOptions::expand_concept)
//   lang:kk type:ruling tag:stalking kind:law   filters inside the query
//   status:in_force number:403-V                metadata filters (issue 10); a number
//                   matches however it is printed ("№ 403-V", "№403-V ЗРК")
// Operators are recognised in upper case only, so the words "and", "or", "not" are words.
//
// The index holds stems only (indexer/schema.h): =word, ="a phrase" and pref* ask for the
// stems such words can have and filter them with an ExactFormSource (exact_form_source.h),
// which checks the form in the stored text of each candidate passage. That filter cannot
// run on a remote shard (BuiltQuery::verifies_passages; searcher.cc says so).
#include <functional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "query/exact_form_source.h"
#include "text/analyzer.h"

namespace lexkz::query {

/// A query the parser rejects; what() is a one-line explanation for the user.
class QueryError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// What a snippet should highlight: the stems, exact forms and prefixes the query asked for.
struct Highlights {
  std::set<std::string> stems;
  std::set<std::string> exact;
  std::vector<std::string> prefixes;
};

/// A built query.
struct BuiltQuery {
  Xapian::Query query;          ///< MatchAll when the text held only filters
  Highlights highlights;
  std::vector<std::string> warnings;  ///< e.g. a wildcard expansion was capped
  /// The query checks exact forms or prefixes in the stored passage text (=word, pref*):
  /// a posting source of ours, which xapian-tcpsrv cannot run on a remote shard.
  bool verifies_passages = false;
};

/// What a concept query `~word` stands for (issue 12): filled by the caller's expander
/// (concepts/concept_expansion.h), so query/ need not know the tagger or the glossary.
struct ConceptTerms {
  std::vector<std::string> tags;   ///< tags (TAGS.md) whose passages belong to the concept
  std::vector<std::string> terms;  ///< words or phrases of either language, each in every inflected form
};

/// Options of query building.
struct QueryOptions {
  text::LangMode lang = text::LangMode::automatic;  ///< the query words' language
  Xapian::termcount max_wildcard_expansion = 1000;
  unsigned default_near_window = 10;
  /// How =word, ="a phrase" and pref* read a passage's stored record to check the form
  /// (set by searcher.cc, which knows the record encoding). Building works without it;
  /// running such a query without it throws std::logic_error.
  RecordReader read_record;
  /// Expands `~word` / `~"a phrase"` into its concept; without it such a query is an error.
  std::function<ConceptTerms(std::string_view word)> expand_concept;
};

/// Parses `text` and builds the Xapian query. A wildcard is expanded over the stems in `db`
/// (with its cap and warning), so it matches nothing when `db` is null or empty; the query
/// is for that database (or one with the same words). Throws QueryError.
BuiltQuery build_query(std::string_view text, text::Analyzer& analyzer, const QueryOptions& options,
                       const Xapian::Database* db = nullptr);

}  // namespace lexkz::query

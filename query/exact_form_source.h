#pragma once
// Exact forms and wildcard prefixes, checked in the stored passage text. The index holds
// each word once, as its stem with positions (indexer/schema.h); `=word`, `="a phrase"` and
// `pref*` need the form as written, so the query builder (query_builder.cc) asks for the
// stems such words can have and filters them with this source: "the passage holds one of
// these stems and a word, not a stop word, whose normalised form is one of these forms (or
// starts with one of these prefixes), its text analysed as the indexer analysed it".
//
// A boolean filter: weight 0 (ranking comes from the stems beside it). It walks the stems'
// postlists; check() verifies only the passage asked about, so in OP_FILTER(stems, source)
// each candidate passage's record is read and checked once: by quick_match() when the text
// is plain Cyrillic (most passages), else with the analyzer. Cost: about 10-15 µs per
// passage holding one of the stems, most of it reading and decompressing the record.
//
// Not available over remote shards: xapian-tcpsrv cannot run a posting source it does not
// have registered, and this one needs the analyzer on the server. name() is set, serialise()
// is not, so Xapian throws Xapian::UnimplementedError when a remote shard is searched
// (searcher.cc turns that into a QueryError).
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "indexer/passage_record.h"
#include "text/analyzer.h"
#include "text/stopwords.h"

namespace lexkz::query {

/// Reads the record stored with a passage's Xapian document (text, and the mode the indexer
/// analysed it in). The caller that knows the record encoding supplies it (searcher.cc).
using RecordReader = std::function<indexer::PassageRecord(const Xapian::Document&)>;

class ExactFormSource : public Xapian::PostingSource {
 public:
  enum class Match {
    equal,   ///< a word's norm equals one of `forms`
    prefix,  ///< a word's norm starts with one of `forms`
  };

  /// Passages that hold one of `stems` (the candidates; OR) and a word, not a stop word,
  /// whose normalised form (text::Token::norm) matches one of `forms`. `analyzer` is shared
  /// by the clones Xapian makes per shard (Xapian 1.4 matches shards one after another).
  ExactFormSource(std::vector<std::string> stems, std::vector<std::string> forms, Match match,
                  RecordReader read_record, std::shared_ptr<text::Analyzer> analyzer);

  Xapian::doccount get_termfreq_min() const override { return 0; }
  Xapian::doccount get_termfreq_est() const override { return termfreq_est_; }
  Xapian::doccount get_termfreq_max() const override { return termfreq_max_; }
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  bool check(Xapian::docid did, double min_wt) override;
  bool at_end() const override { return at_end_; }
  Xapian::docid get_docid() const override { return current_; }
  ExactFormSource* clone() const override;
  std::string name() const override { return "lexkz::query::ExactFormSource"; }
  void init(const Xapian::Database& db) override;
  std::string get_description() const override;

  /// True when the passage holds a word, not a stop word, whose norm matches: quick_match()
  /// when it can tell, else full_match(). Public, as the two below, for the tests.
  bool passage_matches(const indexer::PassageRecord& record) const;
  /// The text analysed as the indexer analysed it (PassageRecord::mode).
  bool full_match(const indexer::PassageRecord& record) const;
  /// Without the analyzer, for text of Cyrillic words (exact_form_source.cc): the answer,
  /// or nullopt when only the analyzer can tell.
  std::optional<bool> quick_match(std::string_view text) const;

 private:
  ExactFormSource(const ExactFormSource& other);  // clone(): configuration, not state
  void init_quick();
  bool may_be_stop(const std::u32string& word) const;
  Xapian::docid first_candidate_from(Xapian::docid did);
  void advance_from(Xapian::docid did);
  bool verify(Xapian::docid did) const;

  // What to match (shared by clones).
  std::vector<std::string> stems_, forms_;
  Match match_;
  RecordReader read_record_;
  std::shared_ptr<text::Analyzer> analyzer_;
  std::shared_ptr<const text::Stopwords> stopwords_;
  std::vector<std::u32string> keyed_forms_;  // forms_ as code points, for quick_match()
  // Where (per init()).
  Xapian::Database db_;
  struct Cursor {
    Xapian::PostingIterator it, end;
  };
  std::vector<Cursor> cursors_;
  std::vector<std::pair<Xapian::docid, std::size_t>> heap_;  // (docid, cursor), min-heap
  Xapian::doccount termfreq_est_ = 0, termfreq_max_ = 0;
  Xapian::docid current_ = 0;  // the verified passage we are on
  Xapian::docid from_ = 1;     // every docid below this one is decided
  bool at_end_ = false;
};

}  // namespace lexkz::query

#pragma once
// Saved searches over new documents (issue 13; Elasticsearch's percolator, the other way
// round): documents stream in, and every saved search's matching passages stream out.
//
// Exactly search's answers, by construction: a batch of documents is indexed into a private
// in-memory Xapian database by the indexer's own build_document (same analysis, tagger and
// schema), and each saved search runs there through the searcher's own prepare_query (same
// query builder and filters). What could differ between a batch and a whole index is only
// what depends on collection statistics: BM25 scores (not printed, and a match set never
// depends on them) and the wildcard cap (query_builder.cc keeps the 1,000 most frequent
// expansions; a batch has fewer words, so a capped wildcard can match more here, never
// less — search warns when it caps). The query's language comes from its own words.
//
// Bounded memory and streaming: documents are gathered into batches of about
// WatchOptions::batch_bytes of text; each batch is indexed, searched, printed and dropped.
// With `jobs` workers, batches are processed in parallel and printed in input order.
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <xapian.h>

#include "indexer/document.h"
#include "indexer/passage_builder.h"
#include "query/saved_searches.h"
#include "query/searcher.h"

namespace lexkz::query {

/// Receives one (saved search, matching passage); the hit has no rank or score.
using MatchSink = std::function<void(const SavedSearch&, const Hit&)>;

/// Runs every saved search over `db` (restricted to the passages `within` matches, if
/// given) and hands each match to `on_match`: passages in docid order, the searches
/// matching one passage in file order. Each search is built as `search` builds it
/// (prepare_query) and matched in full, without ranking. The query builder's warnings
/// (a capped wildcard) are appended to `warnings` as "ID: warning".
void run_saved_searches(const Xapian::Database& db, const RecordReader& read_record,
                        const std::vector<SavedSearch>& searches, const QueryOptions& options,
                        const std::optional<Xapian::Query>& within, text::Analyzer& analyzer,
                        const MatchSink& on_match, std::vector<std::string>& warnings);

/// `index --watch`: runs the saved searches over the passages of the documents `doc_ids`
/// in the index `databases` (after the run's commit), so the answers are `search`'s on the
/// final index. Documents go in chunks (each a filter on their XDOC terms), in the order
/// given; within a chunk passages come in docid order.
void run_saved_searches_on_documents(const std::vector<std::string>& databases,
                                     const std::vector<std::string>& doc_ids,
                                     const std::vector<SavedSearch>& searches, const QueryOptions& options,
                                     text::Analyzer& analyzer, const MatchSink& on_match,
                                     std::vector<std::string>& warnings);

/// How documents are indexed and batched.
struct WatchOptions {
  text::LangMode lang = text::LangMode::automatic;  ///< as IndexOptions::lang
  indexer::Annotator annotate;                      ///< the tagger, as for `index`
  QueryOptions query;                               ///< how the saved searches are built
  std::size_t batch_bytes = 8u << 20;               ///< text per batch database
  unsigned jobs = 1;                                ///< batches processed in parallel
};

/// Appends the output for one match to `out`. Called from worker threads, so it must only
/// format (no shared state); the watcher writes each batch's output in input order.
using MatchFormatter = std::function<void(const SavedSearch&, const Hit&, std::string& out)>;

/// Streams documents through the saved searches (see the top of this file).
class Watcher {
 public:
  /// `out` receives the formatted matches; `on_warning` each distinct warning once.
  Watcher(std::vector<SavedSearch> searches, WatchOptions options, MatchFormatter format, std::ostream& out,
          std::function<void(const std::string&)> on_warning);
  ~Watcher();
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  /// Queues a document (blocks while the workers are busy). Call from one thread.
  /// Rethrows a worker's failure.
  void add(indexer::Document doc);

  /// Processes the last batch, waits for the workers, and rethrows a failure. Call once.
  void finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lexkz::query

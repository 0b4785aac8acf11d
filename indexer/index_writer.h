#pragma once
// The index writer: documents in, one Xapian document per passage out. The index is a
// directory of shards (shard_layout.h); one worker thread per shard analyses, tags and
// writes the documents given to it (new ones to the shard with the fewest bytes so far),
// so N shards write in parallel (Xapian allows one writer per database). Unchanged
// documents (same content hash) are skipped; changed ones replace all their old passages
// (a shard without a termlist is first rebuilt with one: index_writer.cc); each shard
// commits between documents every 2,000 passages or `commit_bytes`, so a killed run leaves
// every shard at its last commit and a re-run finishes the rest. A new index holds its
// first 8 MB back to train the record dictionary (record_codec.h).
#include <cstddef>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

#include "indexer/document.h"
#include "indexer/passage_builder.h"
#include "text/lang.h"

namespace lexkz::indexer {

/// Another process holds the database's write lock.
class DatabaseLocked : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// What one run did, for the summary line.
struct IndexCounts {
  std::size_t added = 0, replaced = 0, unchanged = 0, removed = 0, rejected = 0;
  std::size_t passages = 0;  ///< passages written
  std::size_t bytes = 0;     ///< text bytes of documents processed
  std::size_t documents = 0; ///< documents processed (added + replaced + unchanged)
};

/// Options of an indexing run.
struct IndexOptions {
  text::LangMode lang = text::LangMode::automatic;
  /// Shards of a new index (one writer thread each); an existing index keeps its count.
  unsigned shards = 1;
  /// Commit after this many bytes of new text, so a crash loses at most this much work.
  std::size_t commit_bytes = 64u << 20;
  /// At finish, remove documents this run did not see (their source is gone).
  bool prune = false;
  /// At finish, compact every shard (always done when this run created the index).
  bool compact = false;
  /// Give every shard a Xapian termlist (see index_writer.cc): shards then replace
  /// documents in place and can be served by xapian-tcpsrv, whose document transfer
  /// needs one. Without it a new index is built without termlists (faster, smaller) and
  /// a shard gets its termlist when a document in it is first replaced or removed.
  bool termlists = false;
  Annotator annotate;  ///< the tagger, or empty
  /// Names the processing (rules, language data, options): part of every document's
  /// content hash, so changing it re-indexes unchanged texts (see content_hash).
  std::string fingerprint;
  /// Called after each document with the running totals (from worker threads, one at a
  /// time).
  std::function<void(const IndexCounts&)> on_progress;
  /// Called with the id of each document this run adds or replaces (from worker threads,
  /// one at a time): `index --watch` runs its saved searches over them after finish().
  std::function<void(const std::string& doc_id)> on_changed;
};

/// Writes documents into the database at `path` (created if missing).
class IndexWriter {
 public:
  /// Opens or creates the index directory; throws DatabaseLocked if another writer holds
  /// it, std::runtime_error if `path` is not a lexkz index.
  IndexWriter(const std::string& path, IndexOptions options);
  ~IndexWriter();
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  /// Queues a document (blocks while the pipeline is full). Thread-compatible: call
  /// from one thread. Rethrows a worker's or the writer's failure.
  void add(Document doc);

  /// Drains the pipeline, commits, and returns the counts. Call once.
  IndexCounts finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lexkz::indexer

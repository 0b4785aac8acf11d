#include "indexer/index_writer.h"

#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "indexer/bounded_queue.h"
#include "indexer/schema.h"

namespace lexkz::indexer {
namespace {

// What a worker hands the writer: a built document, or the news that it is unchanged.
struct WorkItem {
  std::string doc_term;
  std::size_t bytes = 0;
  std::optional<BuiltDocument> built;  // empty: unchanged, nothing to write
};

// The hash stored with a document's passages, or "" when the document is not indexed.
std::string stored_hash(const Xapian::Database& db, const std::string& doc_term) {
  Xapian::PostingIterator p = db.postlist_begin(doc_term);
  if (p == db.postlist_end(doc_term)) return "";
  return db.get_document(*p).get_value(schema::kHashSlot);
}

// The same on a read-only snapshot that the writer's commits may overtake: Xapian then
// asks for a reopen, which moves the snapshot to the latest commit.
std::string snapshot_hash(Xapian::Database& snapshot, const std::string& doc_term) {
  for (int attempt = 0;; ++attempt) {
    try {
      return stored_hash(snapshot, doc_term);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == 5) throw;
      snapshot.reopen();
    }
  }
}

}  // namespace

struct IndexWriter::Impl {
  IndexOptions options;
  std::string path;
  Xapian::WritableDatabase db;
  BoundedQueue<Document> input;
  BoundedQueue<WorkItem> output;
  std::vector<std::thread> workers;
  std::thread writer;
  std::mutex error_mu;
  std::exception_ptr error;
  IndexCounts counts;
  std::unordered_set<std::string> seen_doc_terms;
  std::size_t uncommitted_bytes = 0;
  bool finished = false;

  Impl(const std::string& p, IndexOptions o)
      : options(std::move(o)), path(p), input(4 * std::max(1u, options.jobs)),
        output(4 * std::max(1u, options.jobs)) {}

  void fail(std::exception_ptr e) {
    std::lock_guard lock(error_mu);
    if (!error) error = e;
    input.close();
    output.close();
  }

  void rethrow() {
    std::lock_guard lock(error_mu);
    if (error) std::rethrow_exception(error);
  }

  void work() {
    try {
      text::Analyzer analyzer;
      // A snapshot as of the start of the run: enough to skip unchanged documents
      // before spending analysis on them.
      Xapian::Database snapshot(path);
      while (std::optional<Document> doc = input.pop()) {
        WorkItem item;
        item.doc_term = schema::unique_term(schema::kDocPrefix, doc->id);
        item.bytes = doc->text.size();
        if (snapshot_hash(snapshot, item.doc_term) != content_hash(*doc))
          item.built = build_document(*doc, analyzer, options.lang, options.annotate);
        if (!output.push(std::move(item))) break;
      }
    } catch (...) {
      fail(std::current_exception());
    }
  }

  void write(WorkItem& item) {
    seen_doc_terms.insert(item.doc_term);
    counts.bytes += item.bytes;
    ++counts.documents;
    if (!item.built) {
      ++counts.unchanged;
      return;
    }
    BuiltDocument& b = *item.built;
    const std::string old_hash = stored_hash(db, b.doc_term);
    if (old_hash == b.hash) {  // a duplicate within this run, already written
      ++counts.unchanged;
      return;
    }
    if (!old_hash.empty()) {
      db.delete_document(b.doc_term);
      ++counts.replaced;
    } else {
      ++counts.added;
    }
    // Every old passage is gone (or there were none), so each Q term is new: add_document
    // avoids replace_document's per-passage id lookup. The Q term still makes a passage
    // addressable and replaceable on its own.
    for (BuiltPassage& p : b.passages) db.add_document(p.document);
    counts.passages += b.passages.size();
    uncommitted_bytes += b.bytes;
    if (uncommitted_bytes >= options.commit_bytes) {
      db.commit();
      uncommitted_bytes = 0;
    }
  }

  void run_writer() {
    try {
      while (std::optional<WorkItem> item = output.pop()) {
        write(*item);
        if (options.on_progress) options.on_progress(counts);
      }
    } catch (...) {
      fail(std::current_exception());
    }
  }

  void prune() {
    std::vector<std::string> gone;
    const std::string prefix(schema::kDocPrefix);
    for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t)
      if (!seen_doc_terms.count(*t)) gone.push_back(*t);
    for (const std::string& term : gone) db.delete_document(term);
    counts.removed = gone.size();
  }
};

IndexWriter::IndexWriter(const std::string& path, IndexOptions options)
    : impl_(std::make_unique<Impl>(path, std::move(options))) {
  try {
    impl_->db = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
  } catch (const Xapian::DatabaseLockError&) {
    throw DatabaseLocked(path + ": the database is locked by another process (an index run in progress?)");
  }
  std::string version = impl_->db.get_metadata(std::string(schema::kSchemaKey));
  if (version.empty()) {
    impl_->db.set_metadata(std::string(schema::kSchemaKey), std::string(schema::kSchemaVersion));
    impl_->db.commit();  // the snapshot the workers open must exist
  } else if (version != schema::kSchemaVersion) {
    throw std::runtime_error(path + ": index schema " + version + ", this lexkz writes " +
                             std::string(schema::kSchemaVersion) + " — index into a new --db");
  }
  for (unsigned i = 0; i < std::max(1u, impl_->options.jobs); ++i)
    impl_->workers.emplace_back([this] { impl_->work(); });
  impl_->writer = std::thread([this] { impl_->run_writer(); });
}

IndexWriter::~IndexWriter() {
  if (!impl_->finished) {
    impl_->input.close();
    for (std::thread& w : impl_->workers) w.join();
    impl_->output.close();
    impl_->writer.join();
  }
}

void IndexWriter::add(Document doc) {
  impl_->rethrow();
  impl_->input.push(std::move(doc));
}

IndexCounts IndexWriter::finish() {
  impl_->finished = true;
  impl_->input.close();
  for (std::thread& w : impl_->workers) w.join();
  impl_->output.close();
  impl_->writer.join();
  impl_->rethrow();
  if (impl_->options.prune) impl_->prune();
  impl_->db.commit();
  return impl_->counts;
}

}  // namespace lexkz::indexer

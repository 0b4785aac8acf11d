#include "indexer/index_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <exception>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "indexer/bounded_queue.h"
#include "indexer/schema.h"
#include "indexer/shard_layout.h"

namespace lexkz::indexer {
namespace {

// Documents waiting per shard: enough to keep a worker busy, small enough that memory
// stays bounded however large the input.
constexpr std::size_t kQueueDepth = 8;

// The hash stored with a document's passages, or "" when the document is not indexed.
std::string stored_hash(const Xapian::Database& db, const std::string& doc_term) {
  Xapian::PostingIterator p = db.postlist_begin(doc_term);
  if (p == db.postlist_end(doc_term)) return "";
  return db.get_document(*p).get_value(schema::kHashSlot);
}

void add_counts(IndexCounts& into, const IndexCounts& c) {
  into.added += c.added;
  into.replaced += c.replaced;
  into.unchanged += c.unchanged;
  into.removed += c.removed;
  into.passages += c.passages;
  into.bytes += c.bytes;
  into.documents += c.documents;
}

// The stored hash from a snapshot that the writers' commits may overtake: Xapian then
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

// Makes the last commits durable: the shards are written with DB_NO_SYNC (a killed
// process loses nothing the kernel holds; fsync per commit only slows a bulk build).
void sync_directory_tree(const std::string& root) {
  int fd = ::open(root.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  ::syncfs(fd);
  ::close(fd);
}

}  // namespace

struct IndexWriter::Impl {
  // One shard and the worker that owns it.
  struct Shard {
    Xapian::WritableDatabase db;
    BoundedQueue<Document> queue{kQueueDepth};
    std::thread worker;
    IndexCounts counts;                  // written by the worker
    IndexCounts counts_from_dispatcher;  // unchanged documents, counted by add()
    std::size_t uncommitted_bytes = 0;
  };

  IndexOptions options;
  ShardLayout layout;
  bool created = false;
  std::vector<std::unique_ptr<Shard>> shards;
  // The dispatcher's (add()'s) read-only view of each shard as last committed: it finds
  // where a document already lives and skips unchanged ones before any analysis.
  std::vector<Xapian::Database> snapshots;
  std::vector<std::size_t> assigned_bytes;  // per shard, this run: new documents go to the lightest
  std::unordered_set<std::string> seen_doc_terms;  // every document of this run (for --prune)
  std::mutex mu;  // guards `error` and the progress totals
  std::exception_ptr error;
  IndexCounts totals;
  bool finished = false;

  void fail(std::exception_ptr e) {
    {
      std::lock_guard lock(mu);
      if (!error) error = e;
    }
    for (auto& s : shards) s->queue.close();
  }

  void rethrow() {
    std::lock_guard lock(mu);
    if (error) std::rethrow_exception(error);
  }

  void report(const IndexCounts& delta) {
    std::lock_guard lock(mu);
    add_counts(totals, delta);
    if (options.on_progress) options.on_progress(totals);
  }

  void write(Shard& s, text::Analyzer& analyzer, const Document& doc) {
    IndexCounts delta;
    const std::string doc_term = schema::unique_term(schema::kDocPrefix, doc.id);
    delta.bytes = doc.text.size();
    delta.documents = 1;
    const std::string old_hash = stored_hash(s.db, doc_term);
    if (old_hash == content_hash(doc, options.fingerprint)) {
      delta.unchanged = 1;
    } else {
      BuiltDocument b = build_document(doc, analyzer, options.lang, options.annotate, options.fingerprint);
      if (!old_hash.empty()) {
        s.db.delete_document(doc_term);
        delta.replaced = 1;
      } else {
        delta.added = 1;
      }
      // Every old passage is gone (or there were none), so each Q term is new:
      // add_document avoids replace_document's per-passage id lookup.
      for (BuiltPassage& p : b.passages) s.db.add_document(p.document);
      delta.passages = b.passages.size();
      // Commit only between documents: a document is in a shard whole or not at all.
      s.uncommitted_bytes += b.bytes;
      if (s.uncommitted_bytes >= options.commit_bytes) {
        s.db.commit();
        s.uncommitted_bytes = 0;
      }
    }
    add_counts(s.counts, delta);
    report(delta);
  }

  void work(Shard& s) {
    try {
      text::Analyzer analyzer;
      while (std::optional<Document> doc = s.queue.pop()) write(s, analyzer, *doc);
    } catch (...) {
      fail(std::current_exception());
    }
  }

  void prune(Shard& s) {
    std::vector<std::string> gone;
    const std::string prefix(schema::kDocPrefix);
    for (auto t = s.db.allterms_begin(prefix); t != s.db.allterms_end(prefix); ++t)
      if (!seen_doc_terms.count(*t)) gone.push_back(*t);
    for (const std::string& term : gone) s.db.delete_document(term);
    s.counts.removed += gone.size();
  }

  // Compacts each shard into its next generation and switches the stub to it at once;
  // the old generations are removed after the switch.
  void compact() {
    std::vector<std::string> old = layout.shards;
    std::vector<std::string> next(shards.size());
    std::vector<std::thread> compactors;  // one per shard: they run in parallel
    std::vector<std::exception_ptr> errors(shards.size());
    for (std::size_t k = 0; k < shards.size(); ++k) {
      shards[k]->db.close();  // releases the lock; the compacted copy is built from a reader
      next[k] = next_generation(layout.shards[k]);
      compactors.emplace_back([&, k] {
        try {
          std::filesystem::remove_all(layout.root + "/" + next[k]);
          Xapian::Database(layout.shard_path(k)).compact(layout.root + "/" + next[k]);
        } catch (...) {
          errors[k] = std::current_exception();
        }
      });
    }
    for (std::thread& t : compactors) t.join();
    for (const std::exception_ptr& e : errors)
      if (e) std::rethrow_exception(e);  // the stub still names the old, complete shards
    layout.shards = next;
    write_stub(layout);
    for (const std::string& name : old) std::filesystem::remove_all(layout.root + "/" + name);
  }

  // Shard directories the stub does not name: a compaction interrupted before its switch.
  void remove_orphans() {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(layout.root, ec)) {
      const std::string name = entry.path().filename().string();
      if (name.rfind("shard-", 0) != 0) continue;
      if (std::find(layout.shards.begin(), layout.shards.end(), name) == layout.shards.end())
        std::filesystem::remove_all(entry.path(), ec);
    }
  }
};

IndexWriter::IndexWriter(const std::string& path, IndexOptions options) : impl_(std::make_unique<Impl>()) {
  Impl& m = *impl_;
  m.options = std::move(options);
  m.layout = read_layout(path);
  if (m.layout.shards.empty()) {
    m.layout = create_layout(path, std::max(1u, m.options.shards));
    m.created = true;
  }
  for (std::size_t k = 0; k < m.layout.shards.size(); ++k) {
    auto shard = std::make_unique<Impl::Shard>();
    try {
      shard->db = Xapian::WritableDatabase(m.layout.shard_path(k), Xapian::DB_CREATE_OR_OPEN | Xapian::DB_NO_SYNC);
    } catch (const Xapian::DatabaseLockError&) {
      throw DatabaseLocked(path + ": the database is locked by another process (an index run in progress?)");
    }
    std::string version = shard->db.get_metadata(std::string(schema::kSchemaKey));
    if (version.empty()) {
      shard->db.set_metadata(std::string(schema::kSchemaKey), std::string(schema::kSchemaVersion));
      shard->db.commit();
    } else if (version != schema::kSchemaVersion) {
      throw std::runtime_error(path + ": index schema " + version + ", this lexkz writes " +
                               std::string(schema::kSchemaVersion) + " — index into a new --db");
    }
    m.shards.push_back(std::move(shard));
    m.snapshots.emplace_back(m.layout.shard_path(k));
  }
  m.assigned_bytes.assign(m.shards.size(), 0);
  m.remove_orphans();  // safe now: every shard's write lock is ours
  for (auto& shard : m.shards) {
    Impl::Shard* s = shard.get();
    s->worker = std::thread([this, s] { impl_->work(*s); });
  }
}

IndexWriter::~IndexWriter() {
  if (impl_->finished) return;
  for (auto& s : impl_->shards) s->queue.close();
  for (auto& s : impl_->shards)
    if (s->worker.joinable()) s->worker.join();
}

void IndexWriter::add(Document doc) {
  Impl& m = *impl_;
  m.rethrow();
  const std::string doc_term = schema::unique_term(schema::kDocPrefix, doc.id);
  m.seen_doc_terms.insert(doc_term);
  // A document stays in the shard that holds it; an unchanged one needs no work at all.
  const std::string hash = content_hash(doc, m.options.fingerprint);
  std::size_t target = m.shards.size();
  for (std::size_t k = 0; k < m.snapshots.size() && target == m.shards.size(); ++k) {
    const std::string stored = snapshot_hash(m.snapshots[k], doc_term);
    if (stored.empty()) continue;
    if (stored == hash) {
      IndexCounts delta;
      delta.unchanged = delta.documents = 1;
      delta.bytes = doc.text.size();
      add_counts(m.shards[k]->counts_from_dispatcher, delta);
      m.report(delta);
      return;
    }
    target = k;
  }
  // A new document goes to the shard given the fewest bytes so far, so a few large codes
  // do not leave one writer with most of the work.
  if (target == m.shards.size())
    target = static_cast<std::size_t>(std::min_element(m.assigned_bytes.begin(), m.assigned_bytes.end()) -
                                      m.assigned_bytes.begin());
  m.assigned_bytes[target] += doc.text.size();
  m.shards[target]->queue.push(std::move(doc));
}

IndexCounts IndexWriter::finish() {
  Impl& m = *impl_;
  m.finished = true;
  for (auto& s : m.shards) s->queue.close();
  for (auto& s : m.shards) s->worker.join();
  m.rethrow();
  IndexCounts total;
  for (auto& s : m.shards) {
    if (m.options.prune) m.prune(*s);
    s->db.commit();
    add_counts(total, s->counts);
    add_counts(total, s->counts_from_dispatcher);
  }
  if (m.created || m.options.compact) m.compact();
  else
    for (auto& s : m.shards) s->db.close();
  sync_directory_tree(m.layout.root);
  return total;
}

}  // namespace lexkz::indexer

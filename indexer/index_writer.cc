#include "indexer/index_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <deque>
#include <exception>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "indexer/bounded_queue.h"
#include "indexer/record_codec.h"
#include "indexer/schema.h"
#include "indexer/shard_layout.h"

namespace lexkz::indexer {
namespace {

// Documents waiting per shard: enough to keep a worker busy, small enough that memory
// stays bounded however large the input.
constexpr std::size_t kQueueDepth = 8;

// Commit (which is also Xapian's flush) every this many passages: Glass buffers postings
// in maps keyed by term and document, whose lookups grow with the batch. Measured on
// kz_codes_ru (bench/README.md): 2,000 → 9.2 s, 10,000 (Xapian's default) → 10.4 s,
// 30,000 → 11.4 s; 500 → 9.7 s (the merges start to cost).
constexpr std::size_t kCommitPassages = 2000;

// A new index trains its record dictionary (record_codec.h) on passages sampled evenly from
// its first kHeldBytes of documents, kSampleBytes of them: 3.6× on legal passages already
// from 300 KB, at 0.2 s of training for 1 MB. Sampling across 8 MB rather than taking the
// first 1 MB matters because inputs come sorted by path, one collection after another: on
// ../shared/corpora the first megabyte is all Kazakh news, and a dictionary of it left the
// records at 2.0× (36 MB) where one trained on the whole corpus gives 2.4× (27 MB).
constexpr std::size_t kHeldBytes = 8u << 20;
constexpr std::size_t kSampleBytes = 1u << 20;

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

bool has_termlist(const std::string& shard_path) {
  return std::filesystem::exists(shard_path + "/termlist.glass");
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
  // A document on its way to a shard, with what the dispatcher already worked out.
  struct Routed {
    Document doc;
    std::string doc_term;  // XDOC term
    std::string hash;      // content_hash with the run's fingerprint
  };

  // One shard and the worker that owns it.
  struct Shard {
    Xapian::WritableDatabase db;
    BoundedQueue<Routed> queue{kQueueDepth};
    std::thread worker;
    IndexCounts counts;                  // written by the worker
    IndexCounts counts_from_dispatcher;  // unchanged documents, counted by add()
    std::size_t uncommitted_bytes = 0;
    std::size_t uncommitted_passages = 0;
    std::string name;              // the generation written now (layout.shards until finish)
    bool updatable = false;        // has a termlist, so documents can be deleted
  };

  IndexOptions options;
  ShardLayout layout;
  bool created = false;
  std::vector<std::unique_ptr<Shard>> shards;
  RecordCodec codec;
  // A new index holds back its first documents until the record dictionary is trained.
  bool training = false;
  std::deque<Document> held;
  std::size_t held_bytes = 0;
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

  void report(const IndexCounts& delta, const std::string* changed_id = nullptr) {
    std::lock_guard lock(mu);
    add_counts(totals, delta);
    if (changed_id && options.on_changed) options.on_changed(*changed_id);
    if (options.on_progress) options.on_progress(totals);
  }

  void write(Shard& s, text::Analyzer& analyzer, const Routed& r) {
    IndexCounts delta;
    const std::string& doc_term = r.doc_term;
    delta.bytes = r.doc.text.size();
    delta.documents = 1;
    const std::string old_hash = stored_hash(s.db, doc_term);
    if (old_hash == r.hash) {
      delta.unchanged = 1;
    } else {
      BuiltDocument b = build_document(r.doc, analyzer, options.lang, options.annotate, codec, r.hash);
      if (!old_hash.empty()) {
        if (s.updatable) s.db.delete_document(doc_term);
        else rebuild_updatable(s, analyzer, {doc_term});  // leaves the old passages out
        delta.replaced = 1;
      } else {
        delta.added = 1;
      }
      for (Xapian::Document& p : b.passages) s.db.add_document(p);
      delta.passages = b.passages.size();
      // Commit only between documents: a document is in a shard whole or not at all.
      s.uncommitted_bytes += b.bytes;
      s.uncommitted_passages += b.passages.size();
      if (s.uncommitted_bytes >= options.commit_bytes || s.uncommitted_passages >= kCommitPassages) {
        s.db.commit();
        s.uncommitted_bytes = s.uncommitted_passages = 0;
      }
    }
    add_counts(s.counts, delta);
    report(delta, delta.unchanged ? nullptr : &r.doc.id);
  }

  void work(Shard& s) {
    try {
      text::Analyzer analyzer;
      while (std::optional<Routed> r = s.queue.pop()) write(s, analyzer, *r);
    } catch (...) {
      fail(std::current_exception());
    }
  }

  // A shard of a new index has no termlist (DB_NO_TERMLIST): a quarter faster to write
  // and 30 % smaller (bench/README.md), but Xapian cannot delete from it. The first
  // deletion a shard needs rebuilds it into its next generation, with a termlist, from
  // its stored records (each analysed as it was: PassageRecord::mode), leaving out the
  // documents in `drop`; from then on it deletes in place. The stub names the new
  // generation only at finish(), so a killed run leaves the old shard whole.
  void rebuild_updatable(Shard& s, text::Analyzer& analyzer, const std::unordered_set<std::string>& drop) {
    s.db.commit();
    const std::string next = next_generation(s.name);
    const std::string path = layout.root + "/" + next;
    std::filesystem::remove_all(path);
    Xapian::WritableDatabase fresh(path, Xapian::DB_CREATE | Xapian::DB_NO_SYNC);
    for (const std::string_view key : {schema::kSchemaKey, schema::kDictionaryKey})
      fresh.set_metadata(std::string(key), s.db.get_metadata(std::string(key)));
    text::Analysis analysis;
    std::size_t passages = 0;
    for (auto it = s.db.postlist_begin(""); it != s.db.postlist_end(""); ++it) {
      const Xapian::Document old = s.db.get_document(*it);
      const PassageRecord rec = stored_record(old, codec);
      const std::string doc_term = schema::unique_term(schema::kDocPrefix, rec.doc);
      if (drop.count(doc_term)) continue;
      analyzer.analyze(rec.text, record_mode(rec), analysis);
      fresh.add_document(passage_document(rec, doc_term, analysis, old.get_value(schema::kHashSlot), codec));
      if (++passages % kCommitPassages == 0) fresh.commit();
    }
    fresh.commit();
    s.db.close();
    s.db = fresh;
    s.name = next;
    s.updatable = true;
  }

  void prune(Shard& s, text::Analyzer& analyzer) {
    std::unordered_set<std::string> gone;
    const std::string prefix(schema::kDocPrefix);
    for (auto t = s.db.allterms_begin(prefix); t != s.db.allterms_end(prefix); ++t)
      if (!seen_doc_terms.count(*t)) gone.insert(*t);
    if (gone.empty()) return;
    if (s.updatable)
      for (const std::string& term : gone) s.db.delete_document(term);
    else
      rebuild_updatable(s, analyzer, gone);
    s.counts.removed += gone.size();
  }

  // Trains the record dictionary on the held documents' passages, stores it in every
  // shard, and sends the held documents on.
  void train_and_release() {
    training = false;
    std::vector<std::string> samples;
    // Every k-th passage, so the sample spans all the held documents.
    const std::size_t every = std::max<std::size_t>(1, held_bytes / kSampleBytes);
    std::size_t n = 0;
    for (const Document& d : held)
      for (const Passage& p : split_document(d))
        if (n++ % every == 0) samples.emplace_back(d.text.substr(p.start, p.end - p.start));
    const std::string dictionary = RecordCodec::train(samples);
    codec.use_dictionary(dictionary);
    if (!dictionary.empty())
      for (auto& s : shards) {
        s->db.set_metadata(std::string(schema::kDictionaryKey), dictionary);
        s->db.commit();
      }
    while (!held.empty()) {
      route(std::move(held.front()));
      held.pop_front();
    }
    held_bytes = 0;
  }

  // Sends a document to the shard that holds it, or to the lightest one when it is new;
  // an unchanged one needs no work at all.
  void route(Document doc) {
    std::string doc_term = schema::unique_term(schema::kDocPrefix, doc.id);
    std::string hash = content_hash(doc, options.fingerprint);
    seen_doc_terms.insert(doc_term);
    std::size_t target = shards.size();
    for (std::size_t k = 0; k < snapshots.size() && target == shards.size(); ++k) {
      const std::string stored = snapshot_hash(snapshots[k], doc_term);
      if (stored.empty()) continue;
      if (stored == hash) {
        IndexCounts delta;
        delta.unchanged = delta.documents = 1;
        delta.bytes = doc.text.size();
        add_counts(shards[k]->counts_from_dispatcher, delta);
        report(delta);
        return;
      }
      target = k;
    }
    // A new document goes to the shard given the fewest bytes so far, so a few large
    // codes do not leave one writer with most of the work.
    if (target == shards.size())
      target = static_cast<std::size_t>(std::min_element(assigned_bytes.begin(), assigned_bytes.end()) -
                                        assigned_bytes.begin());
    assigned_bytes[target] += doc.text.size();
    shards[target]->queue.push(Routed{std::move(doc), std::move(doc_term), std::move(hash)});
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
      // DB_NO_TERMLIST creates a shard without a termlist, and must be given again to
      // open one (Glass would look for the table); a shard that has one keeps using it.
      const bool exists = std::filesystem::exists(m.layout.shard_path(k));
      shard->db = Xapian::WritableDatabase(
          m.layout.shard_path(k), Xapian::DB_CREATE_OR_OPEN | Xapian::DB_NO_SYNC |
                                      (m.options.termlists && !exists ? 0 : Xapian::DB_NO_TERMLIST));
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
    shard->name = m.layout.shards[k];
    // An empty shard opened with --termlists was just created with one (Glass writes the
    // table lazily, so there is no file yet).
    shard->updatable = has_termlist(m.layout.shard_path(k)) || (m.options.termlists && shard->db.get_doccount() == 0);
    m.shards.push_back(std::move(shard));
    m.snapshots.emplace_back(m.layout.shard_path(k));
  }
  // Every shard stores the same dictionary; an index without one and without passages is
  // new (or was killed before its first commit) and trains one.
  const std::string dictionary = m.shards[0]->db.get_metadata(std::string(schema::kDictionaryKey));
  m.codec.use_dictionary(dictionary);
  Xapian::doccount passages = 0;
  for (auto& shard : m.shards) passages += shard->db.get_doccount();
  m.training = dictionary.empty() && passages == 0;
  m.assigned_bytes.assign(m.shards.size(), 0);
  m.remove_orphans();  // safe now: every shard's write lock is ours
  // After remove_orphans: the rebuilt generations are not in the stub until finish().
  if (m.options.termlists) {
    text::Analyzer analyzer;
    for (auto& shard : m.shards)
      if (!shard->updatable) m.rebuild_updatable(*shard, analyzer, {});
  }
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
  if (!m.training) return m.route(std::move(doc));
  m.held_bytes += doc.text.size();
  m.held.push_back(std::move(doc));
  if (m.held_bytes >= kHeldBytes) m.train_and_release();
}

IndexCounts IndexWriter::finish() {
  Impl& m = *impl_;
  if (m.training) m.train_and_release();
  m.finished = true;
  for (auto& s : m.shards) s->queue.close();
  for (auto& s : m.shards) s->worker.join();
  m.rethrow();
  IndexCounts total;
  text::Analyzer analyzer;  // for a shard that --prune has to rebuild
  std::vector<std::string> retired;  // generations replaced by rebuild_updatable
  for (std::size_t k = 0; k < m.shards.size(); ++k) {
    Impl::Shard& s = *m.shards[k];
    if (m.options.prune) m.prune(s, analyzer);
    s.db.commit();
    add_counts(total, s.counts);
    add_counts(total, s.counts_from_dispatcher);
    if (s.name != m.layout.shards[k]) {
      retired.push_back(m.layout.shards[k]);
      m.layout.shards[k] = s.name;
    }
  }
  if (m.created || m.options.compact) {
    m.compact();
  } else {
    for (auto& s : m.shards) s->db.close();
    if (!retired.empty()) write_stub(m.layout);
  }
  for (const std::string& name : retired) std::filesystem::remove_all(m.layout.root + "/" + name);
  sync_directory_tree(m.layout.root);
  return total;
}

}  // namespace lexkz::indexer

#include "query/watcher.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <set>
#include <thread>

#include "indexer/bounded_queue.h"
#include "indexer/schema.h"

namespace lexkz::query {
using Q = Xapian::Query;

void run_saved_searches(const Xapian::Database& db, const RecordReader& read_record,
                        const std::vector<SavedSearch>& searches, const QueryOptions& options,
                        const std::optional<Xapian::Query>& within, text::Analyzer& analyzer,
                        const MatchSink& on_match, std::vector<std::string>& warnings) {
  const Xapian::doccount all = db.get_doccount();
  if (all == 0) return;
  // Only the match set matters here: no BM25 to compute, and docid order needs no sort.
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  SearchRequest request;
  request.options = options;
  std::vector<Highlights> highlights(searches.size());
  std::vector<std::pair<Xapian::docid, std::size_t>> matches;  // (passage, search)
  for (std::size_t i = 0; i < searches.size(); ++i) {
    request.query = searches[i].query;
    BuiltQuery built = prepare_query(request, db, read_record, analyzer);
    for (const std::string& w : built.warnings) warnings.push_back(searches[i].id + ": " + w);
    enquire.set_query(within ? Q(Q::OP_FILTER, built.query, *within) : built.query);
    const Xapian::MSet mset = enquire.get_mset(0, all);
    if (mset.empty()) continue;
    highlights[i] = std::move(built.highlights);
    for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) matches.emplace_back(*it, i);
  }
  // Passage by passage, so each record is read once however many searches it matches.
  std::sort(matches.begin(), matches.end());
  // Each passage is read and analysed once however many searches it matches (the
  // snippets are search's: make_snippet on the same analysis).
  Hit hit;
  text::Analysis analysis;
  for (std::size_t k = 0; k < matches.size(); ++k) {
    if (k == 0 || matches[k].first != matches[k - 1].first) {
      hit.record = read_record(db.get_document(matches[k].first));
      analyzer.analyze(hit.record.text, record_snippet_mode(hit.record), analysis);
    }
    hit.snippet = make_snippet(hit.record.text, analysis, highlights[matches[k].second]);
    on_match(searches[matches[k].second], hit);
  }
}

void run_saved_searches_on_documents(const std::vector<std::string>& databases,
                                     const std::vector<std::string>& doc_ids,
                                     const std::vector<SavedSearch>& searches, const QueryOptions& options,
                                     text::Analyzer& analyzer, const MatchSink& on_match,
                                     std::vector<std::string>& warnings) {
  if (doc_ids.empty()) return;
  indexer::RecordCodec codec;
  const Xapian::Database db = open_databases(databases, &codec);
  const RecordReader read_record = [codec](const Xapian::Document& d) { return indexer::stored_record(d, codec); };
  // A chunk bounds the (passage, search) pairs held at once; each costs one run of
  // every search, so chunks are large.
  constexpr std::size_t kChunkDocuments = 512;
  for (std::size_t begin = 0; begin < doc_ids.size(); begin += kChunkDocuments) {
    std::vector<std::string> terms;
    for (std::size_t k = begin; k < std::min(doc_ids.size(), begin + kChunkDocuments); ++k)
      terms.push_back(indexer::schema::unique_term(indexer::schema::kDocPrefix, doc_ids[k]));
    const Q within(Q::OP_OR, terms.begin(), terms.end());
    run_saved_searches(db, read_record, searches, options, within, analyzer, on_match, warnings);
  }
}

struct Watcher::Impl {
  static constexpr std::size_t kFlushBytes = 1u << 20;

  struct Batch {
    std::size_t seq = 0;
    std::vector<indexer::Document> docs;
  };

  std::vector<SavedSearch> searches;
  WatchOptions options;
  MatchFormatter format;
  std::ostream& out;
  std::function<void(const std::string&)> on_warning;

  Batch pending;  // being filled by add()
  std::size_t pending_bytes = 0;
  std::size_t next_seq = 0;
  indexer::BoundedQueue<Batch> queue;
  std::vector<std::thread> workers;

  std::mutex mu;  // guards everything below
  std::condition_variable turn_changed;
  std::size_t next_to_print = 0;  // batches print in input order
  std::set<std::string> warned;
  std::exception_ptr error;
  bool finished = false;

  Impl(std::vector<SavedSearch> s, WatchOptions o, MatchFormatter f, std::ostream& os,
       std::function<void(const std::string&)> w)
      : searches(std::move(s)), options(std::move(o)), format(std::move(f)), out(os), on_warning(std::move(w)),
        queue(std::max(1u, options.jobs)) {}

  void fail(std::exception_ptr e) {
    {
      std::lock_guard lock(mu);
      if (!error) error = e;
    }
    turn_changed.notify_all();
    queue.close();
  }

  void rethrow() {
    std::lock_guard lock(mu);
    if (error) std::rethrow_exception(error);
  }

  // Indexes one batch into a fresh in-memory database, runs the searches, and prints in turn.
  void process(const Batch& batch, text::Analyzer& analyzer) {
    const indexer::RecordCodec codec = indexer::RecordCodec::fastest();  // records live as long as the batch
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (const indexer::Document& doc : batch.docs) {
      indexer::BuiltDocument built = indexer::build_document(doc, analyzer, options.lang, options.annotate, codec, "");
      for (Xapian::Document& p : built.passages) db.add_document(p);
    }
    const RecordReader read_record = [&codec](const Xapian::Document& d) { return indexer::stored_record(d, codec); };
    std::string text;
    std::vector<std::string> warnings;
    // Output is written when it is this batch's turn (always, with one worker), else held
    // until then: memory stays bounded and the lines come in input order.
    auto flush_if_my_turn = [&] {
      std::lock_guard lock(mu);
      if (next_to_print != batch.seq) return;
      out << text;
      text.clear();
    };
    run_saved_searches(
        db, read_record, searches, options.query, std::nullopt, analyzer,
        [&](const SavedSearch& s, const Hit& h) {
          format(s, h, text);
          if (text.size() >= kFlushBytes) flush_if_my_turn();
        },
        warnings);
    std::unique_lock lock(mu);
    turn_changed.wait(lock, [&] { return next_to_print == batch.seq || error; });
    if (error) return;
    out << text;
    out.flush();
    for (const std::string& w : warnings)
      if (warned.insert(w).second && on_warning) on_warning(w);
    ++next_to_print;
    turn_changed.notify_all();
  }

  void work() {
    try {
      text::Analyzer analyzer;
      while (std::optional<Batch> b = queue.pop()) process(*b, analyzer);
    } catch (...) {
      fail(std::current_exception());
    }
  }

  void send() {
    if (pending.docs.empty()) return;
    pending.seq = next_seq++;
    queue.push(std::move(pending));
    pending = Batch{};
    pending_bytes = 0;
  }
};

Watcher::Watcher(std::vector<SavedSearch> searches, WatchOptions options, MatchFormatter format, std::ostream& out,
                 std::function<void(const std::string&)> on_warning)
    : impl_(std::make_unique<Impl>(std::move(searches), std::move(options), std::move(format), out,
                                   std::move(on_warning))) {
  for (unsigned k = 0; k < std::max(1u, impl_->options.jobs); ++k)
    impl_->workers.emplace_back([this] { impl_->work(); });
}

Watcher::~Watcher() {
  impl_->queue.close();
  for (std::thread& t : impl_->workers)
    if (t.joinable()) t.join();
}

void Watcher::add(indexer::Document doc) {
  Impl& m = *impl_;
  m.rethrow();
  m.pending_bytes += doc.text.size();
  m.pending.docs.push_back(std::move(doc));
  if (m.pending_bytes >= m.options.batch_bytes) m.send();
}

void Watcher::finish() {
  Impl& m = *impl_;
  m.rethrow();
  m.send();
  m.queue.close();
  for (std::thread& t : m.workers) t.join();
  m.rethrow();
}

}  // namespace lexkz::query

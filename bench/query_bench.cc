// Query latency (issue 6): p50/p95/p99 for single words, phrases, boolean and NEAR
// queries on a lexkz index, next to the same queries on the plain Xapian TermGenerator
// index (Xapian::QueryParser, Russian stemmer, STEM_SOME) and on SQLite FTS5 (MATCH).
//
//   build/query_bench LEXKZ_DB XAPIAN_DB FTS5_FILE INPUT...  [env ROUNDS=5 PER_KIND=50]
//
// Queries are drawn from INPUT (the corpus that was indexed) with a fixed seed, so every
// run asks the same questions: lower-case Cyrillic words of ≥ 5 letters from random
// passages; phrases of two adjacent such words; "a AND b", "a OR b", "a NOT b" with words
// of one passage; "a NEAR/5 b" with words ≤ 5 apart in one passage. All engines are
// warm (one untimed pass first) and fetch the top 10 with their stored text; lexkz also
// builds its snippets and opens its database per query, as `lexkz search` does.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include <xapian.h>

#include "bench/bench_support.h"
#include "query/searcher.h"
#include "text/analyzer.h"

namespace {

using lexkz::bench::Clock;

enum Kind { kWord, kPhrase, kBoolean, kNear, kKinds };
const char* const kKindNames[kKinds] = {"word", "phrase", "boolean", "near"};

// One question in each engine's syntax.
struct Query {
  Kind kind;
  std::string lexkz, xapian, fts5;
};

// True for a lower-case Cyrillic letter, Russian or Kazakh (а–я, ё, і ғ қ ң ө ұ ү һ ә).
bool lower_cyrillic(char32_t c) {
  return (c >= U'а' && c <= U'я') || c == U'ё' || c == U'і' || c == U'ғ' || c == U'қ' || c == U'ң' ||
         c == U'ө' || c == U'ұ' || c == U'ү' || c == U'һ' || c == U'ә';
}

// A word fit for a query: ≥ 5 lower-case Cyrillic letters, nothing else. Decodes only the
// two-byte UTF-8 forms Cyrillic uses; anything else disqualifies the word.
bool query_word(std::string_view w) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < w.size(); i += 2, ++letters) {
    unsigned char a = w[i];
    if ((a & 0xE0) != 0xC0 || i + 1 >= w.size()) return false;
    char32_t c = ((a & 0x1F) << 6) | (static_cast<unsigned char>(w[i + 1]) & 0x3F);
    if (!lower_cyrillic(c)) return false;
  }
  return letters >= 5;
}

// A passage cut at white space; `words[i]` is empty when chunk i is not a query word,
// and `joined[i]` says chunk i is followed directly by chunk i+1 (no punctuation between).
struct Chunks {
  std::vector<std::string> words;
  std::vector<bool> joined;
};

Chunks chunk(std::string_view text) {
  Chunks c;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' && text[j] != '\r') ++j;
    if (j == i) break;
    std::string_view w = text.substr(i, j - i);
    bool punct = false;
    while (!w.empty() && std::string_view(",.;:!?)»\"").find(w.back()) != std::string_view::npos) {
      w.remove_suffix(1);
      punct = true;
    }
    c.words.emplace_back(query_word(w) ? std::string(w) : std::string());
    c.joined.push_back(!punct);
    i = j;
  }
  return c;
}

std::vector<Query> make_queries(const std::vector<std::string>& inputs, std::size_t per_kind) {
  std::vector<Chunks> passages;
  lexkz::bench::for_each_passage(inputs, [&](std::string_view text) {
    Chunks c = chunk(text);
    if (std::count_if(c.words.begin(), c.words.end(), [](const std::string& w) { return !w.empty(); }) >= 2)
      passages.push_back(std::move(c));
  });
  std::mt19937_64 rng(20240601);  // fixed: the same questions every run
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  auto q = [](const std::string& w) { return "\"" + w + "\""; };
  std::vector<Query> out;
  std::size_t count[kKinds] = {};
  for (std::size_t tries = 0; tries < 1000000 && out.size() < per_kind * kKinds; ++tries) {
    const Chunks& p = passages[pick(passages.size())];
    const std::size_t n = p.words.size();
    const std::size_t i = pick(n);
    if (p.words[i].empty()) continue;
    const std::string& a = p.words[i];
    Kind kind = static_cast<Kind>(tries % kKinds);
    if (count[kind] >= per_kind) continue;
    if (kind == kWord) {
      out.push_back({kind, a, a, q(a)});
    } else if (kind == kPhrase) {
      if (i + 1 >= n || p.words[i + 1].empty() || !p.joined[i]) continue;
      std::string ph = "\"" + a + " " + p.words[i + 1] + "\"";
      out.push_back({kind, ph, ph, ph});
    } else if (kind == kNear) {
      std::size_t j = i + 2 + pick(4);  // 2..5 words on: NEAR, not a phrase
      if (j >= n || p.words[j].empty() || p.words[j] == a) continue;
      const std::string& b = p.words[j];
      std::string x = a + " NEAR/5 " + b;
      out.push_back({kind, x, x, "NEAR(" + q(a) + " " + q(b) + ", 5)"});
    } else {
      std::size_t j = pick(n);
      if (p.words[j].empty() || p.words[j] == a) continue;
      const std::string& b = p.words[j];
      static const char* const ops[] = {"AND", "OR", "NOT"};
      std::string op = ops[count[kind] % 3];
      out.push_back({kind, a + " " + op + " " + b, a + " " + op + " " + b, q(a) + " " + op + " " + q(b)});
    }
    ++count[kind];
  }
  return out;
}

// Latencies of one engine, per kind, and how many queries found something.
struct Timings {
  std::vector<double> ms[kKinds];
  std::size_t nonempty[kKinds] = {}, total[kKinds] = {};
};

template <typename Run>  // Run: const Query& → number of hits returned
Timings measure(const std::vector<Query>& queries, int rounds, Run&& run) {
  Timings t;
  for (const Query& query : queries) {  // warm-up pass, untimed; also counts hits
    ++t.total[query.kind];
    if (run(query) > 0) ++t.nonempty[query.kind];
  }
  for (int r = 0; r < rounds; ++r)
    for (const Query& query : queries) {
      auto t0 = Clock::now();
      run(query);
      t.ms[query.kind].push_back(lexkz::bench::seconds_since(t0) * 1e3);
    }
  return t;
}

double percentile(std::vector<double> v, double p) {  // nearest rank
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  std::size_t rank = static_cast<std::size_t>(p / 100.0 * v.size() + 0.999999);
  return v[std::min(v.size(), std::max<std::size_t>(rank, 1)) - 1];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::cerr << "usage: query_bench LEXKZ_DB XAPIAN_DB FTS5_FILE INPUT...\n";
    return 2;
  }
  const std::string lexkz_db = argv[1], xapian_db = argv[2], fts5_file = argv[3];
  std::vector<std::string> inputs(argv + 4, argv + argc);
  const int rounds = std::getenv("ROUNDS") ? std::atoi(std::getenv("ROUNDS")) : 5;
  const std::size_t per_kind = std::getenv("PER_KIND") ? std::atoi(std::getenv("PER_KIND")) : 50;

  const std::vector<Query> queries = make_queries(inputs, per_kind);
  if (std::getenv("SHOW_QUERIES"))
    for (const Query& q : queries) std::fprintf(stderr, "%-8s %s\n", kKindNames[q.kind], q.lexkz.c_str());

  // lexkz, through the library call `lexkz search` makes.
  lexkz::text::Analyzer analyzer;
  Timings lexkz_t = measure(queries, rounds, [&](const Query& q) {
    lexkz::query::SearchRequest req;
    req.databases = {lexkz_db};
    req.query = q.lexkz;
    req.limit = 10;
    try {
      return lexkz::query::search(req, analyzer).hits.size();
    } catch (const std::exception& e) {
      std::cerr << "query_bench: lexkz: " << q.lexkz << ": " << e.what() << '\n';
      return std::size_t{0};
    }
  });

  // Plain Xapian: QueryParser with the indexer's stemmer and strategy, AND by default
  // as lexkz does.
  Xapian::Database xdb(xapian_db);
  Xapian::QueryParser qp;
  qp.set_stemmer(Xapian::Stem("russian"));
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  qp.set_database(xdb);
  qp.set_default_op(Xapian::Query::OP_AND);
  Timings xapian_t = measure(queries, rounds, [&](const Query& q) {
    Xapian::Enquire enquire(xdb);
    enquire.set_query(qp.parse_query(q.xapian));
    Xapian::MSet mset = enquire.get_mset(0, 10);
    std::size_t bytes = 0;
    for (auto it = mset.begin(); it != mset.end(); ++it) bytes += it.get_document().get_data().size();
    return bytes ? mset.size() : 0;
  });

  // SQLite FTS5: bm25 order (`rank`), the top 10 with their text.
  lexkz::bench::Sqlite sql;
  sqlite3* db = nullptr;
  if (sql.open(fts5_file.c_str(), &db) != SQLITE_OK) return 3;
  sqlite3_stmt* stmt = nullptr;
  if (sql.prepare(db, "SELECT rowid, body FROM p WHERE p MATCH ?1 ORDER BY rank LIMIT 10", -1, &stmt, nullptr) !=
      SQLITE_OK) {
    std::cerr << "query_bench: " << sql.errmsg(db) << '\n';
    return 3;
  }
  Timings fts5_t = measure(queries, rounds, [&](const Query& q) {
    sql.bind_text(stmt, 1, q.fts5.data(), static_cast<int>(q.fts5.size()), SQLITE_STATIC);
    std::size_t rows = 0, bytes = 0;
    while (sql.step(stmt) == SQLITE_ROW) {
      ++rows;
      bytes += sql.column_bytes(stmt, 1);
    }
    sql.reset(stmt);
    return rows;
  });
  sql.finalize(stmt);
  sql.close(db);

  std::printf("query latency, ms (warm, %d rounds × %zu queries per kind, top 10)\n", rounds, per_kind);
  std::printf("%-8s %-7s %8s %8s %8s %9s %9s %9s\n", "kind", "engine", "p50", "p95", "p99", "found", "p95/xap",
              "p95/fts5");
  for (int k = 0; k < kKinds; ++k) {
    const double xp95 = percentile(xapian_t.ms[k], 95), fp95 = percentile(fts5_t.ms[k], 95);
    for (auto [name, t] : {std::pair{"lexkz", &lexkz_t}, std::pair{"xapian", &xapian_t}, std::pair{"fts5", &fts5_t}}) {
      const double p95 = percentile(t->ms[k], 95);
      std::printf("%-8s %-7s %8.3f %8.3f %8.3f %5zu/%-3zu %9.2f %9.2f\n", kKindNames[k], name,
                  percentile(t->ms[k], 50), p95, percentile(t->ms[k], 99), t->nonempty[k], t->total[k],
                  xp95 > 0 ? p95 / xp95 : 0.0, fp95 > 0 ? p95 / fp95 : 0.0);
    }
  }
  return 0;
}

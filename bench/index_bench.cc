// The indexing baselines of issues 3 and 6, on exactly the passages lexkz indexes.
//
//   build/index_bench xapian DB_DIR INPUT...   plain Xapian TermGenerator indexer
//   build/index_bench fts5 DB_FILE INPUT...    SQLite FTS5, unicode61 tokenizer
//   build/index_bench split INPUT...           reading + splitting alone (shared cost)
//
// Every mode reads INPUT with lexkz's reader and splits with lexkz's splitter
// (bench_support.h), streaming, as a real indexer would; its time includes that work.
// Xapian: Stem("russian"), default STEM_SOME (exact form with positions + Z-stem), one
// document per passage with the passage text as data, add_document, one commit at the
// end (Xapian's default autoflush). FTS5: one row per passage, one transaction.
// Prints one line `mode=… bytes=… passages=… seconds=… mbps=…` on stdout; bench/run.sh
// wraps each run in /usr/bin/time -v for peak RSS and puts the figures side by side.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <xapian.h>

#include "bench/bench_support.h"

namespace {

using lexkz::bench::Clock;
using lexkz::bench::WalkCounts;

WalkCounts index_xapian(const std::string& path, const std::vector<std::string>& inputs) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator tg;
  tg.set_stemmer(Xapian::Stem("russian"));
  WalkCounts c = lexkz::bench::for_each_passage(inputs, [&](std::string_view text) {
    Xapian::Document doc;
    tg.set_document(doc);
    tg.index_text(Xapian::Utf8Iterator(text.data(), text.size()));
    doc.set_data(std::string(text));
    db.add_document(doc);
  });
  db.commit();
  return c;
}

WalkCounts index_fts5(const std::string& path, const std::vector<std::string>& inputs) {
  lexkz::bench::Sqlite sql;
  std::filesystem::remove(path);
  sqlite3* db = nullptr;
  if (sql.open(path.c_str(), &db) != SQLITE_OK) {
    std::cerr << "index_bench: cannot open " << path << '\n';
    std::exit(3);
  }
  sql.must(db, "CREATE VIRTUAL TABLE p USING fts5(body, tokenize='unicode61')");
  sql.must(db, "BEGIN");
  sqlite3_stmt* insert = nullptr;
  if (sql.prepare(db, "INSERT INTO p(body) VALUES (?1)", -1, &insert, nullptr) != SQLITE_OK) {
    std::cerr << "index_bench: " << sql.errmsg(db) << '\n';
    std::exit(3);
  }
  WalkCounts c = lexkz::bench::for_each_passage(inputs, [&](std::string_view text) {
    sql.bind_text(insert, 1, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    if (sql.step(insert) != SQLITE_DONE) {
      std::cerr << "index_bench: insert: " << sql.errmsg(db) << '\n';
      std::exit(3);
    }
    sql.reset(insert);
  });
  sql.finalize(insert);
  sql.must(db, "COMMIT");
  sql.close(db);
  return c;
}

int usage() {
  std::cerr << "usage: index_bench xapian DB_DIR INPUT... | fts5 DB_FILE INPUT... | split INPUT...\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usage();
  const std::string mode = args[0];
  const bool has_target = mode == "xapian" || mode == "fts5";
  if ((has_target && args.size() < 3) || (mode == "split" && args.size() < 2)) return usage();
  std::vector<std::string> inputs(args.begin() + (has_target ? 2 : 1), args.end());

  auto t0 = Clock::now();
  WalkCounts c;
  if (mode == "xapian") {
    c = index_xapian(args[1], inputs);
  } else if (mode == "fts5") {
    c = index_fts5(args[1], inputs);
  } else if (mode == "split") {
    std::size_t sink = 0;
    c = lexkz::bench::for_each_passage(inputs, [&](std::string_view text) { sink += text.size(); });
  } else {
    return usage();
  }
  const double s = lexkz::bench::seconds_since(t0);
  std::printf("mode=%s documents=%zu passages=%zu bytes=%zu seconds=%.3f mbps=%.2f\n", mode.c_str(),
              c.documents, c.passages, c.bytes, s, c.bytes / 1e6 / s);
  return c.rejected ? 2 : 0;
}

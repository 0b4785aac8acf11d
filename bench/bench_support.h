#pragma once
// Shared by the benchmarks in bench/: the passages every engine indexes (lexkz's own
// reader and splitter, so lexkz and the baselines see identical text), a wall clock, and
// SQLite loaded at run time (CMakeLists links bench executables to the lexkz libraries
// only; dlopen keeps the build file untouched and fails with a clear message).
#include <dlfcn.h>
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "indexer/reader.h"
#include "indexer/splitter.h"

namespace lexkz::bench {

using Clock = std::chrono::steady_clock;

/// Seconds since `t0`.
inline double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

/// What a passage walk saw: document text bytes (the MB/s denominator of every engine).
struct WalkCounts {
  std::size_t documents = 0, passages = 0, bytes = 0, rejected = 0;
};

/// Reads `inputs` as `lexkz index` does (same reader, same options) and calls
/// `on_passage(text)` for every passage of every document, in order.
inline WalkCounts for_each_passage(const std::vector<std::string>& inputs,
                                   const std::function<void(std::string_view)>& on_passage) {
  WalkCounts counts;
  indexer::RealFileSystem fs;
  indexer::read_inputs(
      inputs, fs, indexer::ReaderOptions{},
      [&](indexer::Document&& doc) {
        ++counts.documents;
        counts.bytes += doc.text.size();
        for (const indexer::Passage& p : indexer::split_document(doc)) {
          ++counts.passages;
          on_passage(std::string_view(doc.text).substr(p.start, p.end - p.start));
        }
      },
      [&](const indexer::Rejection& r) {
        ++counts.rejected;
        std::cerr << "bench: " << indexer::to_string(r) << '\n';
      });
  return counts;
}

/// The few SQLite entry points the benchmarks use, resolved from libsqlite3.so.0.
struct Sqlite {
  decltype(&sqlite3_open) open = nullptr;
  decltype(&sqlite3_close) close = nullptr;
  decltype(&sqlite3_exec) exec = nullptr;
  decltype(&sqlite3_errmsg) errmsg = nullptr;
  decltype(&sqlite3_prepare_v2) prepare = nullptr;
  decltype(&sqlite3_bind_text) bind_text = nullptr;
  decltype(&sqlite3_step) step = nullptr;
  decltype(&sqlite3_reset) reset = nullptr;
  decltype(&sqlite3_finalize) finalize = nullptr;
  decltype(&sqlite3_column_int64) column_int64 = nullptr;
  decltype(&sqlite3_column_text) column_text = nullptr;
  decltype(&sqlite3_column_bytes) column_bytes = nullptr;

  /// Loads the library or exits with a message naming the Debian package.
  Sqlite() {
    void* h = dlopen("libsqlite3.so.0", RTLD_NOW);
    if (!h) {
      std::cerr << "bench: cannot load libsqlite3.so.0 (apt install libsqlite3-0): " << dlerror() << '\n';
      std::exit(2);
    }
    auto load = [h](auto& fn, const char* name) {
      fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(dlsym(h, name));
      if (!fn) {
        std::cerr << "bench: libsqlite3 lacks " << name << '\n';
        std::exit(2);
      }
    };
    load(open, "sqlite3_open");
    load(close, "sqlite3_close");
    load(exec, "sqlite3_exec");
    load(errmsg, "sqlite3_errmsg");
    load(prepare, "sqlite3_prepare_v2");
    load(bind_text, "sqlite3_bind_text");
    load(step, "sqlite3_step");
    load(reset, "sqlite3_reset");
    load(finalize, "sqlite3_finalize");
    load(column_int64, "sqlite3_column_int64");
    load(column_text, "sqlite3_column_text");
    load(column_bytes, "sqlite3_column_bytes");
  }

  /// Runs SQL with no results, or exits with SQLite's message.
  void must(sqlite3* db, const char* sql) const {
    char* err = nullptr;
    if (exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::cerr << "bench: sqlite: " << (err ? err : "?") << " in: " << sql << '\n';
      std::exit(3);
    }
  }
};

}  // namespace lexkz::bench

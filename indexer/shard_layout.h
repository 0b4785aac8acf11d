#pragma once
// The on-disk layout of a lexkz index: a directory holding N Xapian shards and a stub file
// `XAPIANDB` that names them, one `glass shard-K.gG` line each. Xapian opens such a
// directory as one database (its own stub-database feature), so searches need nothing
// special; the stub may also name `remote tcp HOST PORT` shards served by xapian-tcpsrv.
//
// Why shards: Xapian allows one writer per database, and the writer is where indexing
// spends its time (bench/README.md). With one shard per worker, N workers write in
// parallel. A document lives whole in one shard (a new one goes to the shard given the
// fewest bytes in the run; a changed one stays where it is), so replacing or removing it
// touches one shard and every commit holds whole documents. The generation suffix (.gG) lets compaction build a new copy of a
// shard and switch to it by rewriting the stub atomically (write + rename), so a crash
// leaves either the old or the new shard named, never none.
#include <cstddef>
#include <string>
#include <vector>

namespace lexkz::indexer {

/// The shards of an index directory.
struct ShardLayout {
  std::string root;                 ///< the index directory
  std::vector<std::string> shards;  ///< shard directory names, relative to root, in order
  std::vector<std::string> extra;   ///< stub lines lexkz does not manage (remote shards)

  /// The absolute path of shard `k`.
  std::string shard_path(std::size_t k) const { return root + "/" + shards[k]; }
};

/// Reads the layout of `root`; nullopt-like empty `shards` when there is no stub yet.
/// Throws std::runtime_error when `root` is an index of another layout.
ShardLayout read_layout(const std::string& root);

/// Creates `root` (if needed) with `n` empty shard names (the shards themselves are
/// created by the writers) and writes the stub. `root` must not hold an index yet.
ShardLayout create_layout(const std::string& root, std::size_t n);

/// Rewrites the stub atomically (temporary file + rename + fsync).
void write_stub(const ShardLayout& layout);

/// The next generation's name of a shard: "shard-0.g1" → "shard-0.g2".
std::string next_generation(const std::string& shard_name);

}  // namespace lexkz::indexer

#pragma once
// Compression of the passage records stored with every passage (passage_record.h).
//
// Why: the records hold the passage text, a quarter of the index. Xapian deflates each
// record on its own, and a 400-byte passage barely compresses alone (zlib 1.8×). A zstd
// dictionary trained on passages sampled from the index's first 8 MB (index_writer.cc)
// knows the vocabulary of the corpus ("Республики Казахстан", "настоящего Кодекса") and
// gets 3.5× on the same passages, at 200 MB/s (bench/README.md). The dictionary is written into every shard's metadata
// (kDictionaryKey), so any reader — local or through a remote shard — can decode.
//
// A stored record is one zstd frame; its header names the dictionary (0: none), so shards
// of different indexes searched together each decode with their own.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lexkz::indexer {

class RecordCodec {
 public:
  /// A codec without a dictionary: plain zstd, and it decodes only such records.
  RecordCodec();

  /// A codec without a dictionary at zstd's fastest level (nearly a copy), for records
  /// that live only as long as a batch (`lexkz watch`, query/watcher.h): there the zstd
  /// work of the default level was a quarter of building a passage.
  static RecordCodec fastest();

  /// Trains a dictionary on sample passages; "" when they are too few or too small for
  /// one (a tiny index then stores plain zstd frames).
  static std::string train(const std::vector<std::string>& samples);

  /// Compresses with `dictionary` from now on (and decodes with it). "" keeps none.
  /// Throws std::runtime_error on bytes that are not a zstd dictionary.
  void use_dictionary(const std::string& dictionary);
  /// Decodes records made with `dictionary` too (another index searched alongside).
  void add_dictionary(const std::string& dictionary);
  /// The dictionary records are compressed with ("" for none).
  const std::string& dictionary() const;

  /// One record in, one zstd frame out. Thread-safe.
  std::string compress(std::string_view record) const;
  /// Inverse of compress; throws std::runtime_error on data that is not such a frame or
  /// whose dictionary this codec lacks. Thread-safe.
  std::string decompress(std::string_view stored) const;

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;  // shared: copies are cheap and see the same dictionaries
};

}  // namespace lexkz::indexer

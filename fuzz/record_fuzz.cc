// libFuzzer target: decode_record on arbitrary bytes — what a damaged index or a remote
// shard could hand the searcher. It must return a record or throw std::runtime_error,
// never crash; what it returns must encode and decode to the same text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <string>

#include "indexer/passage_record.h"
#include "indexer/record_codec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const lexkz::indexer::RecordCodec codec;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  try {
    const lexkz::indexer::PassageRecord r = lexkz::indexer::decode_record(bytes, codec);
    if (lexkz::indexer::decode_record(lexkz::indexer::encode_record(r, codec), codec).text != r.text) std::abort();
  } catch (const std::runtime_error&) {
  }
  return 0;
}

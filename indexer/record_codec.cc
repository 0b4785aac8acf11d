#include "indexer/record_codec.h"

#include <map>
#include <mutex>
#include <stdexcept>

#define ZDICT_STATIC_LINKING_ONLY
#include <zdict.h>
#include <zstd.h>

namespace lexkz::indexer {
namespace {

// Level 3 (zstd's default): levels above it buy a few per cent of size for half the speed.
constexpr int kLevel = 3;
// 64 KiB: measured on legal passages, 3.66× against 3.42× for 16 KiB (bench/README.md).
constexpr std::size_t kDictionaryBytes = 64 << 10;

struct CCtxFree {
  void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
};
struct DCtxFree {
  void operator()(ZSTD_DCtx* c) const { ZSTD_freeDCtx(c); }
};
struct CDictFree {
  void operator()(ZSTD_CDict* d) const { ZSTD_freeCDict(d); }
};
struct DDictFree {
  void operator()(ZSTD_DDict* d) const { ZSTD_freeDDict(d); }
};

// One compression and one decompression context per thread: contexts are not
// thread-safe, and making one per record costs more than compressing it.
ZSTD_CCtx* thread_cctx() {
  thread_local std::unique_ptr<ZSTD_CCtx, CCtxFree> c(ZSTD_createCCtx());
  return c.get();
}
ZSTD_DCtx* thread_dctx() {
  thread_local std::unique_ptr<ZSTD_DCtx, DCtxFree> c(ZSTD_createDCtx());
  return c.get();
}

}  // namespace

struct RecordCodec::Impl {
  int level = kLevel;
  std::string dictionary;
  std::unique_ptr<ZSTD_CDict, CDictFree> cdict;
  std::mutex mu;  // guards ddicts: searches may add dictionaries while others decode
  std::map<unsigned, std::shared_ptr<ZSTD_DDict>> ddicts;

  std::shared_ptr<ZSTD_DDict> ddict(unsigned id) {
    std::lock_guard lock(mu);
    auto it = ddicts.find(id);
    return it == ddicts.end() ? nullptr : it->second;
  }
};

RecordCodec::RecordCodec() : impl_(std::make_shared<Impl>()) {}

RecordCodec RecordCodec::fastest() {
  RecordCodec codec;
  codec.impl_->level = ZSTD_minCLevel();
  return codec;
}

std::string RecordCodec::train(const std::vector<std::string>& samples) {
  std::string joined;
  std::vector<std::size_t> sizes;
  for (const std::string& s : samples) {
    if (s.empty()) continue;
    joined += s;
    sizes.push_back(s.size());
  }
  // zstd's trainer needs many samples and ten times the dictionary size of text; below
  // that a dictionary is noise.
  if (sizes.size() < 100 || joined.size() < 10 * 1024) return "";
  std::string dict(kDictionaryBytes, '\0');
  const std::size_t n = ZDICT_trainFromBuffer(dict.data(), dict.size(), joined.data(), sizes.data(),
                                              static_cast<unsigned>(sizes.size()));
  if (ZDICT_isError(n)) return "";
  dict.resize(n);
  return dict;
}

void RecordCodec::add_dictionary(const std::string& dictionary) {
  if (dictionary.empty()) return;
  const unsigned id = ZDICT_getDictID(dictionary.data(), dictionary.size());
  if (id == 0) throw std::runtime_error("index holds a record dictionary that is not a zstd dictionary");
  if (impl_->ddict(id)) return;
  std::shared_ptr<ZSTD_DDict> d(ZSTD_createDDict(dictionary.data(), dictionary.size()), DDictFree());
  if (!d) throw std::runtime_error("index holds a record dictionary zstd cannot load");
  std::lock_guard lock(impl_->mu);
  impl_->ddicts.emplace(id, std::move(d));
}

void RecordCodec::use_dictionary(const std::string& dictionary) {
  add_dictionary(dictionary);
  impl_->dictionary = dictionary;
  impl_->cdict.reset(dictionary.empty() ? nullptr : ZSTD_createCDict(dictionary.data(), dictionary.size(), kLevel));
}

const std::string& RecordCodec::dictionary() const { return impl_->dictionary; }

std::string RecordCodec::compress(std::string_view record) const {
  std::string out(ZSTD_compressBound(record.size()), '\0');
  ZSTD_CCtx* c = thread_cctx();
  const std::size_t n = impl_->cdict
                            ? ZSTD_compress_usingCDict(c, out.data(), out.size(), record.data(), record.size(),
                                                       impl_->cdict.get())
                            : ZSTD_compressCCtx(c, out.data(), out.size(), record.data(), record.size(), impl_->level);
  if (ZSTD_isError(n)) throw std::runtime_error(std::string("compressing a passage record: ") + ZSTD_getErrorName(n));
  out.resize(n);
  return out;
}

std::string RecordCodec::decompress(std::string_view stored) const {
  const unsigned long long size = ZSTD_getFrameContentSize(stored.data(), stored.size());
  // A record is a passage plus a few fields; anything claiming more is not ours.
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (64ull << 20))
    throw std::runtime_error("index holds a passage that is not a lexkz record");
  const unsigned id = ZSTD_getDictID_fromFrame(stored.data(), stored.size());
  std::shared_ptr<ZSTD_DDict> d;
  if (id != 0 && !(d = impl_->ddict(id)))
    throw std::runtime_error("index holds records compressed with a dictionary it does not store (id " +
                             std::to_string(id) + ")");
  std::string out(size, '\0');
  ZSTD_DCtx* c = thread_dctx();
  const std::size_t n = d ? ZSTD_decompress_usingDDict(c, out.data(), out.size(), stored.data(), stored.size(), d.get())
                          : ZSTD_decompressDCtx(c, out.data(), out.size(), stored.data(), stored.size());
  if (ZSTD_isError(n) || n != size) throw std::runtime_error("index holds a passage that is not a lexkz record");
  return out;
}

}  // namespace lexkz::indexer

#pragma once
// Reading named entries of a zip archive held in memory (DOCX and ODT are zips), with
// zip-bomb defences. libzip rather than libarchive: DOCX/ODT readers need a few entries by
// name, and libzip looks them up in the central directory and reports each entry's sizes
// before inflating anything, so the caps below are checked before a byte is inflated;
// libarchive streams entries in archive order and knows sizes only from local headers.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace lexkz::indexer {

/// The defences against archives built to exhaust memory or time.
struct ZipLimits {
  /// Most bytes inflated from the whole archive across every entry read.
  std::size_t max_total_bytes = std::size_t{256} << 20;
  /// Most entries in the central directory (a real DOCX has a few dozen).
  std::size_t max_entries = 10000;
  /// An entry inflating to more than `ratio_floor_bytes` may not exceed this
  /// inflated:compressed ratio (XML compresses ~10:1; a bomb 1000:1 or more).
  double max_ratio = 100.0;
  /// Entries (and totals) below this size are not ratio-checked: small XML can compress well.
  std::size_t ratio_floor_bytes = std::size_t{4} << 20;
};

/// A zip archive over a caller-owned byte buffer (which must outlive it).
class ZipArchive {
 public:
  /// Opens `bytes` as a zip; throws FormatError ("not a zip archive", "too many entries").
  ZipArchive(std::string_view bytes, ZipLimits limits = {});
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  /// True when an entry of exactly this name exists.
  bool has(const std::string& name) const;
  /// The inflated bytes of entry `name`, or nullopt when absent. Throws FormatError when the
  /// entry would break a limit (size, ratio, the archive's total) or is damaged/encrypted.
  std::optional<std::string> read(const std::string& name);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lexkz::indexer

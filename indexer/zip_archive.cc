#include "indexer/zip_archive.h"

#include <zip.h>

#include "indexer/extracted_text.h"

namespace lexkz::indexer {

struct ZipArchive::Impl {
  zip_t* zip = nullptr;
  ZipLimits limits;
  std::size_t inflated = 0;    // bytes inflated so far, over every entry read
  std::size_t compressed = 0;  // their compressed sizes
};

namespace {

std::string mb(std::size_t bytes) { return std::to_string(bytes >> 20) + " MB"; }

}  // namespace

ZipArchive::ZipArchive(std::string_view bytes, ZipLimits limits) : impl_(std::make_unique<Impl>()) {
  impl_->limits = limits;
  zip_error_t error;
  zip_error_init(&error);
  // freep = 0: the source only borrows the caller's buffer.
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) {
    zip_error_fini(&error);
    throw FormatError("cannot open the zip archive: out of memory");
  }
  // ZIP_CHECKCONS: the central directory must agree with the local headers, so sizes
  // checked below are the sizes libzip inflates to.
  impl_->zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (!impl_->zip) {
    std::string why = zip_error_strerror(&error);
    zip_source_free(source);
    zip_error_fini(&error);
    throw FormatError("not a valid zip archive (" + why + ")");
  }
  zip_error_fini(&error);
  zip_int64_t n = zip_get_num_entries(impl_->zip, 0);
  if (n < 0 || static_cast<std::size_t>(n) > limits.max_entries) {
    zip_discard(impl_->zip);
    impl_->zip = nullptr;
    throw FormatError("zip archive with " + std::to_string(n) + " entries (more than " +
                      std::to_string(limits.max_entries) + "); refused as a possible zip bomb");
  }
}

ZipArchive::~ZipArchive() {
  if (impl_->zip) zip_discard(impl_->zip);
}

bool ZipArchive::has(const std::string& name) const {
  return zip_name_locate(impl_->zip, name.c_str(), 0) >= 0;
}

std::optional<std::string> ZipArchive::read(const std::string& name) {
  zip_int64_t index = zip_name_locate(impl_->zip, name.c_str(), 0);
  if (index < 0) return std::nullopt;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(impl_->zip, static_cast<zip_uint64_t>(index), 0, &st) != 0 ||
      !(st.valid & ZIP_STAT_SIZE) || !(st.valid & ZIP_STAT_COMP_SIZE))
    throw FormatError("zip entry " + name + " is damaged");
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
    throw FormatError("zip entry " + name + " is encrypted (a password-protected document)");
  const ZipLimits& lim = impl_->limits;
  const std::size_t size = st.size, comp = st.comp_size;
  if (size > lim.max_total_bytes - std::min(impl_->inflated, lim.max_total_bytes))
    throw FormatError("zip entry " + name + " inflates to " + mb(size) + ", over the " +
                      mb(lim.max_total_bytes) + " cap; refused as a possible zip bomb");
  if (size > lim.ratio_floor_bytes && static_cast<double>(size) > lim.max_ratio * static_cast<double>(comp))
    throw FormatError("zip entry " + name + " inflates " + std::to_string(size / (comp ? comp : 1)) +
                      ":1 (" + mb(size) + "); refused as a possible zip bomb");
  const std::size_t total = impl_->inflated + size, total_comp = impl_->compressed + comp;
  if (total > lim.ratio_floor_bytes && static_cast<double>(total) > lim.max_ratio * static_cast<double>(total_comp))
    throw FormatError("zip archive inflates " + std::to_string(total / (total_comp ? total_comp : 1)) +
                      ":1 over its entries; refused as a possible zip bomb");
  zip_file_t* file = zip_fopen_index(impl_->zip, static_cast<zip_uint64_t>(index), 0);
  if (!file) throw FormatError("zip entry " + name + " cannot be opened (" + zip_strerror(impl_->zip) + ")");
  std::string out;
  out.resize(size);
  std::size_t got = 0;
  while (got < size) {
    zip_int64_t n = zip_fread(file, out.data() + got, size - got);
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  // libzip checks the CRC when a read reaches the entry's end, so read once more: 0 bytes
  // is a sound entry, an error a damaged one (a short read: a truncated archive).
  char probe;
  bool sound = got == size && zip_fread(file, &probe, 1) == 0;
  std::string why = sound ? "" : zip_file_strerror(file);
  zip_fclose(file);
  if (!sound) throw FormatError("zip entry " + name + " is damaged (" + why + ")");
  impl_->inflated = total;
  impl_->compressed = total_comp;
  return out;
}

}  // namespace lexkz::indexer

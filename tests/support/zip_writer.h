#pragma once
// Builds zip archives in memory for tests (DOCX and ODT fixtures, zip bombs) with libzip,
// so no binary fixture is committed. Header-only; tests include it.
#include <zip.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace lexkz::testing {

/// One entry: name, bytes, and whether to store it uncompressed (ODF's "mimetype").
struct ZipEntry {
  std::string name;
  std::string data;
  bool store = false;
};

/// The bytes of a zip archive holding `entries` in order (deflated unless `store`).
inline std::string make_zip(const std::vector<ZipEntry>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!buffer) throw std::runtime_error("zip_source_buffer_create failed");
  zip_source_keep(buffer);  // read the bytes back after zip_close
  zip_t* za = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (!za) throw std::runtime_error("zip_open_from_source failed");
  for (const ZipEntry& e : entries) {
    zip_source_t* src = zip_source_buffer(za, e.data.data(), e.data.size(), 0);
    zip_int64_t index = zip_file_add(za, e.name.c_str(), src, ZIP_FL_ENC_UTF_8);
    if (index < 0) throw std::runtime_error("zip_file_add failed");
    zip_set_file_compression(za, static_cast<zip_uint64_t>(index), e.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
  }
  if (zip_close(za) != 0) throw std::runtime_error("zip_close failed");
  zip_stat_t st;
  zip_source_stat(buffer, &st);
  std::string out(st.size, '\0');
  zip_source_open(buffer);
  zip_source_read(buffer, out.data(), st.size);
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return out;
}

}  // namespace lexkz::testing

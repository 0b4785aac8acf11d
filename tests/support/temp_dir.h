#pragma once
// A temporary directory for end-to-end tests, removed with everything in it when the
// object goes. Header-only; tests include it.
#include <stdlib.h>

#include <filesystem>
#include <stdexcept>
#include <string>

namespace lexkz::testing {

/// A fresh directory under the system's temporary directory, named `prefix-XXXXXX`.
struct TempDir {
  std::filesystem::path path;

  explicit TempDir(const std::string& prefix) {
    std::string tmpl = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed for " + tmpl);
    path = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  /// The path of `name` inside the directory, as a string (for command lines).
  std::string operator/(const std::string& name) const { return (path / name).string(); }
};

}  // namespace lexkz::testing

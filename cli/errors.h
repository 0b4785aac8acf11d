#pragma once
// Typed errors that reach the top of the program: each carries its exit code, and the
// top prints "lexkz: error: <what>" once (STYLE.md habit 11).
#include <stdexcept>
#include <string>

namespace lexkz::cli {

/// Bad usage or bad input (exit 2).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The database is busy or broken (exit 3), e.g. locked by another writer.
class DatabaseBusy : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace lexkz::cli

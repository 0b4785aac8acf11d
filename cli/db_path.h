#pragma once
// The database path rule of the contract: --db, else $LEXKZ_DB, else ./lexkz-index.
#include <string>

namespace lexkz::cli {

/// `given` if non-empty, else $LEXKZ_DB, else "lexkz-index".
std::string default_db_path(const std::string& given = "");

}  // namespace lexkz::cli

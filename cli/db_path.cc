#include "cli/db_path.h"

#include <cstdlib>

namespace lexkz::cli {

std::string default_db_path(const std::string& given) {
  if (!given.empty()) return given;
  if (const char* env = std::getenv("LEXKZ_DB"); env && *env) return env;
  return "lexkz-index";
}

}  // namespace lexkz::cli

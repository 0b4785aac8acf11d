#include "indexer/document.h"

namespace lexkz::indexer {

bool is_known_type(const std::string& type) {
  return type == "statute" || type == "ruling" || type == "transcript" || type == "convention" ||
         type == "other";
}

}  // namespace lexkz::indexer

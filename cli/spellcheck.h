#pragma once
// "Did you mean …?" for mistyped names (ninja's SpellcheckStringV).
#include <string>
#include <string_view>
#include <vector>

namespace lexkz::cli {

/// The candidate closest to `word` by edit distance, or "" when none is within 2 edits.
std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace lexkz::cli

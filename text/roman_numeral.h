#pragma once
// Roman numerals: law numbers ("№ 321-VI", "XII созыв") are neither Kazakh nor Russian
// words, and a homoglyph "VІ" (Cyrillic І) is a numeral, not a Kazakh word.
#include <string_view>

namespace lexkz::text {

/// True for a strict lower-case ASCII Roman numeral, i … mmmcmxcix ("iv", "xii", "mcmxc");
/// false for "" and for anything not in canonical form ("iiii", "vx").
bool is_roman_numeral(std::string_view lower_ascii);

}  // namespace lexkz::text

#pragma once
// Homoglyph repair: real files mix Latin letters into Cyrillic words (Kazakh "Бiз",
// "енгiзiледi" typed with Latin i; Russian words with Latin a/e/o/p/c/x/y) and Cyrillic
// letters into Latin ones (Cyrillic І in "№ 321-VІ").
#include <string>
#include <string_view>

namespace lexkz::text {

/// Repairs one folded (lower-case) word: when the word is mostly Cyrillic, Latin
/// look-alikes become Cyrillic (Latin i → U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-
/// UKRAINIAN I, the Kazakh і); when mostly Latin, Cyrillic look-alikes become Latin.
/// Words in one script are returned unchanged. The table is in homoglyph.cc, each
/// entry naming its code points.
std::string repair_homoglyphs(std::string_view folded_word);

}  // namespace lexkz::text

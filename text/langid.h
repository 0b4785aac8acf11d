#pragma once
// Language identification, per token and per passage, for Russian and Kazakh.
#include <span>
#include <string_view>

#include "text/lang.h"

namespace lexkz::text {

/// The evidence one folded Cyrillic word gives: kk when it has a Kazakh-only letter
/// (ә ғ қ ң ө ұ ү һ і) or is a Kazakh function word or ends in a Kazakh-only suffix;
/// ru when it is a Russian function word or has Russian-only letters/suffixes
/// (ё щ ъ э are not decisive alone: see langid.cc); none when undecided.
Lang token_lang_evidence(std::string_view folded_word);

/// The language of a passage from the evidence of its tokens: the majority of
/// decided tokens, ties and no evidence → none.
Lang passage_lang(std::span<const Lang> token_evidence);

}  // namespace lexkz::text

#pragma once
// GET /doc/DOC_ID: the whole document rebuilt from its stored passages, in order, each
// with an anchor #p<N> (N = passage number) and its tags; the passage ?p=N is marked as
// the hit, and the fragment scrolls to it (CSS :target highlights it too, no script).
#include <optional>
#include <string>
#include <vector>

#include "indexer/passage_record.h"
#include "server/ui_text.h"

namespace lexkz::server {

/// The body of the document page; `hit` is the passage to mark, if any.
std::string document_body(const std::vector<indexer::PassageRecord>& passages, std::optional<std::size_t> hit, Ui ui,
                          bool truncated);

}  // namespace lexkz::server

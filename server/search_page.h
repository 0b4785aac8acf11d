#pragma once
// GET /search: hits (cite, title, number, date, status, highlighted snippet, tags), facet
// counts as links that add a filter, active filters as links that remove one, a date
// form, pagination. Everything in the URL.
#include <string>

#include "query/searcher.h"
#include "server/search_params.h"

namespace lexkz::server {

/// The body of the search page (render_page adds the frame).
std::string search_body(const SearchParams& params, const query::SearchResult& result);

/// The passage metadata line shared by hits and definitions: doc, number, date, status,
/// version, page, OCR — each only when the record has it (issue 10 fills them).
std::string record_meta_html(const indexer::PassageRecord& record, Ui ui);

/// The tag badges of a passage; each links to a search for that tag when `link` is true.
std::string tags_html(const std::vector<std::string>& tags, Ui ui);

}  // namespace lexkz::server

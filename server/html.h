#pragma once
// Escaping for the server's pages: every string from the index or the request goes
// through one of these before it reaches HTML, an attribute or a URL (issue 11, security).
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lexkz::server {

/// Text and attribute values (double-quoted): & < > " ' become entities. Invalid UTF-8
/// is passed through byte for byte (the browser shows U+FFFD; it cannot break out).
std::string html_escape(std::string_view text);

/// Percent-encodes one URL component (a query value or a path segment): everything but
/// the RFC 3986 unreserved characters A-Z a-z 0-9 - . _ ~ is %XX-encoded, so '/', '?',
/// '#', '&', '=', quotes and non-ASCII bytes never end the component.
std::string url_encode(std::string_view component);

/// `path` plus a query string from `params` in order, pairs with an empty value left out:
/// url("/search", {{"q", "a b"}, {"lang", ""}}) == "/search?q=a%20b". The result still
/// needs html_escape inside an attribute (for '&').
std::string url(std::string_view path, const std::vector<std::pair<std::string, std::string>>& params);

/// The snippet text with each byte range of `marks` (half-open, ascending, inside
/// `text`) wrapped in <mark>…</mark>, every other byte escaped. Ranges outside the
/// text or overlapping a previous one are ignored.
std::string marked_html(std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>>& marks);

}  // namespace lexkz::server

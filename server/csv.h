#pragma once
// CSV for spreadsheet programs (RFC 4180): CRLF line ends, every field quoted, quotes
// doubled; the file starts with a UTF-8 BOM so Excel opens Cyrillic right.
#include <string>
#include <string_view>
#include <vector>

namespace lexkz::server {

/// The UTF-8 byte order mark that starts the file.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

/// One field, quoted. A field starting with = + - @ or a tab is prefixed with ' so a
/// spreadsheet shows it as text instead of running it as a formula (CSV injection).
std::string csv_field(std::string_view value);

/// One record: the fields joined by commas, ended by CRLF.
std::string csv_row(const std::vector<std::string>& fields);

}  // namespace lexkz::server

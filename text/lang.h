#pragma once
// The languages lexkz knows, and how they are spelled in options and JSON.
#include <iosfwd>
#include <optional>
#include <string_view>

namespace lexkz::text {

/// A token's or passage's language. `none` marks tokens with no letters of either
/// language (numbers, Roman numerals, foreign words) and empty passages.
enum class Lang { none, ru, kk };

/// "ru", "kk" or "" for none.
std::string_view lang_code(Lang lang);

/// Prints lang_code, or "none" (for test diagnostics).
std::ostream& operator<<(std::ostream& out, Lang lang);

/// Parses "ru" / "kk"; anything else is nullopt.
std::optional<Lang> parse_lang(std::string_view code);

/// How the caller constrains language: detect it, or force one.
enum class LangMode { automatic, ru, kk };

/// Parses "auto" / "ru" / "kk"; anything else is nullopt.
std::optional<LangMode> parse_lang_mode(std::string_view code);

}  // namespace lexkz::text

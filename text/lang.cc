#include "text/lang.h"

#include <ostream>

namespace lexkz::text {

std::string_view lang_code(Lang lang) {
  switch (lang) {
    case Lang::ru: return "ru";
    case Lang::kk: return "kk";
    case Lang::none: break;
  }
  return "";
}

std::ostream& operator<<(std::ostream& out, Lang lang) {
  return out << (lang == Lang::none ? std::string_view("none") : lang_code(lang));
}

std::optional<Lang> parse_lang(std::string_view code) {
  if (code == "ru") return Lang::ru;
  if (code == "kk") return Lang::kk;
  return std::nullopt;
}

std::optional<LangMode> parse_lang_mode(std::string_view code) {
  if (code == "auto") return LangMode::automatic;
  if (code == "ru") return LangMode::ru;
  if (code == "kk") return LangMode::kk;
  return std::nullopt;
}

}  // namespace lexkz::text

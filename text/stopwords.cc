#include "text/stopwords.h"

#include <lexkz_data.h>

#include "text/casefold.h"
#include "text/utf8.h"

namespace lexkz::text {
namespace {

// Trims ASCII white space (lists may come with CRLF line ends).
std::string_view trim(std::string_view s) {
  constexpr std::string_view kSpace = " \t\r\n\f\v";
  std::size_t b = s.find_first_not_of(kSpace);
  if (b == std::string_view::npos) return {};
  std::size_t e = s.find_last_not_of(kSpace);
  return s.substr(b, e - b + 1);
}

// Folds every word so that it compares equal to an analysed token's norm.
std::unordered_set<std::string> load(std::string_view text) {
  std::unordered_set<std::string> out;
  for (const std::string& w : Stopwords::parse_list(text)) out.insert(fold_case(w));
  return out;
}

// Kazakh letters → the plain Cyrillic letter a transliterated ASCII spelling gives instead
// (ü, ū, u → у; ö → о; ä → а; i → і or и; q, ğ, ñ typed as k, g, n).
std::string plain_spelling(std::string_view cyrillic) {
  std::string out;
  for (std::size_t i = 0; i < cyrillic.size();) {
    char32_t c = next_code_point(cyrillic, i);
    switch (c) {
      case U'ү': case U'ұ': c = U'у'; break;
      case U'ө': c = U'о'; break;
      case U'ә': c = U'а'; break;
      case U'і': c = U'и'; break;
      case U'ғ': c = U'г'; break;
      case U'қ': c = U'к'; break;
      case U'ң': c = U'н'; break;
      case U'һ': c = U'х'; break;
      default: break;
    }
    append_utf8(out, c);
  }
  return out;
}

}  // namespace

Stopwords::Stopwords() : ru_(load(data::ru_txt)), kk_(load(data::kk_txt)) {
  for (const std::string& w : kk_)
    if (code_point_count(w) >= 3) kk_plain_.emplace(plain_spelling(w), w);
}

std::string_view Stopwords::kazakh_stop_for_plain_spelling(std::string_view cyrillic) const {
  auto it = kk_plain_.find(plain_spelling(cyrillic));
  return it == kk_plain_.end() ? std::string_view{} : std::string_view(it->second);
}

bool Stopwords::is_stop(Lang lang, std::string_view folded_word) const {
  // C++20 unordered_set has no heterogeneous find without a transparent hash; the
  // analyzer caches per distinct word, so one short string per lookup is acceptable.
  switch (lang) {
    case Lang::ru: return ru_.contains(std::string(folded_word));
    case Lang::kk: return kk_.contains(std::string(folded_word));
    case Lang::none: break;
  }
  return false;
}

std::unordered_set<std::string> Stopwords::parse_list(std::string_view text) {
  std::unordered_set<std::string> out;
  while (!text.empty()) {
    std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    if (std::size_t hash = line.find('#'); hash != std::string_view::npos) {
      line = line.substr(0, hash);
    }
    line = trim(line);
    if (!line.empty()) out.emplace(line);
  }
  return out;
}

}  // namespace lexkz::text

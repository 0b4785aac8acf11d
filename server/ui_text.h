#pragma once
// The interface language of the pages (not the search language): every fixed string the
// pages print, in Russian and Kazakh. Chosen by ?ui=kk (default Russian), carried in
// every link, so no cookie and no JavaScript is needed.
#include <string>
#include <string_view>

namespace lexkz::server {

/// Interface language.
enum class Ui { ru, kk };

/// "kk" → Ui::kk, anything else → Ui::ru.
Ui parse_ui(std::string_view value);

/// The ?ui= value that selects `ui` in links: "" for the default (Russian), "kk".
std::string ui_param(Ui ui);

/// The fixed strings of one interface language.
struct UiText {
  std::string_view html_lang;     ///< <html lang=…>
  std::string_view other_ui_name; ///< the link that switches to the other language
  std::string_view tagline, search, search_label, search_hint, syntax, syntax_rows;
  std::string_view define_label, define_button, define_title, define_none, download_csv;
  std::string_view no_hits, page, previous, next, filters, remove_filter;
  std::string_view only_definitions, date_from, date_to, apply, open_in_document;
  std::string_view documents, passages, index_contents, examples, document, number, date, status, version;
  std::string_view source, page_abbr, ocr, term, definition, cite, not_found, bad_request, no_document;
  std::string_view facet_lang, facet_type, facet_tag, facet_status, facet_kind, facet_defines, truncated;
};

/// The strings of `ui`.
const UiText& ui_text(Ui ui);

/// "Найдено примерно 12 фрагментов" / "Шамамен 12 үзінді табылды", with the Russian noun
/// in the form its number asks for (1 фрагмент, 2 фрагмента, 5 фрагментов, 21 фрагмент).
std::string found_text(Ui ui, std::size_t n);

/// A people's label for a value of field "lang", "type", "tag", "status" or "kind"
/// ("statute" → "закон" / "заң"); the value itself when it has none.
std::string_view value_label(Ui ui, std::string_view field, std::string_view value);

}  // namespace lexkz::server

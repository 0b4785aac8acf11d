#pragma once
// The frame of every HTML page: head (one embedded stylesheet, nothing inline), the
// header with the search box and the interface-language switch, the syntax help (a
// <details> element: opens without JavaScript), the body, the footer.
#include <string>
#include <string_view>

#include "server/search_params.h"
#include "server/ui_text.h"

namespace lexkz::server {

/// What the frame needs besides the body.
struct Frame {
  Ui ui = Ui::ru;
  std::string title;       ///< plain text; escaped here
  std::string query;       ///< shown in the search box; escaped here
  std::string switch_url;  ///< this page in the other interface language (a built URL)
  bool autofocus = false;  ///< the search box takes the focus (start page)
};

/// The whole page: `body_html` is inserted as is (callers escape what they put in it).
std::string render_page(const Frame& frame, std::string_view body_html);

/// `path` with `params`, but ?ui= set to the other interface language: the switch link.
std::string other_ui_url(std::string_view path, const Params& params, Ui ui);

/// A link target inside the site in interface language `ui`: url(path, params + ui).
std::string site_url(std::string_view path, std::vector<std::pair<std::string, std::string>> params, Ui ui);

/// The URL of passage `ordinal` of document `doc`: /doc/<id>?p=N#pN (plus ui).
std::string passage_url(const std::string& doc, std::size_t ordinal, Ui ui);

}  // namespace lexkz::server

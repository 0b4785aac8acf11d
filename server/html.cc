#include "server/html.h"

namespace lexkz::server {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string url_encode(std::string_view component) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(component.size() * 3);
  for (unsigned char c : component) {
    bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string url(std::string_view path, const std::vector<std::pair<std::string, std::string>>& params) {
  std::string out(path);
  char sep = '?';
  for (const auto& [name, value] : params) {
    if (value.empty()) continue;
    out += sep;
    out += url_encode(name);
    out += '=';
    out += url_encode(value);
    sep = '&';
  }
  return out;
}

std::string marked_html(std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>>& marks) {
  std::string out;
  std::size_t at = 0;
  for (auto [b, e] : marks) {
    if (b < at || b > e || e > text.size()) continue;
    out += html_escape(text.substr(at, b - at));
    out += "<mark>";
    out += html_escape(text.substr(b, e - b));
    out += "</mark>";
    at = e;
  }
  out += html_escape(text.substr(at));
  return out;
}

}  // namespace lexkz::server

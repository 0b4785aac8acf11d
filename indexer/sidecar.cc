#include "indexer/sidecar.h"

#include <nlohmann/json.hpp>

#include "indexer/jsonl_reader.h"
#include "text/utf8.h"

namespace lexkz::indexer {

bool is_known_status(std::string_view status) {
  return status == "in_force" || status == "lost_force" || status == "not_in_force";
}

bool is_sidecar_path(std::string_view path) {
  constexpr std::string_view kSuffix = ".meta.json";
  return path.size() > kSuffix.size() && path.substr(path.size() - kSuffix.size()) == kSuffix;
}

std::vector<std::string> sidecar_paths(const std::string& path) {
  std::vector<std::string> out{path + ".meta.json"};
  const std::size_t slash = path.rfind('/');
  const std::size_t dot = path.rfind('.');
  if (dot != std::string::npos && (slash == std::string::npos || dot > slash + 1))
    out.push_back(path.substr(0, dot) + ".meta.json");
  return out;
}

std::optional<Sidecar> parse_sidecar(std::string_view json, std::string* error) {
  std::size_t bad = 0;
  if (!text::is_valid_utf8(json, &bad)) {
    *error = "invalid UTF-8 at byte " + std::to_string(bad);
    return std::nullopt;
  }
  if (json.substr(0, 3) == "\xEF\xBB\xBF") json.remove_prefix(3);
  nlohmann::json j = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    *error = "not a JSON object";
    return std::nullopt;
  }
  Sidecar s;
  for (const auto& [key, value] : j.items()) {
    std::optional<std::string>* field = key == "title"     ? &s.title
                                        : key == "number"  ? &s.number
                                        : key == "date"    ? &s.date
                                        : key == "status"  ? &s.status
                                        : key == "version" ? &s.version
                                        : key == "source"  ? &s.source
                                        : key == "lang"    ? &s.lang
                                        : key == "type"    ? &s.type
                                                           : nullptr;
    if (!field) {
      *error = "unknown field \"" + key + "\" (title, number, date, status, version, source, lang, type)";
      return std::nullopt;
    }
    if (value.is_null()) continue;
    if (!value.is_string()) {
      *error = "\"" + key + "\" must be a string";
      return std::nullopt;
    }
    *field = value.get<std::string>();
  }
  for (auto [name, value] : {std::pair{"date", &s.date}, std::pair{"version", &s.version}})
    if (*value && !value->value().empty() && !is_iso_date(**value)) {
      *error = std::string("\"") + name + "\" must be YYYY-MM-DD, not \"" + **value + "\"";
      return std::nullopt;
    }
  if (s.status && !s.status->empty() && !is_known_status(*s.status)) {
    *error = "unknown \"status\" \"" + *s.status + "\" (in_force, lost_force, not_in_force)";
    return std::nullopt;
  }
  if (s.lang && *s.lang != "ru" && *s.lang != "kk") {
    *error = "unknown \"lang\" \"" + *s.lang + "\" (ru, kk)";
    return std::nullopt;
  }
  if (s.type && !is_known_type(*s.type)) {
    *error = "unknown \"type\" \"" + *s.type + "\" (statute, ruling, transcript, convention, other)";
    return std::nullopt;
  }
  return s;
}

void apply_sidecar(const Sidecar& s, Document& doc) {
  for (auto [from, to] : {std::pair{&s.title, &doc.title}, std::pair{&s.number, &doc.number},
                          std::pair{&s.date, &doc.date}, std::pair{&s.status, &doc.status},
                          std::pair{&s.version, &doc.version}, std::pair{&s.source, &doc.source},
                          std::pair{&s.type, &doc.type}})
    if (*from) *to = **from;
  if (s.lang) doc.lang = *s.lang;
}

}  // namespace lexkz::indexer

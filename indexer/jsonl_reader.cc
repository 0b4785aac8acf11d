#include "indexer/jsonl_reader.h"

#include <nlohmann/json.hpp>

#include "indexer/sidecar.h"
#include "text/utf8.h"

namespace lexkz::indexer {
namespace {

// An optional string field: absent and null are "not given"; anything else must be a string.
bool optional_string(const nlohmann::json& j, const char* key, std::string* out,
                     std::string* error) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return true;
  if (!it->is_string()) {
    *error = std::string("\"") + key + "\" must be a string";
    return false;
  }
  *out = it->get<std::string>();
  return true;
}

bool all_blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
  return true;
}

}  // namespace

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  int month = (s[5] - '0') * 10 + (s[6] - '0');
  int day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

JsonlRecord parse_jsonl_line(std::string_view line, const std::string& path,
                             const std::optional<std::string>& default_type,
                             const std::optional<std::string>& default_lang) {
  JsonlRecord r;
  if (all_blank(line)) return r;
  std::size_t bad = 0;
  if (!text::is_valid_utf8(line, &bad)) {
    r.error = "invalid UTF-8 at byte " + std::to_string(bad) + " of the line";
    return r;
  }
  nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    r.error = "not a JSON object (broken line)";
    return r;
  }
  if (!j.is_object()) {
    r.error = "not a JSON object";
    return r;
  }
  Document d;
  d.path = path;
  auto id = j.find("id");
  if (id == j.end() || id->is_null()) {
    r.error = "missing \"id\"";
    return r;
  }
  if (id->is_string()) {
    d.id = id->get<std::string>();
  } else if (id->is_number_integer()) {
    d.id = id->dump();  // {"id": 17} is common enough to accept as "17"
  } else {
    r.error = "\"id\" must be a string";
    return r;
  }
  if (d.id.empty()) {
    r.error = "empty \"id\"";
    return r;
  }
  auto text = j.find("text");
  if (text == j.end() || text->is_null()) {
    r.error = "missing \"text\"";
    return r;
  }
  if (!text->is_string()) {
    r.error = "\"text\" must be a string";
    return r;
  }
  d.text = text->get<std::string>();
  if (all_blank(d.text)) {
    r.error = "empty \"text\"";
    return r;
  }
  std::string type, lang;
  if (!optional_string(j, "title", &d.title, &r.error) ||
      !optional_string(j, "date", &d.date, &r.error) ||
      !optional_string(j, "source", &d.source, &r.error) ||
      !optional_string(j, "number", &d.number, &r.error) ||
      !optional_string(j, "status", &d.status, &r.error) ||
      !optional_string(j, "version", &d.version, &r.error) ||
      !optional_string(j, "type", &type, &r.error) || !optional_string(j, "lang", &lang, &r.error))
    return r;
  if (!d.date.empty() && !is_iso_date(d.date)) {
    r.error = "\"date\" must be YYYY-MM-DD, not \"" + d.date + "\"";
    return r;
  }
  if (!d.version.empty() && !is_iso_date(d.version)) {
    r.error = "\"version\" must be YYYY-MM-DD, not \"" + d.version + "\"";
    return r;
  }
  if (!d.status.empty() && !is_known_status(d.status)) {
    r.error = "unknown \"status\" \"" + d.status + "\" (in_force, lost_force, not_in_force)";
    return r;
  }
  if (type.empty() && default_type) type = *default_type;
  if (type.empty()) type = "other";
  if (!is_known_type(type)) {
    r.error = "unknown \"type\" \"" + type + "\" (statute, ruling, transcript, convention, other)";
    return r;
  }
  d.type = type;
  if (lang.empty() && default_lang) lang = *default_lang;
  if (!lang.empty() && lang != "auto") {
    if (lang != "ru" && lang != "kk") {
      r.error = "unknown \"lang\" \"" + lang + "\" (ru, kk)";
      return r;
    }
    d.lang = lang;
  }
  r.document = std::move(d);
  return r;
}

}  // namespace lexkz::indexer

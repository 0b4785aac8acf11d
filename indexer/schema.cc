#include "indexer/schema.h"

#include <cctype>
#include <cstdio>
#include <functional>

namespace lexkz::indexer::schema {

std::string unique_term(std::string_view prefix, std::string_view id) {
  // Xapian's limit is 245 bytes per term; leave room for the prefix and a hash.
  constexpr std::size_t kMaxTerm = 240;
  std::string term(prefix);
  if (prefix.size() + id.size() <= kMaxTerm) {
    term += id;
    return term;
  }
  // FNV-1a 64-bit: stable across runs and platforms (std::hash is not).
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : id) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  std::size_t keep = kMaxTerm - prefix.size() - 17;
  // Cut on a UTF-8 boundary so the term stays valid text.
  while (keep > 0 && (static_cast<unsigned char>(id[keep]) & 0xC0) == 0x80) --keep;
  term.append(id.substr(0, keep));
  term += '#';
  term += hex;
  return term;
}

std::string act_key(std::string_view number_key, std::string_view date_value) {
  std::string key(number_key);
  key += '|';
  key += date_value;
  // Room for "XVER", "@" and the 8-digit version within Xapian's 245 bytes.
  if (key.size() <= 200) return key;
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a, as unique_term
  for (unsigned char c : key) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  std::size_t keep = 180;
  while (keep > 0 && (static_cast<unsigned char>(key[keep]) & 0xC0) == 0x80) --keep;
  return key.substr(0, keep) + '#' + hex;
}

std::string version_term(std::string_view act_key, std::string_view version_value) {
  std::string term(kVersionPrefix);
  term += act_key;
  term += '@';
  term += version_value;
  return term;
}

std::string date_value(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return "";
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(d[i]))) return "";
  return std::string(d.substr(0, 4)) + std::string(d.substr(5, 2)) + std::string(d.substr(8, 2));
}

}  // namespace lexkz::indexer::schema

// libFuzzer target: the query builder without a database; it may reject a query with
// QueryError but must not crash, hang or throw anything else.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "query/query_builder.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static lexkz::text::Analyzer analyzer;
  if (size == 0) return 0;
  lexkz::query::QueryOptions options;
  options.lang = static_cast<lexkz::text::LangMode>(data[0] % 3);
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (!lexkz::text::is_valid_utf8(text)) return 0;  // the CLI rejects invalid UTF-8 first
  try {
    lexkz::query::BuiltQuery q = lexkz::query::build_query(text, analyzer, options, nullptr);
    (void)q.query.get_description();
  } catch (const lexkz::query::QueryError&) {
  }
  return 0;
}

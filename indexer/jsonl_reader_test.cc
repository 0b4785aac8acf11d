#define BOOST_TEST_MODULE jsonl_reader
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "indexer/jsonl_reader.h"

using lexkz::indexer::is_iso_date;
using lexkz::indexer::parse_jsonl_line;

BOOST_AUTO_TEST_CASE(valid_records) {
  auto r = parse_jsonl_line(
      R"({"id": "kz-1", "text": "Статья 1. Текст", "lang": "ru", "type": "statute",)"
      R"( "title": "Закон", "date": "2009-12-04", "source": "adilet", "extra": 1})",
      "in.jsonl", std::nullopt, std::nullopt);
  BOOST_TEST_REQUIRE(r.document.has_value());
  BOOST_TEST(r.error.empty());
  BOOST_TEST(r.document->id == "kz-1");
  BOOST_TEST(r.document->text == "Статья 1. Текст");
  BOOST_TEST(*r.document->lang == "ru");
  BOOST_TEST(r.document->type == "statute");
  BOOST_TEST(r.document->title == "Закон");
  BOOST_TEST(r.document->date == "2009-12-04");
  BOOST_TEST(r.document->source == "adilet");
  BOOST_TEST(r.document->path == "in.jsonl");

  // Defaults fill absent fields; a record's own fields win.
  auto d = parse_jsonl_line(R"({"id": "a", "text": "x"})", "-", std::string("ruling"),
                            std::string("kk"));
  BOOST_TEST_REQUIRE(d.document.has_value());
  BOOST_TEST(d.document->type == "ruling");
  BOOST_TEST(*d.document->lang == "kk");
  auto own = parse_jsonl_line(R"({"id": "a", "text": "x", "type": "other", "lang": null})", "-",
                              std::string("ruling"), std::nullopt);
  BOOST_TEST(own.document->type == "other");
  BOOST_TEST(!own.document->lang.has_value());
  auto numeric = parse_jsonl_line(R"({"id": 17, "text": "x"})", "-", std::nullopt, std::nullopt);
  BOOST_TEST(numeric.document->id == "17");
}

BOOST_AUTO_TEST_CASE(rejected_records_say_why) {
  struct Row {
    std::string line, reason;
  };
  const std::vector<Row> rows = {
      {R"({"id": "a", "text": "x")", "not a JSON object (broken line)"},
      {R"(not json at all)", "not a JSON object (broken line)"},
      {R"(["id", "text"])", "not a JSON object"},
      {R"({"text": "x"})", "missing \"id\""},
      {R"({"id": "", "text": "x"})", "empty \"id\""},
      {R"({"id": ["a"], "text": "x"})", "\"id\" must be a string"},
      {R"({"id": "a"})", "missing \"text\""},
      {R"({"id": "a", "text": 5})", "\"text\" must be a string"},
      {R"({"id": "a", "text": {"ru": "x"}})", "\"text\" must be a string"},
      {R"({"id": "a", "text": "  "})", "empty \"text\""},
      {R"({"id": "a", "text": "x", "date": "04.12.2009"})",
       "\"date\" must be YYYY-MM-DD, not \"04.12.2009\""},
      {R"({"id": "a", "text": "x", "type": "law"})",
       "unknown \"type\" \"law\" (statute, ruling, transcript, convention, other)"},
      {R"({"id": "a", "text": "x", "lang": "en"})", "unknown \"lang\" \"en\" (ru, kk)"},
      {R"({"id": "a", "text": "x", "title": 3})", "\"title\" must be a string"},
      {"{\"id\": \"a\", \"text\": \"\xD0\"}", "invalid UTF-8 at byte 21 of the line"},
  };
  for (const Row& r : rows) {
    auto got = parse_jsonl_line(r.line, "f.jsonl", std::nullopt, std::nullopt);
    BOOST_TEST_CONTEXT(r.line) {
      BOOST_TEST(!got.document.has_value());
      BOOST_TEST(got.error == r.reason);
    }
  }
  auto blank = parse_jsonl_line("  \r", "f", std::nullopt, std::nullopt);
  BOOST_TEST(!blank.document.has_value());
  BOOST_TEST(blank.error.empty());
}

BOOST_AUTO_TEST_CASE(dates) {
  BOOST_TEST(is_iso_date("2009-12-04"));
  BOOST_TEST(!is_iso_date("2009-13-04"));
  BOOST_TEST(!is_iso_date("2009-12-00"));
  BOOST_TEST(!is_iso_date("2009-1-04"));
  BOOST_TEST(!is_iso_date("20091204"));
}

#define BOOST_TEST_MODULE pdf_text
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "indexer/pdf_text.h"

using lexkz::indexer::assemble_pages;
using lexkz::indexer::is_page_number_line;
using lexkz::indexer::join_line;

namespace {
std::string joined(std::string left, std::string_view right) {
  join_line(left, right);
  return left;
}
}  // namespace

BOOST_AUTO_TEST_CASE(hyphens_at_line_ends) {
  BOOST_TEST(joined("признаки дискрими-", "нации в сфере") == "признаки дискриминации в сфере");
  BOOST_TEST(joined("жыныстық кемсі-", "тушілік") == "жыныстық кемсітушілік");
  BOOST_TEST(joined("сколько-", "нибудь значительный") == "сколько-нибудь значительный");
  BOOST_TEST(joined("кто-", "либо") == "кто-либо");
  BOOST_TEST(joined("статьей 108-", "1 Кодекса") == "статьей 108-1 Кодекса");
  BOOST_TEST(joined("Алматы-", "Астана") == "Алматы-Астана");
  BOOST_TEST(joined("ответственность -", "административная") == "ответственность - административная");
  BOOST_TEST(joined("ответственность –", "административная") == "ответственность – административная");
  BOOST_TEST(joined("пере\xC2\xAD", "дача") == "передача");  // soft hyphen
  BOOST_TEST(joined("", "первая") == "первая");
  BOOST_TEST(joined("слово", "другое") == "слово другое");
}

BOOST_AUTO_TEST_CASE(page_number_lines) {
  for (const char* yes : {"4", "- 4 -", "— 12 —", "—12—", "стр. 4", "Страница 4 из 10", "4-бет", "Page 4 of 10",
                          "4/10", "(4)"})
    BOOST_TEST(is_page_number_line(yes), yes);
  for (const char* no : {"", "Статья 4", "4. Работник вправе", "1)", "Закон № 403-V", "бет", "2024 жыл"})
    BOOST_TEST(!is_page_number_line(no), no);
}

BOOST_AUTO_TEST_CASE(headers_footers_and_page_numbers_go) {
  const std::vector<std::string> pages = {
      "      Закон о труде (учебный текст)\n\nСтатья 1. Понятия\n    1. Первый пункт статьи.\n\n          — 1 —\n",
      "      Закон о труде (учебный текст)\n\n    2. Второй пункт статьи.\n\n          — 2 —\n",
      "      Закон о труде (учебный текст)\n\n    3. Третий пункт статьи.\n\n          — 3 —\n",
  };
  auto a = assemble_pages(pages);
  BOOST_TEST(a.text ==
             "Статья 1. Понятия\n\n1. Первый пункт статьи.\n\n2. Второй пункт статьи.\n\n3. Третий пункт статьи.");
  BOOST_REQUIRE_EQUAL(a.page_starts.size(), 3u);
  BOOST_TEST(a.page_starts[0] == 0u);
  BOOST_TEST(a.text.substr(a.page_starts[1], 3) == "2. ");
  BOOST_TEST(a.text.substr(a.page_starts[2], 3) == "3. ");
}

BOOST_AUTO_TEST_CASE(paragraphs_continue_across_page_breaks) {
  // The second page opens mid-sentence, mid-word even: it continues the open paragraph.
  const std::vector<std::string> pages = {
      "    Суд установил, что работодатель не провел проверку по заявлению\n"
      "работницы и не принял мер к прекращению дискрими-\n\n 1\n",
      "нации. Свидетели подтвердили ее доводы.\n"
      "    Иск удовлетворен.\n\n 2\n",
  };
  auto a = assemble_pages(pages);
  BOOST_TEST(a.text ==
             "Суд установил, что работодатель не провел проверку по заявлению работницы и не принял мер к "
             "прекращению дискриминации. Свидетели подтвердили ее доводы.\n\nИск удовлетворен.");
  BOOST_REQUIRE_EQUAL(a.page_starts.size(), 2u);
  BOOST_TEST(a.text.substr(a.page_starts[1], 10) == "нации");  // 5 Cyrillic letters
}

BOOST_AUTO_TEST_CASE(short_lines_and_blank_lines_end_paragraphs) {
  const std::vector<std::string> pages = {
      "РЕШЕНИЕ\n"
      "Истица обратилась в суд с иском к работодателю о признании увольнения\n"
      "незаконным.\n"
      "Суд исследовал материалы дела и выслушал стороны по существу спора,\n"
      "после чего удалился в совещательную комнату.\n\n"
      "Иск удовлетворить.\n"};
  auto a = assemble_pages(pages);
  BOOST_TEST(a.text ==
             "РЕШЕНИЕ\n\nИстица обратилась в суд с иском к работодателю о признании увольнения незаконным.\n\n"
             "Суд исследовал материалы дела и выслушал стороны по существу спора, после чего удалился в "
             "совещательную комнату.\n\nИск удовлетворить.");
}

BOOST_AUTO_TEST_CASE(empty_pages_start_where_the_next_text_does) {
  auto a = assemble_pages({"", "Текст второй страницы.\n", "", ""});
  BOOST_TEST(a.text == "Текст второй страницы.");
  BOOST_REQUIRE_EQUAL(a.page_starts.size(), 4u);
  BOOST_TEST(a.page_starts[0] == 0u);
  BOOST_TEST(a.page_starts[1] == 0u);
  BOOST_TEST(a.page_starts[3] <= a.text.size());
}
